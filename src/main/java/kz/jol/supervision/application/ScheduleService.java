package kz.jol.supervision.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.calendar.WorkingDays;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseView;
import kz.jol.shared.ConflictException;
import kz.jol.shared.InvalidInputException;
import kz.jol.supervision.domain.CheckInPlan;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's check-in schedule and the check-ins it expects. Setting a schedule replaces the
 * check-ins still expected from today on with those of the new schedule, {@code horizonDays}
 * ahead; the sweep keeps that horizon filled every day. A check-in day that falls on a day off
 * moves to the next working day of the calendar module's calendar; beyond the last year the
 * calendar holds, nothing is generated until an admin adds that year.
 */
@Service
public class ScheduleService {

  private final CaseService cases;
  private final SupervisionService supervision;
  private final ScheduleRepository schedules;
  private final WorkingDays workingDays;
  private final AuditTrail audit;
  private final Clock clock;
  private final int horizonDays;

  ScheduleService(CaseService cases, SupervisionService supervision,
      ScheduleRepository schedules, WorkingDays workingDays, AuditTrail audit, Clock clock,
      @Value("${jol.supervision.horizon-days:90}") int horizonDays) {
    this.cases = cases;
    this.supervision = supervision;
    this.schedules = schedules;
    this.workingDays = workingDays;
    this.audit = audit;
    this.clock = clock;
    this.horizonDays = horizonDays;
  }

  /** A schedule as entered, over the version read (null for a case with none yet). */
  public record ScheduleInput(Long version, String pattern, Integer intervalWeeks,
      String weekday, List<Integer> monthDays, LocalDate startsOn) {}

  /** A case's schedule, or {@code plan} null when it has none, with its check-ins. */
  public record ScheduleView(UUID caseId, CheckInPlan plan, Long version,
      List<CheckInView> checkIns) {}

  /**
   * An expected check-in.
   *
   * @param missed recorded as missed, or flagged by the sweep after its day ended
   */
  public record CheckInView(UUID id, LocalDate dueOn, CheckInPlan.State state, UUID eventId,
      boolean missed) {

    static CheckInView of(CheckInPlan.Expected e) {
      return new CheckInView(e.id(), e.dueOn(), e.state(), e.eventId(), e.state().missed());
    }
  }

  /** The case's schedule and every check-in it expected, by day. */
  @Transactional
  public ScheduleView schedule(UUID caseId) {
    supervision.staffOrProsecutor();
    cases.get(caseId);
    supervision.auditRead(caseId, "supervision schedule");
    var stored = schedules.find(caseId);
    return new ScheduleView(caseId, stored.map(ScheduleRepository.Stored::plan).orElse(null),
        stored.map(ScheduleRepository.Stored::version).orElse(null),
        schedules.expected(caseId).stream().map(CheckInView::of).toList());
  }

  /**
   * Sets the case's schedule.
   *
   * @throws InvalidInputException for bad input (400)
   * @throws ConflictException {@code supervision.case-closed} on a closed case, or
   *     {@code supervision.stale-version} when someone changed the schedule since it was read
   */
  @Transactional
  public ScheduleView set(UUID caseId, ScheduleInput input) {
    Actor actor = supervision.staff();
    CaseView view = cases.get(caseId);
    CheckInPlan plan = CheckInPlan.of(input.pattern(), input.intervalWeeks(), input.weekday(),
        input.monthDays(), input.startsOn(), view.registrationDate());
    SupervisionService.requireOpen(view);
    var stored = schedules.find(caseId);
    if (stored.isPresent() && input.version() == null) {
      throw new InvalidInputException("version", "field.required",
          "name the version of the schedule you changed");
    }
    if (!schedules.save(caseId, plan, stored.isEmpty() ? null : input.version(),
        actor.userId(), clock.instant())) {
      throw new ConflictException("supervision.stale-version",
          "someone changed this schedule since you read it; reload and try again");
    }
    LocalDate today = LocalDate.now(clock);
    schedules.dropExpectedFrom(caseId, today);
    generate(caseId, plan, today);
    audit.record(SupervisionService.RECORD_TYPE, caseId, AuditAction.UPDATE,
        "supervision schedule " + plan.pattern());
    return schedule(caseId);
  }

  /** Adds the check-ins the plan expects from today to the horizon; returns how many. */
  int generate(UUID caseId, CheckInPlan plan, LocalDate today) {
    return schedules.expect(caseId, dueDates(plan, today, today.plusDays(horizonDays)));
  }

  /** The plan's check-in days in the range, as far as the calendar holds working days. */
  List<LocalDate> dueDates(CheckInPlan plan, LocalDate from, LocalDate to) {
    List<LocalDate> due = new ArrayList<>();
    for (LocalDate nominal : plan.nominalDates(from, to)) {
      try {
        LocalDate day = workingDays.addWorkingDays(nominal, 0);
        if (!due.contains(day)) {
          due.add(day);
        }
      } catch (InvalidInputException yearUnknown) {
        break; // the calendar ends here; the sweep fills in once an admin adds the year
      }
    }
    return due;
  }
}
