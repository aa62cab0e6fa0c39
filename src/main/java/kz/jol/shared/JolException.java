package kz.jol.shared;

/**
 * A failure the user can act on. The web layer maps each subtype to one HTTP status and renders
 * the message in the user's language from the key {@code error.<code>}, falling back to the
 * English {@link #getMessage()}.
 */
public abstract sealed class JolException extends RuntimeException
    permits InvalidInputException, NotFoundException, ConflictException, ForbiddenException,
    PreconditionRequiredException {

  private final String code;
  private final transient Object[] args;

  protected JolException(String code, String message, Object... args) {
    super(message);
    this.code = code;
    this.args = args == null ? new Object[0] : args.clone();
  }

  /** A stable machine-readable code, e.g. {@code case.transition-not-allowed}. */
  public String code() {
    return code;
  }

  /** Values for the translated message's placeholders. */
  public Object[] args() {
    return args.clone();
  }
}
