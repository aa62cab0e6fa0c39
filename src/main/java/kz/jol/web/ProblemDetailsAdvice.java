package kz.jol.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import kz.jol.shared.NotFoundException;
import kz.jol.shared.PreconditionRequiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one error contract of Jol's API: {@code application/problem+json} (RFC 9457) with a stable
 * {@code code} and, for bad input, {@code errors: [{field, code, message}]}. Messages are in the
 * caller's language (Accept-Language or the chosen UI language). Bad input is never a 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  private final MessageSource messages;

  ProblemDetailsAdvice(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
    return badRequest(request, e.problems());
  }

  @ExceptionHandler(JolException.class)
  ResponseEntity<ProblemDetail> domain(JolException e, HttpServletRequest request) {
    HttpStatus status = switch (e) {
      case NotFoundException ignored -> HttpStatus.NOT_FOUND;
      case ConflictException ignored -> HttpStatus.CONFLICT;
      case ForbiddenException ignored -> HttpStatus.FORBIDDEN;
      case InvalidInputException ignored -> HttpStatus.BAD_REQUEST;
      case PreconditionRequiredException ignored -> HttpStatus.PRECONDITION_REQUIRED;
    };
    Object[] args = e.args();
    if (e instanceof NotFoundException && e.code().equals("not-found") && args.length > 0) {
      args = args.clone();
      String what = String.valueOf(args[0]);
      args[0] = messages.getMessage("record." + what.replace(' ', '-'), null, what,
          LocaleContextHolder.getLocale());
    }
    return problem(status, e.code(), text(e.code(), e.getMessage(), args), request, List.of());
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> beanValidation(
      MethodArgumentNotValidException e, HttpServletRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    e.getBindingResult().getFieldErrors().forEach(error -> problems.add(new FieldProblem(
        error.getField(),
        "field." + lowerFirst(error.getCode()),
        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage(),
        error.getArguments() == null ? new Object[0] : new Object[] {error.getRejectedValue()})));
    e.getBindingResult().getGlobalErrors().forEach(error -> problems.add(new FieldProblem(
        error.getObjectName(), "field." + lowerFirst(error.getCode()),
        String.valueOf(error.getDefaultMessage()))));
    return badRequest(request, problems);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> parameterValidation(
      HandlerMethodValidationException e, HttpServletRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    e.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
        .forEach(error -> problems.add(new FieldProblem(
            result.getMethodParameter().getParameterName(),
            "field." + lowerFirst(error.getCodes() == null ? "invalid" : last(error.getCodes())),
            String.valueOf(error.getDefaultMessage())))));
    return badRequest(request, problems.isEmpty()
        ? List.of(new FieldProblem("request", "field.invalid", "is invalid"))
        : problems);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e, HttpServletRequest request) {
    List<FieldProblem> problems = e.getConstraintViolations().stream()
        .map(v -> new FieldProblem(String.valueOf(v.getPropertyPath()), "field.invalid", v.getMessage()))
        .toList();
    return badRequest(request, problems);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    return badRequest(request, List.of(describeUnreadable(e)));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
    return badRequest(request, List.of(new FieldProblem(e.getName(), "field.type",
        "'" + e.getValue() + "' is not a valid " + expected, e.getValue(), expected)));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(
      MissingServletRequestParameterException e, HttpServletRequest request) {
    return badRequest(request, List.of(new FieldProblem(e.getParameterName(), "field.required",
        "is required")));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return badRequest(request, List.of(new FieldProblem("body", "body.too-large",
        "the request body is too large")));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
    // Services check uniqueness first and say which record clashes; this catches the race.
    log.info("Integrity violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
    return problem(HttpStatus.CONFLICT, "conflict.integrity",
        text("conflict.integrity", "the change clashes with existing data; reload and try again"),
        request, List.of());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
    return problem(HttpStatus.FORBIDDEN, "access.denied",
        text("access.denied", "your role may not do this"), request, List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "request.method",
        text("request.method", "method not allowed"), request, List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type",
        text("request.media-type", "send application/json"), request, List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, "not-found.path",
        text("not-found.path", "no such address"), request, List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
        text("internal", "something went wrong on our side; nothing was saved"), request, List.of());
  }

  private FieldProblem describeUnreadable(HttpMessageNotReadableException e) {
    // The outermost binding failure knows the field's path; the root cause (a DateTimeException,
    // a value object's InvalidInputException) does not.
    Throwable cause = outermost(e, DatabindException.class);
    if (cause == null) {
      cause = e.getMostSpecificCause();
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return new FieldProblem(path(unknown), "field.unknown",
          "unknown field '" + unknown.getPropertyName() + "'", unknown.getPropertyName());
    }
    if (cause instanceof InvalidFormatException format) {
      String expected = format.getTargetType() == null ? "value" : format.getTargetType().getSimpleName();
      return new FieldProblem(path(format), "field.type",
          "'" + format.getValue() + "' is not a valid " + expected, format.getValue(), expected);
    }
    if (cause instanceof DatabindException bind) {
      // Value objects throw from their constructors or factories; their problem says what is
      // wrong, whatever Jackson wrapped it in.
      InvalidInputException invalid = outermost(bind, InvalidInputException.class);
      if (invalid != null) {
        FieldProblem first = invalid.problems().getFirst();
        return new FieldProblem(path(bind).isEmpty() ? first.field() : path(bind), first.code(),
            first.message(), first.args());
      }
      if (bind instanceof MismatchedInputException mismatch) {
        String expected = mismatch.getTargetType() == null ? "value" : mismatch.getTargetType().getSimpleName();
        return new FieldProblem(path(mismatch), "field.type", "expected a " + expected, "", expected);
      }
      Throwable root = bind.getCause() == null ? bind : bind.getCause();
      return new FieldProblem(path(bind), "field.invalid", String.valueOf(root.getMessage()));
    }
    return new FieldProblem("body", "body.malformed", "the request body is not valid JSON");
  }

  private static <T extends Throwable> T outermost(Throwable top, Class<T> type) {
    for (Throwable t = top; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String path(DatabindException e) {
    StringBuilder path = new StringBuilder();
    for (var reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private ResponseEntity<ProblemDetail> badRequest(HttpServletRequest request, List<FieldProblem> problems) {
    return problem(HttpStatus.BAD_REQUEST, "validation.failed",
        text("validation.failed", "the request has invalid fields"), request, problems);
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String code, String detail,
      HttpServletRequest request, List<FieldProblem> problems) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setType(URI.create("https://jol.kz/problems/" + code));
    body.setTitle(text("status." + status.value(), HttpStatus.valueOf(status.value()).getReasonPhrase()));
    body.setInstance(URI.create(request.getRequestURI()));
    body.setProperty("code", code);
    if (!problems.isEmpty()) {
      body.setProperty("errors", problems.stream()
          .map(p -> Map.of("field", p.field(), "code", p.code(),
              "message", text(p.code(), p.message(), p.args())))
          .toList());
    }
    return ResponseEntity.status(status)
        .header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
        .body(body);
  }

  private String text(String code, String fallback, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage("error." + code, args, fallback, locale);
  }

  private static String lowerFirst(String code) {
    if (code == null || code.isEmpty()) {
      return "invalid";
    }
    return code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static String last(String[] codes) {
    String code = codes[codes.length - 1];
    int dot = code.lastIndexOf('.');
    return dot < 0 ? code : code.substring(dot + 1);
  }
}
