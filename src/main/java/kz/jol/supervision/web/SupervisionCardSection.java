package kz.jol.supervision.web;

import static kz.jol.access.Role.POLICE_INSPECTOR;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;
import static kz.jol.access.Role.PROSECUTOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.register.CaseState;
import kz.jol.register.card.CaseCardSection;
import kz.jol.shared.FormProblems;
import kz.jol.supervision.application.ScheduleService;
import kz.jol.supervision.application.SupervisionService;
import kz.jol.supervision.domain.EventKind;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The card's supervision section: whether the person is wanted, the last contact, the court's
 * duties, the schedule with the next expected check-ins and the missed ones, the history of
 * events, and a form per kind of event the reader may record. The roles are those of
 * {@code GET /api/v1/cases/{id}/supervision/events}: probation staff and prosecutors see it
 * all; a police inspector sees the duties, the wanted status and the events as the API shows
 * them to the police (no schedule), and may record a home visit and the person found.
 */
@Component
class SupervisionCardSection implements CaseCardSection {

  private final SupervisionService supervision;
  private final ScheduleService schedules;
  private final Clock clock;

  SupervisionCardSection(SupervisionService supervision, ScheduleService schedules,
      Clock clock) {
    this.supervision = supervision;
    this.schedules = schedules;
    this.clock = clock;
  }

  @Override
  public int order() {
    return 250;
  }

  @Override
  public String template() {
    return "supervision/card";
  }

  @Override
  public String fragment() {
    return "supervision";
  }

  @Override
  public boolean visibleTo(Actor actor) {
    return actor.is(PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR, POLICE_INSPECTOR);
  }

  @Override
  public void addTo(Model model, UUID caseId, Actor actor) {
    model.addAttribute("sup", card(caseId, actor, null, null, null));
  }

  /** The section, with a refused form in place of its blank one. */
  SupervisionCard card(UUID caseId, Actor actor, EventForm refusedEvent,
      SupervisionCard.DutyForm refusedDuty, SupervisionCard.ScheduleForm refusedSchedule) {
    LocalDate today = LocalDate.now(clock);
    boolean staff = actor.is(PROBATION_OFFICER, PROBATION_HEAD);
    // The card's one VIEW row (written by the register) covers what this section reads.
    org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()
        .setAttribute(SupervisionService.CARD_READ, Boolean.TRUE,
            org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
    var standing = supervision.standing(caseId);
    var duties = supervision.duties(caseId);
    var events = supervision.events(caseId);
    ScheduleService.ScheduleView schedule = actor.is(POLICE_INSPECTOR) ? null
        : schedules.schedule(caseId);
    List<ScheduleService.CheckInView> upcoming = schedule == null ? List.of()
        : schedule.checkIns().stream()
            .filter(c -> !c.dueOn().isBefore(today) && !c.missed() && c.eventId() == null)
            .limit(SupervisionCard.UPCOMING).toList();
    List<ScheduleService.CheckInView> missed = schedule == null ? List.of()
        : schedule.checkIns().stream().filter(ScheduleService.CheckInView::missed)
            .sorted(Comparator.comparing(ScheduleService.CheckInView::dueOn).reversed())
            .toList();
    List<EventForm.Choice> violations = events.stream()
        .filter(e -> e.kind() == EventKind.VIOLATION)
        .map(e -> new EventForm.Choice(e.id(), e.day(), e.kind().name(), e.code())).toList();
    List<EventForm.Choice> submissions = standing.openSubmissions().stream()
        .map(e -> new EventForm.Choice(e.id(), e.day(), e.kind().name(), e.code())).toList();
    List<EventForm> forms = new ArrayList<>();
    for (EventKind kind : offered(actor, standing.state(), violations, submissions)) {
      forms.add(refusedEvent != null && refusedEvent.kind() == kind ? refusedEvent
          : EventForm.blank(caseId, kind, today, violations, submissions));
    }
    if (refusedEvent != null && forms.stream().noneMatch(f -> f.kind() == refusedEvent.kind())) {
      // Refused because the case's state no longer offers it: the reader still sees why.
      forms.add(0, refusedEvent);
    }
    boolean open = standing.state() != CaseState.CLOSED;
    var dutyForm = !staff || !open ? null
        : refusedDuty != null ? refusedDuty : SupervisionCard.DutyForm.blank(caseId, today);
    var scheduleForm = !staff || !open ? null
        : refusedSchedule != null ? refusedSchedule : scheduleForm(caseId, schedule, today);
    List<SupervisionService.EventView> newestFirst = new ArrayList<>(events);
    java.util.Collections.reverse(newestFirst);
    return new SupervisionCard(caseId, standing, duties, schedule, upcoming, missed,
        newestFirst, forms, dutyForm, scheduleForm);
  }

  /** The kinds whose form the reader gets: what the role records and the state allows. */
  static List<EventKind> offered(Actor actor, CaseState state, List<EventForm.Choice> violations,
      List<EventForm.Choice> submissions) {
    List<EventKind> kinds = new ArrayList<>();
    boolean staff = actor.is(PROBATION_OFFICER, PROBATION_HEAD);
    if (!staff && !actor.is(POLICE_INSPECTOR)) {
      return kinds;
    }
    for (EventKind kind : EventKind.values()) {
      boolean may = staff || kind == EventKind.HOME_VISIT || kind == EventKind.WANTED_ENDED;
      boolean fits = switch (kind) {
        case WANTED_DECLARED -> state == CaseState.ACTIVE;
        case WANTED_ENDED -> state == CaseState.WANTED;
        case WARNING -> !violations.isEmpty() && state != CaseState.CLOSED;
        case COURT_DECISION -> !submissions.isEmpty();
        default -> state != CaseState.CLOSED;
      };
      if (may && fits) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private static SupervisionCard.ScheduleForm scheduleForm(UUID caseId,
      ScheduleService.ScheduleView schedule, LocalDate today) {
    var values = new java.util.HashMap<String, String>();
    if (schedule == null || schedule.plan() == null) {
      values.put("pattern", "MONTHLY");
      values.put("monthDays", "1, 15");
      values.put("intervalWeeks", "2");
      values.put("startsOn", today.toString());
    } else {
      var plan = schedule.plan();
      values.put("version", String.valueOf(schedule.version()));
      values.put("pattern", plan.pattern().name());
      values.put("intervalWeeks", plan.intervalWeeks() == null ? "2"
          : String.valueOf(plan.intervalWeeks()));
      values.put("weekday", plan.weekday() == null ? "" : plan.weekday().name());
      values.put("monthDays", String.join(", ",
          plan.monthDays().stream().map(String::valueOf).toList()));
      values.put("startsOn", plan.startsOn().toString());
    }
    return new SupervisionCard.ScheduleForm(caseId, values, FormProblems.NONE);
  }

  static List<String> weekdays() {
    return Arrays.stream(java.time.DayOfWeek.values()).map(Enum::name).toList();
  }
}
