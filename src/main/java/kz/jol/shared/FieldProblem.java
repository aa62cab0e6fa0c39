package kz.jol.shared;

import java.util.Objects;

/**
 * One thing wrong with one input field.
 *
 * @param field the field's path as the client sent it ({@code iin}, {@code address.district})
 * @param code a stable machine-readable code ({@code iin.checksum}); also the message key
 *     {@code error.<code>} for the user's language
 * @param message the English text, used when no translation exists
 * @param args values for the translated message's placeholders
 */
public record FieldProblem(String field, String code, String message, Object... args) {

  public FieldProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    args = args == null ? new Object[0] : args.clone();
  }

  @Override
  public Object[] args() {
    return args.clone();
  }
}
