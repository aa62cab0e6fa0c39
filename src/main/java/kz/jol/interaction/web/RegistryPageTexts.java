package kz.jol.interaction.web;

import java.util.List;
import kz.jol.shared.FormProblems;
import kz.jol.shared.JolException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Says on the registry's pages, in the reader's language, what was refused and where. */
@Component
class RegistryPageTexts {

  private final MessageSource messages;

  RegistryPageTexts(MessageSource messages) {
    this.messages = messages;
  }

  /** The refusal's problems under the form's fields, named {@code form.field}. */
  FormProblems errors(JolException refusal, String form) {
    return FormProblems.of(refusal, this::text, field -> form + "." + field);
  }

  List<String> lines(JolException refusal) {
    return FormProblems.of(refusal, this::text, field -> null).general();
  }

  private String text(String code, String fallback, Object[] args) {
    return messages.getMessage("error." + code, args, fallback,
        LocaleContextHolder.getLocale());
  }
}
