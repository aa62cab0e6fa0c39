package kz.jol.shared;

/**
 * A conditional write sent without its condition, e.g. without {@code If-Match}: the server will
 * not risk overwriting a change the caller never saw. Rendered as 428 (RFC 6585).
 */
public final class PreconditionRequiredException extends JolException {

  public PreconditionRequiredException(String code, String message, Object... args) {
    super(code, message, args);
  }
}
