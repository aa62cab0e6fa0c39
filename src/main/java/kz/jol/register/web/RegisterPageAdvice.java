package kz.jol.register.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import kz.jol.register.card.CaseCardPage;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * How the register's pages answer what their forms do not: a record out of reach or an
 * address with a malformed id is "not found" (404) and a refusal "forbidden" (403), both on
 * Jol's error page; a bad filter or a missing parameter is a 400 page that says what is wrong.
 * Nothing here is ever a 500. It goes before Spring's problem-details handler, which would answer
 * these pages with JSON.
 */
@ControllerAdvice(assignableTypes = {CasePages.class, PersonPages.class},
    annotations = CaseCardPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegisterPageAdvice {

  private final PageTexts texts;

  RegisterPageAdvice(PageTexts texts) {
    this.texts = texts;
  }

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
    return problem(HttpStatus.BAD_REQUEST, texts.lines(new InvalidInputException(
        new FieldProblem(e.getName(), "register.not-a-choice", "is not one of the choices",
            String.valueOf(e.getValue())))));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ModelAndView missing(MissingServletRequestParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, texts.lines(new InvalidInputException(
        e.getParameterName(), "register.parameter-missing", "the address lacks a parameter",
        e.getParameterName())));
  }

  @ExceptionHandler(InvalidInputException.class)
  ModelAndView invalid(InvalidInputException e) {
    return problem(HttpStatus.BAD_REQUEST, texts.lines(e));
  }

  @ExceptionHandler(ConflictException.class)
  ModelAndView conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, texts.lines(e));
  }

  private static ModelAndView problem(HttpStatus status, List<String> problems) {
    var page = new ModelAndView("register/problem", status);
    page.addObject("status", status.value());
    page.addObject("problems", problems);
    return page;
  }
}
