package kz.jol.shared;

/**
 * The request is well-formed but clashes with the current state: an illegal transition, a
 * duplicate, a stale version. Rendered as 409 with the reason.
 */
public final class ConflictException extends JolException {

  public ConflictException(String code, String message, Object... args) {
    super(code, message, args);
  }
}
