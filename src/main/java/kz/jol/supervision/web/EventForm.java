package kz.jol.supervision.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.jol.shared.FormProblems;
import kz.jol.supervision.domain.EventInput;
import kz.jol.supervision.domain.EventKind;

/**
 * One kind's form on the card, as shown or as posted back: its values as text, the choices it
 * offers, and the problems of a refused post beside its fields.
 *
 * @param caseId the case
 * @param kind the kind the form records
 * @param values the posted values (or today's day for a blank form)
 * @param violations for a warning: the recorded violations to choose from
 * @param submissions for a court decision: the submissions awaiting it
 * @param errors the problems of a refused post
 */
record EventForm(UUID caseId, EventKind kind, Map<String, String> values,
    List<String> violationIdsChosen, List<Choice> violations, List<Choice> submissions,
    FormProblems errors) {

  /** The fields any kind's form may post. */
  static final Set<String> FIELDS = Set.of("kind", "day", "result", "excuseReason",
      "violationType", "violationIds", "foundHow", "article", "submissionKind", "submissionId",
      "decision", "helpTopic", "note", "checkInId");

  /** A record to choose: its id and what the form shows of it. */
  record Choice(UUID id, LocalDate day, String kind, String code) {}

  static EventForm blank(UUID caseId, EventKind kind, LocalDate today, List<Choice> violations,
      List<Choice> submissions) {
    Map<String, String> values = new HashMap<>();
    values.put("day", today.toString());
    return new EventForm(caseId, kind, values, List.of(), violations, submissions,
        FormProblems.NONE);
  }

  static EventForm posted(UUID caseId, EventKind kind, Map<String, String> params,
      List<String> violationIds, List<Choice> violations, List<Choice> submissions,
      FormProblems errors) {
    return new EventForm(caseId, kind, Map.copyOf(params), List.copyOf(violationIds),
        violations, submissions, errors);
  }

  /** The posted form as the service's input. */
  static EventInput input(Map<String, String> p, List<String> violationIds) {
    List<UUID> ids = new ArrayList<>();
    for (String id : violationIds) {
      try {
        ids.add(UUID.fromString(id));
      } catch (IllegalArgumentException e) {
        // Not one of the choices offered; the service reports the warning as lacking them.
      }
    }
    return new EventInput(p.get("kind"), date(p.get("day")), p.get("result"),
        p.get("excuseReason"), p.get("violationType"), ids, p.get("foundHow"), p.get("article"),
        p.get("submissionKind"), uuid(p.get("submissionId")), p.get("decision"),
        p.get("helpTopic"), uuid(p.get("checkInId")), p.get("note"));
  }

  /** A malformed date reads as none; the service then says the day is required. */
  static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static UUID uuid(String value) {
    try {
      return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  public boolean chosen(UUID violationId) {
    return violationIdsChosen.contains(violationId.toString());
  }

  /** The choices of the kind's code field, for a kind that takes one. */
  public List<String> codes() {
    return kind.codes().stream()
        .filter(c -> !(kind == EventKind.WANTED_ENDED
            && EventKind.FoundHow.CASE_CLOSED.name().equals(c)))
        .toList();
  }

  /** The id prefix of this form's fields, unique on the card. */
  public String prefix() {
    return "ev-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-";
  }
}
