package kz.jol.routing.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import kz.jol.routing.application.EscalationService;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * The head's answer to an escalation, as posted: the reason for the delay, the corrective
 * measures and the new deadline, a date and time in Almaty time from a datetime-local input.
 */
public record EscalationAnswerForm(String reason, String measures, String newDeadline,
    String version) {

  static final Set<String> FIELDS = Set.of("reason", "measures", "newDeadline");

  /**
   * The answer for the service; a deadline that is no date and time is refused here, with the
   * service's own problems of the other fields, so that the head sees every problem at once.
   */
  EscalationService.Answer toAnswer(ZoneId zone) {
    Long expected;
    try {
      expected = version == null || version.isBlank() ? null : Long.valueOf(version.strip());
    } catch (NumberFormatException e) {
      expected = -1L; // a mangled version is as stale as an old one
    }
    if (newDeadline == null || newDeadline.isBlank()) {
      return new EscalationService.Answer(reason, measures, null, expected);
    }
    try {
      return new EscalationService.Answer(reason, measures,
          LocalDateTime.parse(newDeadline.strip()).atZone(zone).toInstant(), expected);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(new FieldProblem("newDeadline",
          "routing.datetime-format", "a date and time, such as 2026-11-26T18:00"));
    }
  }
}
