package kz.jol.supervision.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A supervision event as entered (API body or form): the kind, the day, and the fields of that
 * kind; the rest is ignored. Choices come as text so that a wrong one is a problem beside its
 * field, not an unreadable request.
 *
 * @param kind one of {@link EventKind}
 * @param day the day it happened
 * @param result a check-in's ({@link EventKind.CheckInResult}) or home visit's
 *     ({@link EventKind.HomeVisitResult}) result
 * @param excuseReason why a check-in was excused
 * @param violationType a violation's {@link EventKind.ViolationType}
 * @param violationIds the violations a warning is about
 * @param foundHow how the search ended ({@link EventKind.FoundHow})
 * @param article the article of КоАП or УК of an offence
 * @param submissionKind a submission's {@link EventKind.SubmissionKind}
 * @param submissionId the submission a court decision answers
 * @param decision the court's {@link EventKind.CourtDecision}
 * @param helpTopic what the person asked help with ({@link EventKind.HelpTopic})
 * @param checkInId the expected check-in a check-in answers (optional: by default the one due
 *     on the day)
 * @param note free text
 */
public record EventInput(String kind, LocalDate day, String result, String excuseReason,
    String violationType, List<UUID> violationIds, String foundHow, String article,
    String submissionKind, UUID submissionId, String decision, String helpTopic,
    UUID checkInId, String note) {

  static final int MAX_NOTE = 2000;
  static final int MAX_REASON = 1000;
  static final int MAX_ARTICLE = 100;

  /**
   * The input as a draft, checked for itself and against the case's dates.
   *
   * @param registrationDate day 0 of the case: nothing happens on it before
   * @param today nothing happens after
   * @throws kz.jol.shared.InvalidInputException listing every problem
   */
  public EventDraft draft(LocalDate registrationDate, LocalDate today) {
    Problems problems = new Problems();
    EventKind k = null;
    if (!problems.missing("kind", kind)) {
      k = choice("kind", kind, EventKind.class, problems);
    }
    if (!problems.missing("day", day)) {
      if (day.isAfter(today)) {
        problems.add("day", "supervision.day-future", "this day is in the future");
      } else if (day.isBefore(registrationDate)) {
        problems.add("day", "supervision.day-before-registration",
            "the case was registered on " + registrationDate, registrationDate);
      }
    }
    String noteText = problems.text("note", note, MAX_NOTE);
    if (k == null) {
      problems.throwIfAny();
      throw new IllegalStateException("unreachable");
    }
    String code = null;
    String reason = null;
    String articleText = null;
    List<UUID> related = List.of();
    switch (k) {
      case CHECK_IN -> {
        code = required("result", result, EventKind.CheckInResult.class, problems);
        if (EventKind.CheckInResult.EXCUSED.name().equals(code)) {
          reason = problems.text("excuseReason", excuseReason, MAX_REASON);
          problems.missing("excuseReason", reason);
        }
      }
      case HOME_VISIT -> code = required("result", result, EventKind.HomeVisitResult.class,
          problems);
      case VIOLATION -> code = required("violationType", violationType,
          EventKind.ViolationType.class, problems);
      case WARNING -> {
        if (!problems.missing("violationIds", violationIds)) {
          related = violationIds.stream().distinct().toList();
        }
      }
      case WANTED_ENDED -> {
        code = required("foundHow", foundHow, EventKind.FoundHow.class, problems);
        if (EventKind.FoundHow.CASE_CLOSED.name().equals(code)) {
          problems.add("foundHow", "supervision.found-how-system",
              "the search ends with the case only when the case closes");
        }
      }
      case ADMIN_OFFENCE, CRIMINAL_OFFENCE -> {
        articleText = problems.text("article", article, MAX_ARTICLE);
        problems.missing("article", articleText);
      }
      case COURT_SUBMISSION -> code = required("submissionKind", submissionKind,
          EventKind.SubmissionKind.class, problems);
      case COURT_DECISION -> {
        code = required("decision", decision, EventKind.CourtDecision.class, problems);
        if (!problems.missing("submissionId", submissionId)) {
          related = List.of(submissionId);
        }
      }
      case HELP_REQUEST -> code = required("helpTopic", helpTopic, EventKind.HelpTopic.class,
          problems);
      case WANTED_DECLARED -> { }
    }
    problems.throwIfAny();
    return new EventDraft(k, day, code, reason, articleText, related,
        k == EventKind.CHECK_IN ? checkInId : null, noteText);
  }

  private static String required(String field, String value,
      Class<? extends Enum<?>> choices, Problems problems) {
    if (problems.missing(field, value)) {
      return null;
    }
    Enum<?> chosen = choice(field, value, choices, problems);
    return chosen == null ? null : chosen.name();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <E extends Enum<?>> E choice(String field, String value, Class<E> choices,
      Problems problems) {
    try {
      return (E) Enum.valueOf((Class) choices, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(field, "supervision.not-a-choice", "is not one of the choices", value);
      return null;
    }
  }
}
