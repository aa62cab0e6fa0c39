package kz.jol.routing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
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
 * How the inbox and the escalation board answer what their forms do not: a referral or an
 * escalation out of reach (another organisation's, a made-up id) is "not found" (404), a role
 * that may not do it "forbidden" (403), both on Jol's error page with the menu; a bad filter is a
 * 400 page saying what is wrong. Never a 500, never JSON on a page.
 */
@ControllerAdvice(assignableTypes = {InboxPages.class, EscalationPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoutingPageAdvice {

  private final RoutingPageTexts texts;

  RoutingPageAdvice(RoutingPageTexts texts) {
    this.texts = texts;
  }

  @ExceptionHandler(NotFoundException.class)
  void notFound(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value());
  }

  @ExceptionHandler(ForbiddenException.class)
  void forbidden(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.FORBIDDEN.value());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
    if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
      var page = new ModelAndView("error", HttpStatus.NOT_FOUND);
      page.addObject("status", HttpStatus.NOT_FOUND.value());
      return page;
    }
    return problem(HttpStatus.BAD_REQUEST, texts.lines(new InvalidInputException(
        new FieldProblem(e.getName(), "routing.not-a-choice", "is not one of the choices",
            String.valueOf(e.getValue())))));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ModelAndView missing(MissingServletRequestParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, texts.lines(new InvalidInputException(
        e.getParameterName(), "field.required", "is required")));
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
    var page = new ModelAndView("routing/problem", status);
    page.addObject("status", status.value());
    page.addObject("problems", problems);
    return page;
  }
}
