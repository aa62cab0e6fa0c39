package kz.jol.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseView;
import kz.jol.supervision.application.ScheduleService;
import kz.jol.supervision.application.SupervisionService;
import kz.jol.supervision.application.SupervisionSweep;
import kz.jol.supervision.domain.EventInput;
import org.springframework.stereotype.Component;

/**
 * The supervision of part of the demo caseload: for about half of the active cases, the court's
 * duties, a schedule twice a month, and a history of check-ins roughly every two weeks since the
 * case became active (mostly attended, some missed or excused), a home visit, now and then a
 * request for help; a few violations with a written warning; one person declared wanted and
 * still sought, one found again, one case whose probation the court extended. Everything goes
 * through the supervision services as the case's officer; the sweep then flags what it flags
 * and raises the "no contact" alerts of the cases that have gone silent.
 */
@Component
class DemoSupervision {

  private final CaseService cases;
  private final SupervisionService supervision;
  private final ScheduleService schedules;
  private final SupervisionSweep sweep;
  private int told;

  DemoSupervision(CaseService cases, SupervisionService supervision, ScheduleService schedules,
      SupervisionSweep sweep) {
    this.cases = cases;
    this.supervision = supervision;
    this.schedules = schedules;
    this.sweep = sweep;
  }

  /** Tells the supervision of an ACTIVE case, or of none, as the random stream decides. */
  void tell(UUID caseId, LocalDate today, Random random) {
    CaseView view = cases.get(caseId);
    if (view.state() != CaseState.ACTIVE || random.nextInt(100) >= 50) {
      return;
    }
    int n = told++;
    LocalDate since = view instanceof CaseView.Full full ? full.stateSince()
        : view.registrationDate();
    duties(caseId, view.registrationDate(), random);
    schedules.set(caseId, new ScheduleService.ScheduleInput(null, "MONTHLY", null, null,
        List.of(1, 15), since));
    // A person who has gone silent: check-ins stop some weeks before today.
    boolean silent = n % 7 == 3;
    LocalDate stop = silent ? today.minusDays(35 + random.nextInt(20))
        : n == 0 ? today.minusDays(5) : today.minusDays(1);
    UUID lastViolation = null;
    for (LocalDate day = since.plusDays(7); !day.isAfter(stop);
        day = day.plusDays(12 + random.nextInt(6))) {
      int roll = random.nextInt(100);
      String result = roll < 82 ? "ATTENDED" : roll < 93 ? "MISSED" : "EXCUSED";
      record(caseId, new EventInput("CHECK_IN", day, result,
          result.equals("EXCUSED") ? "болезнь, справка из поликлиники" : null, null, null, null,
          null, null, null, null, null, null, null));
      if (result.equals("MISSED") && random.nextInt(2) == 0) {
        lastViolation = record(caseId, new EventInput("VIOLATION", day, null, null,
            "FAILURE_TO_REPORT", null, null, null, null, null, null, null, null,
            "Синтетическая запись: не явилась без уважительной причины"));
      }
    }
    if (lastViolation != null) {
      record(caseId, new EventInput("WARNING", stop, null, null, null, List.of(lastViolation),
          null, null, null, null, null, null, null, null));
    }
    if (random.nextInt(3) == 0 && !since.plusDays(20).isAfter(today)) {
      record(caseId, new EventInput("HOME_VISIT", since.plusDays(20), "FOUND_AT_HOME", null,
          null, null, null, null, null, null, null, null, null, null));
    }
    if (random.nextInt(4) == 0 && !since.plusDays(3).isAfter(today)) {
      String[] topics = {"HOUSING", "EMPLOYMENT", "DOCUMENTS", "SOCIAL_BENEFITS", "LEGAL"};
      record(caseId, new EventInput("HELP_REQUEST", since.plusDays(3), null, null, null, null,
          null, null, null, null, null, topics[random.nextInt(topics.length)], null, null));
    }
    switch (n) {
      case 0 -> { // missed, declared wanted, still sought
        record(caseId, new EventInput("CHECK_IN", today.minusDays(2), "MISSED", null, null,
            null, null, null, null, null, null, null, null, "Не явилась; телефон отключён"));
        record(caseId, new EventInput("HOME_VISIT", today.minusDays(1), "LIVES_ELSEWHERE",
            null, null, null, null, null, null, null, null, null, null, null));
        record(caseId, new EventInput("WANTED_DECLARED", today, null, null, null, null, null,
            null, null, null, null, null, null, null));
      }
      case 1 -> { // sought for some days, then detained by the police
        LocalDate declared = today.minusDays(6).isBefore(since) ? since : today.minusDays(6);
        record(caseId, new EventInput("WANTED_DECLARED", declared, null, null, null, null, null,
            null, null, null, null, null, null, null));
        record(caseId, new EventInput("WANTED_ENDED", today.minusDays(1).isBefore(declared)
            ? declared : today.minusDays(1), null, null, null, null, "DETAINED_BY_POLICE", null,
            null, null, null, null, null, null));
      }
      case 2 -> { // the court extended the probation
        UUID submission = record(caseId, new EventInput("COURT_SUBMISSION",
            today.minusDays(9).isBefore(since) ? since : today.minusDays(9), null, null, null,
            null, null, null, "EXTEND_PROBATION", null, null, null, null, null));
        record(caseId, new EventInput("COURT_DECISION", today, null, null, null, null, null,
            null, null, submission, "GRANTED", null, null, null));
      }
      default -> { }
    }
  }

  /** The sweep over the loaded data: missed check-ins flagged, silent cases alerted. */
  void sweep() {
    sweep.sweep();
  }

  private void duties(UUID caseId, LocalDate registered, Random random) {
    supervision.addDuty(caseId, new SupervisionService.DutyInput("REPORT_TO_PROBATION",
        "дважды в месяц, в дни, установленные службой пробации", registered));
    supervision.addDuty(caseId, new SupervisionService.DutyInput(
        "NOT_CHANGE_RESIDENCE_OR_WORK", null, registered));
    if (random.nextInt(3) == 0) {
      supervision.addDuty(caseId, new SupervisionService.DutyInput("STAY_HOME_AT_SET_HOURS",
          "с 22:00 до 06:00", registered));
    }
    if (random.nextInt(5) == 0) {
      supervision.addDuty(caseId, new SupervisionService.DutyInput("UNDERGO_TREATMENT",
          "курс лечения по назначению врача", registered));
    }
  }

  private UUID record(UUID caseId, EventInput input) {
    return supervision.record(caseId, input).id();
  }
}
