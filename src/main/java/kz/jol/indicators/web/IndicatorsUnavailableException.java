package kz.jol.indicators.web;

/**
 * Indicator figures cannot be given now (503): every permit of the {@link IndicatorBulkhead} was
 * taken for the whole queue wait ({@link Reason#BUSY}), or a query ran longer than the statement
 * timeout ({@link Reason#TOO_SLOW}). {@link IndicatorGuardResolver} answers it in the reader's
 * language.
 */
final class IndicatorsUnavailableException extends RuntimeException {

  /** Why the figures are not given. */
  enum Reason {
    /** Others' figures are being computed; the same request a minute later will do. */
    BUSY("indicators.busy"),
    /** The figures took longer than the statement timeout; a narrower request may do. */
    TOO_SLOW("indicators.too-slow");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** The problem's code; its text is the message {@code error.<code>}. */
    String code() {
      return code;
    }
  }

  private final Reason reason;

  private IndicatorsUnavailableException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  static IndicatorsUnavailableException busy() {
    return new IndicatorsUnavailableException(Reason.BUSY,
        "every indicator computation permit is taken", null);
  }

  static IndicatorsUnavailableException tooSlow(Throwable cause) {
    return new IndicatorsUnavailableException(Reason.TOO_SLOW,
        "an indicator query ran longer than the statement timeout", cause);
  }

  Reason reason() {
    return reason;
  }
}
