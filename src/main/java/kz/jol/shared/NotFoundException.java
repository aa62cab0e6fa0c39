package kz.jol.shared;

/**
 * The record does not exist, or the caller's scope does not reach it. The two are deliberately
 * indistinguishable, so that ids outside one's scope reveal nothing. Rendered as 404.
 */
public final class NotFoundException extends JolException {

  public NotFoundException(String what, Object id) {
    super("not-found", what + " " + id + " was not found", what, id);
  }
}
