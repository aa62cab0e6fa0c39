package kz.jol.supervision.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.shared.FormProblems;
import kz.jol.supervision.application.ScheduleService;
import kz.jol.supervision.application.SupervisionService;

/**
 * The card's supervision section.
 *
 * @param schedule null for a reader who does not see schedules (the police)
 * @param upcoming the next expected check-ins
 * @param missed the missed check-ins, newest first
 * @param forms the event forms the reader may use, one per kind
 * @param dutyForm the duty form, null when the reader keeps no duties
 * @param scheduleForm the schedule form, null when the reader sets no schedule
 */
record SupervisionCard(UUID caseId, SupervisionService.Standing standing,
    List<SupervisionService.DutyView> duties, ScheduleService.ScheduleView schedule,
    List<ScheduleService.CheckInView> upcoming, List<ScheduleService.CheckInView> missed,
    List<SupervisionService.EventView> events, List<EventForm> forms, DutyForm dutyForm,
    ScheduleForm scheduleForm) {

  static final int UPCOMING = 5;

  /** The duty form, as shown or posted back. */
  record DutyForm(UUID caseId, Map<String, String> values, FormProblems errors) {

    static final java.util.Set<String> FIELDS = java.util.Set.of("kind", "detail", "imposedOn");

    public String value(String field) {
      return values.getOrDefault(field, "");
    }

    static DutyForm blank(UUID caseId, LocalDate today) {
      return new DutyForm(caseId, Map.of("imposedOn", today.toString()), FormProblems.NONE);
    }
  }

  /** The schedule form, as shown or posted back. */
  record ScheduleForm(UUID caseId, Map<String, String> values, FormProblems errors) {

    static final java.util.Set<String> FIELDS = java.util.Set.of("version", "pattern",
        "intervalWeeks", "weekday", "monthDays", "startsOn");

    public String value(String field) {
      return values.getOrDefault(field, "");
    }
  }
}
