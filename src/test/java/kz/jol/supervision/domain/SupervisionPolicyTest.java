package kz.jol.supervision.domain;

import static kz.jol.register.CaseState.ACTIVE;
import static kz.jol.register.CaseState.CLOSED;
import static kz.jol.register.CaseState.PRE_RELEASE;
import static kz.jol.register.CaseState.SUSPENDED;
import static kz.jol.register.CaseState.WANTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import kz.jol.access.Role;
import kz.jol.register.CaseState;
import kz.jol.shared.ConflictException;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.supervision.domain.SupervisionPolicy.Effect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The guards and effects of the supervision history, line by line, without Spring. */
class SupervisionPolicyTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 10);
  static final UUID CASE = UUID.randomUUID();
  static final UUID SUBMISSION = UUID.randomUUID();
  static final UUID VIOLATION = UUID.randomUUID();

  static SupervisionEvent event(UUID id, EventKind kind, LocalDate day, String code,
      UUID... related) {
    return new SupervisionEvent(id, CASE, kind, day, code, null, null, List.of(related), null,
        null, UUID.randomUUID(), Instant.parse("2026-11-10T06:00:00Z"));
  }

  static EventDraft draft(EventKind kind, String code, UUID... related) {
    return new EventDraft(kind, DAY, code, null, null, List.of(related), null, null);
  }

  /** What the history holds before the draft. */
  enum Past {
    NOTHING, WANTED_OPEN, SUBMISSION_OPEN_REVOKE, SUBMISSION_OPEN_EXTEND, SUBMISSION_DECIDED,
    VIOLATION;

    List<SupervisionEvent> events() {
      List<SupervisionEvent> events = new ArrayList<>();
      LocalDate before = DAY.minusDays(5);
      switch (this) {
        case WANTED_OPEN -> events.add(event(UUID.randomUUID(), EventKind.WANTED_DECLARED,
            before, null));
        case SUBMISSION_OPEN_REVOKE -> events.add(event(SUBMISSION, EventKind.COURT_SUBMISSION,
            before, "REVOKE_CONDITIONAL_SENTENCE"));
        case SUBMISSION_OPEN_EXTEND -> events.add(event(SUBMISSION, EventKind.COURT_SUBMISSION,
            before, "EXTEND_PROBATION"));
        case SUBMISSION_DECIDED -> {
          events.add(event(SUBMISSION, EventKind.COURT_SUBMISSION, before,
              "REVOKE_CONDITIONAL_SENTENCE"));
          events.add(event(UUID.randomUUID(), EventKind.COURT_DECISION, before, "REFUSED",
              SUBMISSION));
        }
        case VIOLATION -> events.add(event(SupervisionPolicyTest.VIOLATION, EventKind.VIOLATION, before,
            "FAILURE_TO_REPORT"));
        case NOTHING -> { }
      }
      return events;
    }
  }

  static Stream<Arguments> guards() {
    return Stream.of(
        // state, past, draft, the effect or the refusal's code
        Arguments.of(ACTIVE, Past.NOTHING, draft(EventKind.WANTED_DECLARED, null), "BECOMES_WANTED"),
        Arguments.of(WANTED, Past.WANTED_OPEN, draft(EventKind.WANTED_DECLARED, null), "supervision.already-wanted"),
        Arguments.of(SUSPENDED, Past.NOTHING, draft(EventKind.WANTED_DECLARED, null), "supervision.wanted-needs-active"),
        Arguments.of(PRE_RELEASE, Past.NOTHING, draft(EventKind.WANTED_DECLARED, null), "supervision.wanted-needs-active"),
        Arguments.of(WANTED, Past.WANTED_OPEN, draft(EventKind.WANTED_ENDED, "CAME_VOLUNTARILY"), "BECOMES_ACTIVE"),
        Arguments.of(ACTIVE, Past.NOTHING, draft(EventKind.WANTED_ENDED, "CAME_VOLUNTARILY"), "supervision.not-wanted"),
        Arguments.of(SUSPENDED, Past.NOTHING, draft(EventKind.WANTED_ENDED, "OTHER"), "supervision.not-wanted"),
        Arguments.of(ACTIVE, Past.SUBMISSION_OPEN_REVOKE, draft(EventKind.COURT_DECISION, "GRANTED", SUBMISSION), "CLOSES_REVOKED"),
        Arguments.of(WANTED, Past.SUBMISSION_OPEN_REVOKE, draft(EventKind.COURT_DECISION, "GRANTED", SUBMISSION), "CLOSES_REVOKED"),
        Arguments.of(ACTIVE, Past.SUBMISSION_OPEN_REVOKE, draft(EventKind.COURT_DECISION, "REFUSED", SUBMISSION), "NONE"),
        Arguments.of(ACTIVE, Past.SUBMISSION_OPEN_EXTEND, draft(EventKind.COURT_DECISION, "GRANTED", SUBMISSION), "NONE"),
        Arguments.of(ACTIVE, Past.SUBMISSION_DECIDED, draft(EventKind.COURT_DECISION, "GRANTED", SUBMISSION), "supervision.no-open-submission"),
        Arguments.of(ACTIVE, Past.NOTHING, draft(EventKind.COURT_DECISION, "GRANTED", SUBMISSION), "supervision.no-open-submission"),
        Arguments.of(CLOSED, Past.SUBMISSION_OPEN_EXTEND, draft(EventKind.COURT_DECISION, "GRANTED", SUBMISSION), "NONE"),
        Arguments.of(CLOSED, Past.SUBMISSION_OPEN_REVOKE, draft(EventKind.COURT_DECISION, "GRANTED", SUBMISSION), "NONE"),
        Arguments.of(ACTIVE, Past.SUBMISSION_OPEN_REVOKE, draft(EventKind.COURT_SUBMISSION, "REVOKE_CONDITIONAL_SENTENCE"), "supervision.submission-open"),
        Arguments.of(ACTIVE, Past.SUBMISSION_OPEN_REVOKE, draft(EventKind.COURT_SUBMISSION, "EXTEND_PROBATION"), "NONE"),
        Arguments.of(ACTIVE, Past.SUBMISSION_DECIDED, draft(EventKind.COURT_SUBMISSION, "REVOKE_CONDITIONAL_SENTENCE"), "NONE"),
        Arguments.of(CLOSED, Past.NOTHING, draft(EventKind.CHECK_IN, "ATTENDED"), "supervision.case-closed"),
        Arguments.of(CLOSED, Past.NOTHING, draft(EventKind.HELP_REQUEST, "HOUSING"), "supervision.case-closed"),
        Arguments.of(CLOSED, Past.WANTED_OPEN, draft(EventKind.WANTED_ENDED, "OTHER"), "supervision.case-closed"),
        Arguments.of(WANTED, Past.WANTED_OPEN, draft(EventKind.CHECK_IN, "MISSED"), "NONE"),
        Arguments.of(ACTIVE, Past.VIOLATION, draft(EventKind.WARNING, null, VIOLATION), "NONE"),
        Arguments.of(ACTIVE, Past.NOTHING, draft(EventKind.WARNING, null, VIOLATION), "supervision.violation-unknown"),
        Arguments.of(ACTIVE, Past.NOTHING, draft(EventKind.HOME_VISIT, "FOUND_AT_HOME"), "NONE"));
  }

  @ParameterizedTest(name = "{0} case, {1}: {2} -> {3}")
  @MethodSource("guards")
  void theStateAndHistoryDecide(CaseState state, Past past, EventDraft draft, String expected) {
    if (expected.equals(expected.toUpperCase())) {
      assertThat(SupervisionPolicy.check(state, past.events(), draft))
          .isEqualTo(Effect.valueOf(expected));
    } else {
      assertThatThrownBy(() -> SupervisionPolicy.check(state, past.events(), draft))
          .satisfies(e -> assertThat(e instanceof ConflictException c ? c.code()
              : ((InvalidInputException) e).problems().getFirst().code()).isEqualTo(expected));
    }
  }

  @Test
  void aDecisionCannotComeBeforeItsSubmissionNorTheSearchEndBeforeItBegan() {
    var early = new EventDraft(EventKind.COURT_DECISION, DAY.minusDays(6), "GRANTED",
        null, null, List.of(SUBMISSION), null, null);
    assertThatThrownBy(() -> SupervisionPolicy.check(ACTIVE,
        Past.SUBMISSION_OPEN_REVOKE.events(), early))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems().getFirst().code())
            .isEqualTo("supervision.day-before-submission"));
    var foundEarly = new EventDraft(EventKind.WANTED_ENDED, DAY.minusDays(6), "OTHER",
        null, null, List.of(), null, null);
    assertThatThrownBy(() -> SupervisionPolicy.check(WANTED, Past.WANTED_OPEN.events(),
        foundEarly)).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest(name = "{0} records {1}: {2}")
  @CsvSource({
      "PROBATION_OFFICER, VIOLATION, true",
      "PROBATION_HEAD, COURT_DECISION, true",
      "POLICE_INSPECTOR, HOME_VISIT, true",
      "POLICE_INSPECTOR, WANTED_ENDED, true",
      "POLICE_INSPECTOR, WANTED_DECLARED, false",
      "POLICE_INSPECTOR, HELP_REQUEST, false",
      "PROSECUTOR, HOME_VISIT, false",
      "ANALYST, CHECK_IN, false",
      "AGENCY_WORKER, HELP_REQUEST, false"})
  void whoMayRecordWhat(Role role, EventKind kind, boolean may) {
    if (may) {
      SupervisionPolicy.requireMayRecord(role, kind);
    } else {
      assertThatThrownBy(() -> SupervisionPolicy.requireMayRecord(role, kind))
          .isInstanceOf(ForbiddenException.class);
    }
  }

  @Test
  void thePoliceSeeNoRequestForHelpAndNoFreeText() {
    var help = event(UUID.randomUUID(), EventKind.HELP_REQUEST, DAY, "HEALTH");
    assertThat(SupervisionPolicy.shownTo(Role.POLICE_INSPECTOR, help)).isEmpty();
    assertThat(SupervisionPolicy.shownTo(Role.PROSECUTOR, help)).contains(help);
    var excused = new SupervisionEvent(UUID.randomUUID(), CASE, EventKind.CHECK_IN, DAY,
        "EXCUSED", "в больнице", null, List.of(), null, "note", null, Instant.EPOCH);
    assertThat(SupervisionPolicy.shownTo(Role.POLICE_INSPECTOR, excused)).hasValueSatisfying(
        e -> {
          assertThat(e.excuseReason()).isNull();
          assertThat(e.note()).isNull();
          assertThat(e.code()).isEqualTo("EXCUSED");
        });
  }

  @Test
  void theHistoryKnowsWhetherThePersonIsWantedAndTheLastContact() {
    var history = new SupervisionPolicy.History(List.of(
        event(UUID.randomUUID(), EventKind.CHECK_IN, DAY.minusDays(9), "ATTENDED"),
        event(UUID.randomUUID(), EventKind.HOME_VISIT, DAY.minusDays(7), "NOT_AT_HOME"),
        event(UUID.randomUUID(), EventKind.WANTED_DECLARED, DAY.minusDays(5), null),
        event(UUID.randomUUID(), EventKind.WANTED_ENDED, DAY.minusDays(2), "OTHER"),
        event(UUID.randomUUID(), EventKind.WANTED_DECLARED, DAY, null)));
    assertThat(history.wantedSince()).contains(DAY);
    assertThat(history.lastContact()).contains(DAY.minusDays(9));
  }

  @Test
  void anInputIsCheckedFieldByFieldForItsKind() {
    var input = new EventInput("CHECK_IN", DAY.plusDays(1), "EXCUSED", " ", null, null, null,
        null, null, null, null, null, null, null);
    assertThatThrownBy(() -> input.draft(DAY.minusDays(30), DAY))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems())
            .extracting(p -> p.field()).containsExactly("day", "excuseReason"));
    var closedByHand = new EventInput("WANTED_ENDED", DAY, null, null, null, null,
        "CASE_CLOSED", null, null, null, null, null, null, null);
    assertThatThrownBy(() -> closedByHand.draft(DAY.minusDays(30), DAY))
        .isInstanceOf(InvalidInputException.class);
    var beforeRegistration = new EventInput("HOME_VISIT", DAY.minusDays(31), "found_at_home",
        null, null, null, null, null, null, null, null, null, null, null);
    assertThatThrownBy(() -> beforeRegistration.draft(DAY.minusDays(30), DAY))
        .isInstanceOf(InvalidInputException.class);
    assertThat(new EventInput("HOME_VISIT", DAY, "found_at_home", null, null, null, null, null,
        null, null, null, null, null, " синтетическая ").draft(DAY.minusDays(30), DAY))
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo("FOUND_AT_HOME");
          assertThat(d.note()).isEqualTo("синтетическая");
        });
  }
}
