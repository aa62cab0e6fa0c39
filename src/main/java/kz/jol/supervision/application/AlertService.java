package kz.jol.supervision.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseSummary;
import kz.jol.supervision.domain.CheckInPlan;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What needs a probation officer's or head's attention: the missed check-ins of the last
 * {@value #MISSED_DAYS} days and the open "no contact" alerts, of the officer's own cases or of
 * every case within the head's reach. The cases shown are read (and audited) as a list.
 */
@Service
public class AlertService {

  static final int MISSED_DAYS = 60;

  private final CaseService cases;
  private final SupervisionService supervision;
  private final ScheduleRepository schedules;
  private final Clock clock;

  AlertService(CaseService cases, SupervisionService supervision, ScheduleRepository schedules,
      Clock clock) {
    this.cases = cases;
    this.supervision = supervision;
    this.schedules = schedules;
    this.clock = clock;
  }

  /** A missed check-in of a case. */
  public record MissedCheckIn(CaseSummary caseSummary, UUID checkInId, LocalDate dueOn,
      boolean flaggedBySweep) {}

  /** An open "no contact" alert of a case. */
  public record NoContact(CaseSummary caseSummary, UUID alertId, LocalDate sinceDay,
      LocalDate raisedOn, int days) {}

  /** The alerts, newest missed check-in first, longest silence first. */
  public record Alerts(List<MissedCheckIn> missed, List<NoContact> noContact) {}

  @Transactional
  public Alerts mine() {
    Actor actor = supervision.staff();
    boolean own = actor.role() == Role.PROBATION_OFFICER;
    List<UUID> reach = cases.keys(new CaseService.CaseFilter(null, null, own, null, null, null))
        .stream().map(CaseService.CaseKey::id).toList();
    LocalDate today = LocalDate.now(clock);
    List<CheckInPlan.Expected> missed = schedules.missed(reach, today.minusDays(MISSED_DAYS));
    List<ScheduleRepository.Alert> open = schedules.openAlerts(reach);
    Set<UUID> shown = new LinkedHashSet<>();
    missed.forEach(m -> shown.add(m.caseId()));
    open.forEach(a -> shown.add(a.caseId()));
    Map<UUID, CaseSummary> summaries = cases.summaries(new ArrayList<>(shown),
        "supervision alerts").stream()
        .collect(Collectors.toMap(CaseSummary::id, Function.identity()));
    return new Alerts(
        missed.stream().filter(m -> summaries.containsKey(m.caseId()))
            .map(m -> new MissedCheckIn(summaries.get(m.caseId()), m.id(), m.dueOn(),
                m.state() == CheckInPlan.State.FLAGGED_MISSED))
            .toList(),
        open.stream().filter(a -> summaries.containsKey(a.caseId()))
            .sorted(Comparator.comparing(ScheduleRepository.Alert::sinceDay))
            .map(a -> new NoContact(summaries.get(a.caseId()), a.id(), a.sinceDay(),
                a.raisedOn(), (int) java.time.temporal.ChronoUnit.DAYS.between(a.sinceDay(),
                    today)))
            .toList());
  }
}
