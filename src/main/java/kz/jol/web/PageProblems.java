package kz.jol.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import kz.jol.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * How a module's pages answer what their forms do not: a record out of reach or an address with
 * a malformed id is "not found" (404) and a refusal "forbidden" (403), both on Jol's error page
 * with the menu; a bad filter, a missing parameter or a refused change is a page that says what
 * is wrong, in the reader's language. Never a 500, never JSON on a page. A module subclasses it
 * as a {@code @ControllerAdvice} for its page controllers, ordered before Spring's
 * problem-details handler.
 */
public abstract class PageProblems {

  private final String view;
  private final String notAChoiceCode;
  private final String missingParameterCode;

  /**
   * @param view the template of the problem page, given {@code status} and {@code problems}
   * @param notAChoiceCode the message code for a filter value that is not one of the choices
   * @param missingParameterCode the message code for a missing parameter (its name is {0})
   */
  protected PageProblems(String view, String notAChoiceCode, String missingParameterCode) {
    this.view = view;
    this.notAChoiceCode = notAChoiceCode;
    this.missingParameterCode = missingParameterCode;
  }

  /** Every problem of a refusal as a line of text in the reader's language. */
  protected abstract List<String> lines(JolException refusal);

  // Sent as errors so that Jol's error page renders them, with the menu, as for any other 404.
  @ExceptionHandler(NotFoundException.class)
  void notFound(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value());
  }

  @ExceptionHandler(ForbiddenException.class)
  void forbidden(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.FORBIDDEN.value());
  }

  /** A malformed id in the address names no record; a malformed filter is a bad request. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
    if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
      var page = new ModelAndView("error", HttpStatus.NOT_FOUND);
      page.addObject("status", HttpStatus.NOT_FOUND.value());
      return page;
    }
    return problem(HttpStatus.BAD_REQUEST, lines(new InvalidInputException(
        new FieldProblem(e.getName(), notAChoiceCode, "is not one of the choices",
            String.valueOf(e.getValue())))));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ModelAndView missing(MissingServletRequestParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, lines(new InvalidInputException(
        e.getParameterName(), missingParameterCode, "the address lacks a parameter",
        e.getParameterName())));
  }

  @ExceptionHandler(InvalidInputException.class)
  ModelAndView invalid(InvalidInputException e) {
    return problem(HttpStatus.BAD_REQUEST, lines(e));
  }

  @ExceptionHandler(ConflictException.class)
  ModelAndView conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, lines(e));
  }

  private ModelAndView problem(HttpStatus status, List<String> problems) {
    var page = new ModelAndView(view, status);
    page.addObject("status", status.value());
    page.addObject("problems", problems);
    return page;
  }
}
