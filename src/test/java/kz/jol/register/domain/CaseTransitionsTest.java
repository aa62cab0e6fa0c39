package kz.jol.register.domain;

import static kz.jol.register.CaseState.ACTIVE;
import static kz.jol.register.CaseState.CLOSED;
import static kz.jol.register.CaseState.PRE_RELEASE;
import static kz.jol.register.CaseState.SUSPENDED;
import static kz.jol.register.CaseState.WANTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import kz.jol.register.CaseId;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.CaseStateChanged;
import kz.jol.register.PersonId;
import kz.jol.register.ProbationKind;
import kz.jol.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The state table of a probation case, every pair of states stated line by line. */
class CaseTransitionsTest {

  record Row(CaseState from, CaseState to, boolean allowed) {}

  static final List<Row> TABLE = List.of(
      new Row(PRE_RELEASE, PRE_RELEASE, false),
      new Row(PRE_RELEASE, ACTIVE, true),
      new Row(PRE_RELEASE, WANTED, false),
      new Row(PRE_RELEASE, SUSPENDED, false),
      new Row(PRE_RELEASE, CLOSED, true),

      new Row(ACTIVE, PRE_RELEASE, false),
      new Row(ACTIVE, ACTIVE, false),
      new Row(ACTIVE, WANTED, true),
      new Row(ACTIVE, SUSPENDED, true),
      new Row(ACTIVE, CLOSED, true),

      new Row(WANTED, PRE_RELEASE, false),
      new Row(WANTED, ACTIVE, true),
      new Row(WANTED, WANTED, false),
      new Row(WANTED, SUSPENDED, false),
      new Row(WANTED, CLOSED, true),

      new Row(SUSPENDED, PRE_RELEASE, false),
      new Row(SUSPENDED, ACTIVE, true),
      new Row(SUSPENDED, WANTED, false),
      new Row(SUSPENDED, SUSPENDED, false),
      new Row(SUSPENDED, CLOSED, true),

      new Row(CLOSED, PRE_RELEASE, false),
      new Row(CLOSED, ACTIVE, false),
      new Row(CLOSED, WANTED, false),
      new Row(CLOSED, SUSPENDED, false),
      new Row(CLOSED, CLOSED, false));

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final LocalDate SINCE = LocalDate.of(2026, 5, 1);
  static final LocalDate ON = LocalDate.of(2026, 5, 15);

  static Stream<Arguments> table() {
    return TABLE.stream().map(row -> Arguments.of(row.from(), row.to(), row.allowed()));
  }

  @Test
  void theTableNamesEveryPairOfStatesOnce() {
    int states = CaseState.values().length;
    assertThat(TABLE).hasSize(states * states);
    assertThat(TABLE.stream().map(r -> r.from() + ">" + r.to()).distinct())
        .hasSize(states * states);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("table")
  void thePolicyFollowsTheTable(CaseState from, CaseState to, boolean allowed) {
    assertThat(CaseTransitions.allows(from, to)).isEqualTo(allowed);
    assertThat(CaseTransitions.refusal(from, to).isEmpty()).isEqualTo(allowed);
    assertThat(CaseTransitions.next(from).contains(to)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("table")
  void theCaseMovesOnlyAsTheTableAllows(CaseState from, CaseState to, boolean allowed) {
    ProbationCase c = caseIn(from);
    CaseOutcome outcome = to == CLOSED ? CaseOutcome.COMPLETED : null;

    if (allowed) {
      CaseStateChanged changed = c.transition(to, ON, "order No. 1", outcome, TODAY);

      assertThat(changed).isEqualTo(new CaseStateChanged(c.id(), from, to, ON));
      assertThat(c.state()).isEqualTo(to);
      assertThat(c.stateSince()).isEqualTo(ON);
      assertThat(c.outcome()).isEqualTo(outcome);
      assertThat(c.events()).containsExactly(changed);
    } else {
      assertThatThrownBy(() -> c.transition(to, ON, "order No. 1", outcome, TODAY))
          .isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.code()).isEqualTo("case.transition-not-allowed");
            assertThat(e.getMessage()).isEqualTo(from == to
                ? "the case is already " + from
                : "a " + from + " case cannot become " + to);
          });
      assertThat(c.state()).isEqualTo(from);
      assertThat(c.stateSince()).isEqualTo(SINCE);
      assertThat(c.events()).isEmpty();
    }
  }

  @Test
  void explainsTheRefusalInWords() {
    assertThat(CaseTransitions.refusal(CLOSED, ACTIVE))
        .contains("a CLOSED case cannot become ACTIVE");
  }

  static ProbationCase caseIn(CaseState state) {
    return ProbationCase.restore(new CaseId(UUID.randomUUID()), "35-2026-000001",
        new PersonId(UUID.randomUUID()), ProbationKind.SENTENCE, LocalDate.of(2026, 1, 10),
        new CaseTerms(LegalBasis.CONDITIONAL_SENTENCE, "Test court", LocalDate.of(2026, 1, 5),
            LocalDate.of(2028, 1, 10), null),
        "351010000", UUID.randomUUID(), state,
        state == CLOSED ? CaseOutcome.COMPLETED : null, SINCE, 3);
  }
}
