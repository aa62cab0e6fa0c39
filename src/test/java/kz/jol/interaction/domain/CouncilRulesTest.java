package kz.jol.interaction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kz.jol.organisation.OrganisationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision rules without Spring: states, standing as of a day, the tally, files. */
class CouncilRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "NOT_STARTED, IN_PROGRESS, true",
      "NOT_STARTED, DONE, true",
      "NOT_STARTED, NOT_DONE, true",
      "NOT_STARTED, CANCELLED, true",
      "NOT_STARTED, NOT_STARTED, false",
      "IN_PROGRESS, DONE, true",
      "IN_PROGRESS, NOT_STARTED, false",
      "IN_PROGRESS, IN_PROGRESS, false",
      "DONE, IN_PROGRESS, false",
      "DONE, NOT_DONE, false",
      "NOT_DONE, DONE, false",
      "CANCELLED, DONE, false"})
  void aDecisionMovesOnlyForwardAndItsEndsAreFinal(DecisionState from, DecisionState to,
      boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
  }

  @Test
  void notDoneAndCancelledNeedAReasonAndOnlyTheBodyCancels() {
    assertThat(DecisionState.NOT_DONE.needsReason()).isTrue();
    assertThat(DecisionState.CANCELLED.needsReason()).isTrue();
    assertThat(DecisionState.DONE.needsReason()).isFalse();
    assertThat(DecisionState.CANCELLED.reportableByResponsible()).isFalse();
    assertThat(DecisionState.DONE.reportableByResponsible()).isTrue();
  }

  @ParameterizedTest(name = "{0} due {1} closed {2}: {3}")
  @CsvSource({
      "NOT_STARTED, 2026-06-14, , OVERDUE",
      "IN_PROGRESS, 2026-06-14, , OVERDUE",
      "IN_PROGRESS, 2026-06-15, , DUE_SOON",
      "NOT_STARTED, 2026-06-22, , DUE_SOON",
      "NOT_STARTED, 2026-06-23, , OPEN",
      "DONE, 2026-06-10, 2026-06-10, DONE_ON_TIME",
      "DONE, 2026-06-10, 2026-06-11, DONE_LATE",
      "NOT_DONE, 2026-06-10, 2026-06-01, NOT_DONE",
      "CANCELLED, 2026-06-10, 2026-06-01, CANCELLED"})
  void standingAsOfADay(DecisionState state, LocalDate due, LocalDate closed,
      DecisionStanding expected) {
    assertThat(DecisionStanding.of(state, due, closed, TODAY)).isEqualTo(expected);
  }

  @Test
  void theTallyCountsByHand() {
    var d = List.of(
        new CouncilTally.Decision(DecisionState.DONE, day(3, 31), day(3, 20)),      // on time
        new CouncilTally.Decision(DecisionState.DONE, day(3, 31), day(3, 31)),      // on time
        new CouncilTally.Decision(DecisionState.DONE, day(4, 30), day(5, 10)),      // late
        new CouncilTally.Decision(DecisionState.NOT_DONE, day(5, 31), day(6, 1)),   // not done
        new CouncilTally.Decision(DecisionState.IN_PROGRESS, day(6, 1), null),      // overdue
        new CouncilTally.Decision(DecisionState.NOT_STARTED, day(6, 30), null),     // not yet
        new CouncilTally.Decision(DecisionState.DONE, day(6, 30), day(6, 2)),       // early
        new CouncilTally.Decision(DecisionState.CANCELLED, day(4, 1), day(3, 1)));  // out
    var c = CouncilTally.of(d, TODAY);
    assertThat(c.due()).isEqualTo(7);
    assertThat(c.doneOnTime()).isEqualTo(3);
    assertThat(c.doneLate()).isEqualTo(1);
    assertThat(c.notDone()).isEqualTo(1);
    assertThat(c.overdueOpen()).isEqualTo(1);
    assertThat(c.notYetDue()).isEqualTo(1);
    assertThat(c.cancelled()).isEqualTo(1);
    assertThat(c.carriedOut()).isEqualTo(4);
    assertThat(c.judged()).isEqualTo(6);
  }

  @Test
  void onlyAPdfOrADocxIsTakenAndByItsBytes() {
    byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    byte[] zip = {'P', 'K', 3, 4, 20, 0};
    assertThat(CouncilDocument.contentType("Хаттама.pdf", pdf)).isEqualTo(CouncilDocument.PDF);
    assertThat(CouncilDocument.contentType("protocol.DOCX", zip)).isEqualTo(CouncilDocument.DOCX);
    assertThat(CouncilDocument.contentType("protocol.pdf", zip)).isNull();
    assertThat(CouncilDocument.contentType("picture.jpg", pdf)).isNull();
    assertThat(CouncilDocument.contentType("protocol.doc", zip)).isNull();
    assertThat(CouncilDocument.baseName("C:\\Users\\me\\protocol.pdf")).isEqualTo("protocol.pdf");
  }

  @Test
  void ksoAndMvkAreConvenedByTheAkimat() {
    assertThat(AdvisoryBodyKind.KSO.convenableBy(OrganisationType.AKIMAT_DEPARTMENT)).isTrue();
    assertThat(AdvisoryBodyKind.MVK.convenableBy(OrganisationType.NGO)).isFalse();
    assertThat(AdvisoryBodyKind.PUBLIC_COUNCIL.convenableBy(OrganisationType.POLICE_UNIT))
        .isTrue();
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }
}
