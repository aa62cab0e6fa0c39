package kz.jol.shared;

/** The caller is known but may not do this. Rendered as 403 with the reason. */
public final class ForbiddenException extends JolException {

  public ForbiddenException(String code, String message, Object... args) {
    super(code, message, args);
  }
}
