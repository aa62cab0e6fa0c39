package kz.jol.shared;

/**
 * The record does not exist, or the caller's scope does not reach it. The two are deliberately
 * indistinguishable, so that ids outside one's scope reveal nothing. Rendered as 404; the
 * record's kind is named in the reader's language through the key {@code record.<what>}, with
 * spaces as dashes.
 */
public final class NotFoundException extends JolException {

  public NotFoundException(String what, Object id) {
    super("not-found", what + " " + id + " was not found", what, id);
  }

  private NotFoundException(String code, String message, Object[] args) {
    super(code, message, args);
  }

  /** A 404 with its own code and message, when "kind id was not found" would mislead. */
  public static NotFoundException withCode(String code, String message, Object... args) {
    return new NotFoundException(code, message, args);
  }
}
