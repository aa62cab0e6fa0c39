package kz.jol.interaction.application;

import static kz.jol.interaction.CouncilFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.access.UserAdministration;
import kz.jol.interaction.CouncilArchive;
import kz.jol.interaction.CouncilFigures;
import kz.jol.interaction.CouncilFixture;
import kz.jol.interaction.DecisionOverdue;
import kz.jol.interaction.application.CouncilInputs.ChangeInput;
import kz.jol.interaction.application.CouncilInputs.DecisionInput;
import kz.jol.interaction.application.CouncilInputs.MeetingInput;
import kz.jol.interaction.domain.DecisionState;
import kz.jol.shared.ConflictException;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Advisory bodies against PostgreSQL: who sees and records what, the decisions' state rules, the
 * figures computed by hand, and the sweep's reminders and overdue events, each once.
 */
@SpringBootTest
@RecordApplicationEvents
class CouncilServiceTest {

  @Autowired CouncilService service;
  @Autowired CouncilArchive archive;
  @Autowired CouncilFigures figures;
  @Autowired DecisionSweep sweep;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired Clock clock;
  @Autowired ApplicationEvents events;

  CouncilFixture f;
  LocalDate today;
  UUID body;

  @BeforeEach
  void aKsoOfItsOwnDistrict() {
    f = new CouncilFixture(jdbc, users);
    today = LocalDate.now(clock);
    body = archive.body("KSO", f.territory, f.akimat, "Сынақ ҮК", "Тестовый КСО", "Test KSO",
        today.minusYears(2), List.of(
            new CouncilArchive.MemberEntry(null, "Серікбаева Айгүл", "заместитель акима",
                null, "CHAIR"),
            new CouncilArchive.MemberEntry(f.employment, null, null, null, "MEMBER"),
            new CouncilArchive.MemberEntry(f.clinic, null, null, null, "MEMBER")));
  }

  UUID meeting(int daysAgo) {
    return archive.heldMeeting(body, today.minusDays(daysAgo), "Акимат, зал заседаний",
        List.of("О трудоустройстве"), List.of(0, 1), String.valueOf(daysAgo));
  }

  UUID decision(UUID meeting, String number, int dueInDays, UUID... responsible) {
    return archive.decision(meeting, number, "Решение " + number, today.plusDays(dueInDays),
        List.of(responsible));
  }

  @Test
  void theDistrictSeesTheBodyAndNobodyElseFindsIt() {
    for (var reader : List.of(f.akimatHead, f.probationHead, f.prosecutor)) {
      assertThat(as(reader, () -> service.bodies()).stream().map(s -> s.body().id()))
          .as(reader.username()).contains(body);
    }
    // A member organisation sees the body; one that takes no part finds nothing.
    assertThat(as(f.employmentWorker, () -> service.body(body)).members()).hasSize(3);
    for (var outsider : List.of(f.otherProbationHead, f.ngoHead)) {
      assertThat(as(outsider, () -> service.bodies()).stream().map(s -> s.body().id()))
          .doesNotContain(body);
      assertThatThrownBy(() -> as(outsider, () -> service.body(body)))
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(as(f.akimatHead, () -> service.body(body)).canRecord()).isTrue();
    assertThat(as(f.employmentHead, () -> service.body(body)).canRecord()).isFalse();
    assertThatThrownBy(() -> as(f.employmentHead, () -> service.createMeeting(body,
        new MeetingInput(today.toString(), "зал", List.of("вопрос"), "PLANNED", null, null,
            null)))).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aResponsibleOrganisationCarriesADecisionOutAndItsEndIsFinal() {
    UUID m = meeting(10);
    UUID d = decision(m, "1.1", 20, f.employment, f.clinic);
    var done = as(f.employmentWorker, () -> service.change(body, d,
        new ChangeInput("DONE", "Выделено 12 квотируемых мест", null), null));
    assertThat(done.state()).isEqualTo(DecisionState.DONE);
    assertThat(done.closedOn()).isEqualTo(today);
    assertThat(as(f.probationHead, () -> service.meeting(body, m)).decisions().getFirst()
        .changes()).singleElement().satisfies(c -> {
          assertThat(c.evidence()).isEqualTo("Выделено 12 квотируемых мест");
          assertThat(c.organisationId()).isEqualTo(f.employment);
        });
    assertThatThrownBy(() -> as(f.clinicHead, () -> service.change(body, d,
        new ChangeInput("IN_PROGRESS", "начали", null), null)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void theStateRulesRefuseWhatTheyMust() {
    UUID m = meeting(10);
    UUID d = decision(m, "2", 20, f.employment);
    // Not done needs the reason; evidence is always needed.
    assertThatThrownBy(() -> as(f.employmentHead, () -> service.change(body, d,
        new ChangeInput("NOT_DONE", "", null), null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.field() + ":" + p.code())
            .containsExactlyInAnyOrder("evidence:councils.required",
                "reason:councils.reason-required.NOT_DONE"));
    // Only the body cancels; an organisation that does not answer for it may not touch it.
    assertThatThrownBy(() -> as(f.employmentHead, () -> service.change(body, d,
        new ChangeInput("CANCELLED", "решение 3.1", "отменено решением 3.1"), null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> as(f.clinicHead, () -> service.change(body, d,
        new ChangeInput("IN_PROGRESS", "начали", null), null)))
        .isInstanceOf(ForbiddenException.class);
    var cancelled = as(f.akimatHead, () -> service.change(body, d,
        new ChangeInput("CANCELLED", "Протокол № 3", "отменено решением 3.1"), null));
    assertThat(cancelled.state()).isEqualTo(DecisionState.CANCELLED);
    assertThat(cancelled.stateReason()).isEqualTo("отменено решением 3.1");
  }

  @Test
  void aDecisionBelongsToAHeldMeetingWithAUniqueNumber() {
    var planned = as(f.akimatHead, () -> service.createMeeting(body, new MeetingInput(
        today.plusDays(5).toString(), "зал", List.of("первый\nвторой"), "PLANNED", null, null,
        null)));
    assertThat(planned.agenda()).containsExactly("первый", "второй");
    assertThatThrownBy(() -> as(f.akimatHead, () -> service.addDecision(body, planned.id(),
        new DecisionInput("1", "текст", today.plusDays(30).toString(),
            List.of(f.employment.toString())))))
        .isInstanceOf(ConflictException.class);
    UUID m = meeting(3);
    decision(m, "2.1", 30, f.employment);
    assertThatThrownBy(() -> as(f.akimatHead, () -> service.addDecision(body, m,
        new DecisionInput("2.1", "текст", today.minusDays(10).toString(), List.of()))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.field() + ":" + p.code())
            .containsExactlyInAnyOrder("number:councils.number-taken",
                "dueDate:councils.due-before-meeting", "responsible:councils.responsible-required"));
  }

  @Test
  void theFiguresOfAPeriodAsComputedByHand() {
    UUID a = meeting(90);
    archive.change(decision(a, "1.1", -60, f.employment), "DONE", today.minusDays(70),
        "сделано", null);
    archive.change(decision(a, "1.2", -60, f.employment), "DONE", today.minusDays(50),
        "сделано позже", null);
    archive.change(decision(a, "1.3", -40, f.clinic), "NOT_DONE", today.minusDays(35),
        "письмо", "нет финансирования");
    archive.change(decision(a, "1.4", -10, f.clinic), "IN_PROGRESS", today.minusDays(20),
        "начато", null);
    decision(a, "1.5", 20, f.employment);
    archive.change(decision(a, "1.6", -30, f.clinic), "CANCELLED", today.minusDays(45),
        "протокол", "решение 2.1");
    UUID b = meeting(200);
    archive.change(decision(b, "1", -95, f.employment), "DONE", today.minusDays(96), "сделано",
        null);
    UUID c = meeting(150);
    decision(c, "1", -150, f.clinic);
    // A body of another district with a meeting in the period counts there, not here.
    UUID elsewhere = archive.body("MVK", f.otherTerritory, f.akimat, "Басқа", "Другая МВК",
        "Other MVK", today.minusYears(1), List.of());
    archive.heldMeeting(elsewhere, today.minusDays(30), "зал", List.of("вопрос"), List.of(), "1");

    var fig = figures.of(f.territory, today.minusDays(100), today.plusDays(30));

    assertThat(fig.meetingsHeld()).isEqualTo(1);
    assertThat(fig.decisionsTaken()).isEqualTo(6);
    assertThat(fig.decisionsDue()).isEqualTo(6);
    assertThat(fig.carriedOutOnTime()).isEqualTo(2);
    assertThat(fig.carriedOutLate()).isEqualTo(1);
    assertThat(fig.notCarriedOut()).isEqualTo(1);
    assertThat(fig.overdueOpen()).isEqualTo(1);
    assertThat(fig.notYetDue()).isEqualTo(1);
    assertThat(fig.cancelled()).isEqualTo(1);
    assertThat(fig.shareNumerator()).isEqualTo(3);
    assertThat(fig.shareDenominator()).isEqualTo(5);
    assertThat(fig.share()).isEqualTo(0.6);
    assertThat(figures.byBody(f.territory, today.minusDays(100), today.plusDays(30)))
        .singleElement().satisfies(bf -> assertThat(bf.bodyId()).isEqualTo(body));

    // The dashboard flags the two overdue decisions (1.4 and the old one) first.
    var dashboard = as(f.probationHead, () -> service.dashboard(
        today.minusDays(100).toString(), today.plusDays(30).toString()));
    assertThat(dashboard.overdue().stream().filter(i -> i.body().id().equals(body))
        .map(i -> i.decision().number())).containsExactly("1", "1.4");
    assertThat(dashboard.shares().stream().filter(s -> s.body().id().equals(body))
        .findFirst().orElseThrow().counts().carriedOut()).isEqualTo(3);
  }

  @Test
  void theSweepRemindsBeforeAndFlagsOverdueOnceEach() {
    UUID m = meeting(5);
    UUID soon = decision(m, "1", 2, f.employment);
    UUID late = decision(m, "2", -1, f.clinic);

    sweep.sweep();
    sweep.sweep();

    assertThat(notices(f.employmentHead.userId())).containsExactly("councils.notice.due-soon");
    assertThat(notices(f.clinicHead.userId())).containsExactly("councils.notice.overdue");
    assertThat(notices(f.employmentWorker.userId())).isEmpty();
    assertThat(events.stream(DecisionOverdue.class).filter(e -> e.decisionId().equals(late)))
        .singleElement().satisfies(e -> {
          assertThat(e.bodyId()).isEqualTo(body);
          assertThat(e.responsibleOrganisationIds()).containsExactly(f.clinic);
        });
    assertThat(events.stream(DecisionOverdue.class).filter(e -> e.decisionId().equals(soon)))
        .isEmpty();
  }

  List<String> notices(UUID userId) {
    return jdbc.sql("select message_key from notification where recipient_id = :u")
        .param("u", userId).query(String.class).list();
  }
}
