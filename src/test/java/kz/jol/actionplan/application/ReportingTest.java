package kz.jol.actionplan.application;

import static kz.jol.actionplan.ActionPlanFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.jol.access.CurrentActor;
import kz.jol.access.UserAdministration;
import kz.jol.actionplan.ActionPlanFixture;
import kz.jol.actionplan.application.ActionPlanService.ReportInput;
import kz.jol.actionplan.domain.Deadline;
import kz.jol.actionplan.domain.HalfYear;
import kz.jol.actionplan.domain.MeasureState;
import kz.jol.actionplan.domain.Timeliness;
import kz.jol.notification.Notifications;
import kz.jol.organisation.Organisations;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filing half-year reports on a fresh plan, on days the test chooses (a fixed clock): timeliness,
 * consolidation by the lead, the measure's state, scope, the dashboard and the reminders.
 */
@SpringBootTest
class ReportingTest {

  static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired ActionPlanRepository repository;
  @Autowired CurrentActor currentActor;
  @Autowired Organisations organisations;
  @Autowired ApplicationEventPublisher events;
  @Autowired Notifications notifications;
  @Autowired TransactionTemplate transaction;

  /** A plan for 2031-2032 whose one measure is due by the end of Q3 2031. */
  ActionPlanFixture plan() {
    return new ActionPlanFixture(jdbc, users, LocalDate.of(2031, 1, 1),
        LocalDate.of(2032, 12, 31), Deadline.quarter(2031, 3));
  }

  ActionPlanService on(LocalDate day) {
    return new ActionPlanService(repository, currentActor, organisations, events,
        Clock.fixed(day.atTime(12, 0).atZone(ALMATY).toInstant(), ALMATY));
  }

  ReportingSweep sweepOn(LocalDate day) {
    Clock clock = Clock.fixed(day.atTime(9, 0).atZone(ALMATY).toInstant(), ALMATY);
    return new ReportingSweep(repository, on(day), notifications, transaction, clock);
  }

  static ReportInput report(String executor, String period, String state) {
    return new ReportInput(executor, period, state, "Жұмыс тобы құрылып, екі отырыс өтті.");
  }

  @Test
  void aReportFiledAfterTheTenthOfJulyIsLateByTheDaysAfterIt() {
    var f = plan();
    var onTime = as(f.co, () -> on(LocalDate.of(2031, 7, 10))
        .file(f.planId, f.measureId, report("CO", "2031-H1", "IN_PROGRESS")));
    assertThat(onTime.timeliness()).isEqualTo(new Timeliness(Timeliness.Status.ON_TIME, 0));

    var late = as(f.lead, () -> on(LocalDate.of(2031, 7, 14))
        .file(f.planId, f.measureId, report(null, "2031-H1", "IN_PROGRESS")));
    assertThat(late.consolidated()).isTrue();
    assertThat(late.timeliness()).isEqualTo(new Timeliness(Timeliness.Status.LATE, 4));

    var view = as(f.lead, () -> on(LocalDate.of(2031, 8, 1)).measure(f.planId, f.measureId));
    assertThat(view.line().state()).isEqualTo(MeasureState.IN_PROGRESS);
    var h1 = view.line().periods().stream().filter(p -> p.period().equals(new HalfYear(2031, 1)))
        .findFirst().orElseThrow();
    assertThat(h1.slots()).extracting(s -> s.timeliness().status())
        .containsExactly(Timeliness.Status.LATE, Timeliness.Status.ON_TIME);
  }

  @Test
  void theDashboardCountsEachExecutorsReportsOnTimeLateAndMissing() {
    var f = plan();
    as(f.co, () -> on(LocalDate.of(2031, 7, 20))
        .file(f.planId, f.measureId, report("CO", "2031-H1", "IN_PROGRESS")));
    var dashboard = as(f.lead, () -> on(LocalDate.of(2032, 1, 15)).dashboard(f.planId));
    var lead = dashboard.executors().stream().filter(d -> d.executor().code().equals("LEAD"))
        .findFirst().orElseThrow();
    var co = dashboard.executors().stream().filter(d -> d.executor().code().equals("CO"))
        .findFirst().orElseThrow();
    assertThat(List.of(lead.onTime(), lead.late(), lead.missing())).containsExactly(0, 0, 2);
    assertThat(List.of(co.onTime(), co.late(), co.missing())).containsExactly(0, 1, 1);
    assertThat(co.flagged()).extracting(s -> s.period().key() + " " + s.timeliness())
        .containsExactly("2031-H2 Timeliness[status=MISSING, daysLate=5]",
            "2031-H1 Timeliness[status=LATE, daysLate=10]");
  }

  @Test
  void onlyTheLeadClosesAMeasureAndReportsStopBeingAskedForAfterwards() {
    var f = plan();
    as(f.co, () -> on(LocalDate.of(2031, 7, 1))
        .file(f.planId, f.measureId, report("CO", "2031-H1", "DONE")));
    assertThat(as(f.co, () -> on(LocalDate.of(2031, 10, 1)).plan(f.planId)).measures()
        .getFirst().state()).isEqualTo(MeasureState.OVERDUE);
    as(f.lead, () -> on(LocalDate.of(2031, 10, 2))
        .file(f.planId, f.measureId, report("LEAD", "2031-H2", "DONE")));
    var line = as(f.co, () -> on(LocalDate.of(2032, 8, 1)).plan(f.planId)).measures().getFirst();
    assertThat(line.state()).isEqualTo(MeasureState.DONE);
    assertThat(line.periods()).extracting(p -> p.period().key())
        .containsExactly("2031-H2", "2031-H1");
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
    var f = plan();
    assertThatThrownBy(() -> as(f.co, () -> on(LocalDate.of(2031, 7, 1))
        .file(f.planId, f.measureId, new ReportInput("LEAD", "2033-H1", "FINISHED", " "))))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("executor", "actionplan.executor-not-yours"),
                    org.assertj.core.groups.Tuple.tuple("period", "actionplan.period-not-in-plan"),
                    org.assertj.core.groups.Tuple.tuple("state", "actionplan.state-unknown"),
                    org.assertj.core.groups.Tuple.tuple("text", "actionplan.text-required")));
    assertThatThrownBy(() -> as(f.co, () -> on(LocalDate.of(2031, 5, 1))
        .file(f.planId, f.measureId, report("CO", "2031-H2", "IN_PROGRESS"))))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems().getFirst().code()).isEqualTo("actionplan.period-not-started"));
    assertThat(repository.reportsOfMeasure(f.measureId)).isEmpty();
  }

  @Test
  void aSecondReportForTheSameHalfYearIsRefused() {
    var f = plan();
    as(f.co, () -> on(LocalDate.of(2031, 7, 1))
        .file(f.planId, f.measureId, report("CO", "2031-H1", "IN_PROGRESS")));
    assertThatThrownBy(() -> as(f.co, () -> on(LocalDate.of(2031, 7, 2))
        .file(f.planId, f.measureId, report("CO", "2031-H1", "DONE"))))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void anOrganisationActingForNoExecutorDoesNotSeeThePlan() {
    var f = plan();
    var service = on(LocalDate.of(2031, 7, 1));
    assertThatThrownBy(() -> as(f.outsider, () -> service.plan(f.planId)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(f.outsider, () -> service.file(f.planId, f.measureId,
        report("CO", "2031-H1", "DONE")))).isInstanceOf(NotFoundException.class);
    assertThat(as(f.outsider, service::plans)).noneMatch(p -> p.id().equals(f.planId));
    assertThat(as(f.co, service::plans)).anyMatch(p -> p.id().equals(f.planId));
  }

  @Test
  void anExecutorFilesOnlyForItself() {
    var f = plan();
    var other = new ActionPlanFixture(jdbc, users, LocalDate.of(2031, 1, 1),
        LocalDate.of(2031, 12, 31), Deadline.year(2031));
    jdbc.sql("insert into action_plan_executor_member values (:e, :o)")
        .param("e", other.coId).param("o", f.co.organisationId()).update();
    // f.co's organisation acts for the other plan's CO, not for this measure's lead.
    assertThatThrownBy(() -> as(f.co, () -> on(LocalDate.of(2031, 7, 1))
        .file(other.planId, other.measureId, report("LEAD", "2031-H1", "DONE"))))
        .isInstanceOf(InvalidInputException.class);
    jdbc.sql("delete from action_plan_measure_executor where measure_id = :m and role = 'CO_EXECUTOR'")
        .param("m", other.measureId).update();
    assertThatThrownBy(() -> as(f.co, () -> on(LocalDate.of(2031, 7, 1))
        .file(other.planId, other.measureId, report("CO", "2031-H1", "DONE"))))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void remindersGoOnceBeforeTheDueDayAndOnceAfterItToTheExecutorAndTheLead() {
    var f = plan();
    as(f.lead, () -> on(LocalDate.of(2031, 7, 6))
        .file(f.planId, f.measureId, report("LEAD", "2031-H1", "IN_PROGRESS")));
    sweepOn(LocalDate.of(2031, 7, 6)).sweep();
    sweepOn(LocalDate.of(2031, 7, 7)).sweep();
    assertThat(keys(f.co)).containsExactly("actionplan.reminder.before");
    assertThat(keys(f.lead)).isEmpty();

    sweepOn(LocalDate.of(2031, 7, 11)).sweep();
    sweepOn(LocalDate.of(2031, 7, 12)).sweep();
    assertThat(keys(f.co)).containsExactly("actionplan.reminder.before",
        "actionplan.reminder.after");
    assertThat(keys(f.lead)).containsExactly("actionplan.reminder.after");
    assertThat(keys(f.outsider)).isEmpty();
  }

  private List<String> keys(kz.jol.access.Actor actor) {
    return jdbc.sql("""
            select message_key from notification where recipient_id = :u
            and link like '/action-plans/%' order by created_at, message_key""")
        .param("u", actor.userId()).query(String.class).list();
  }
}
