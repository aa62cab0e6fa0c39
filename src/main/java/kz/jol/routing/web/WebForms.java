package kz.jol.routing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the routing module's admin forms share: refusals in the reader's words, and statuses. */
final class WebForms {

  private WebForms() {}

  /** A value the form could not even read (letters in a number field), as a field problem. */
  static InvalidInputException unreadable(BindingResult binding) {
    return new InvalidInputException(binding.getFieldErrors().stream()
        .map(e -> new FieldProblem(e.getField(), "field.invalid", "this value is not valid"))
        .toList());
  }

  static FormProblems problems(MessageSource messages, JolException refused, Locale locale,
      UnaryOperator<String> toField) {
    return FormProblems.of(refused, (code, fallback, args) ->
        messages.getMessage("error." + code, args, fallback, locale), toField);
  }

  /** 409 for a stale version, 400 for what the form got wrong: the page is shown again. */
  static int status(JolException refused) {
    return refused instanceof ConflictException ? HttpServletResponse.SC_CONFLICT
        : HttpServletResponse.SC_BAD_REQUEST;
  }

  /**
   * The read-only page of a past version of the matrix or the ladder ({@code routing/version}).
   *
   * @param editor {@code matrix} or {@code ladder}: names the messages, the editor's address
   *     and the table fragment ({@code matrix-rules}, {@code ladder-steps})
   * @param info who wrote the version, when and why: has {@code version}, {@code createdBy},
   *     {@code createdAt} and {@code note}
   */
  static String versionPage(Model model, String editor, Object shown, Object info,
      int current) {
    boolean matrix = editor.equals("matrix");
    model.addAttribute("shown", shown);
    model.addAttribute("info", info);
    model.addAttribute("current", current);
    model.addAttribute("titleKey", "routing.page." + editor + ".version");
    model.addAttribute("backKey", "routing.page." + editor + ".back");
    model.addAttribute("back", matrix ? "/admin/routing-matrix" : "/admin/escalation-ladder");
    model.addAttribute("table", matrix ? "matrix-rules" : "ladder-steps");
    return "routing/version";
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
