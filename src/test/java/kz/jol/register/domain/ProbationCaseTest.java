package kz.jol.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import kz.jol.register.CaseId;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseRegistered;
import kz.jol.register.CaseState;
import kz.jol.register.PersonId;
import kz.jol.register.ProbationKind;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbationCaseTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final LocalDate REGISTERED = LocalDate.of(2026, 3, 2);

  @ParameterizedTest(name = "a {0} case starts {2}")
  @CsvSource({
      "PRE_TRIAL, PRE_TRIAL_MEASURE, ACTIVE",
      "SENTENCE, CONDITIONAL_SENTENCE, ACTIVE",
      "PENITENTIARY, RELEASE_AFTER_SERVING, PRE_RELEASE",
      "POST_PENITENTIARY, RELEASE_AFTER_SERVING, ACTIVE",
  })
  void startsInTheStateOfItsKindAndRecordsItsRegistration(ProbationKind kind, LegalBasis basis,
      CaseState initial) {
    LocalDate release = kind == ProbationKind.PENITENTIARY ? REGISTERED.plusMonths(6)
        : kind == ProbationKind.POST_PENITENTIARY ? REGISTERED.minusDays(3) : null;
    var id = new CaseId(UUID.randomUUID());
    var person = new PersonId(UUID.randomUUID());

    ProbationCase c = ProbationCase.register(id, "35-2026-000007", person, kind, REGISTERED,
        new CaseTerms(basis, null, null, null, release), "351010000", UUID.randomUUID(), TODAY);

    assertThat(c.state()).isEqualTo(initial);
    assertThat(c.stateSince()).isEqualTo(REGISTERED);
    assertThat(c.outcome()).isNull();
    assertThat(c.events()).containsExactly(
        new CaseRegistered(id, person, kind, REGISTERED, "351010000"));
  }

  @Test
  void listsEveryProblemOfANewCase() {
    assertThatThrownBy(() -> ProbationCase.register(new CaseId(UUID.randomUUID()), "35-2026-1",
        new PersonId(UUID.randomUUID()), ProbationKind.PENITENTIARY, TODAY.plusDays(1),
        new CaseTerms(LegalBasis.CONDITIONAL_SENTENCE, null, TODAY.plusDays(2), TODAY, null),
        "000000000", UUID.randomUUID(), TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field, FieldProblem::code)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("registrationDate", "case.date-future"),
                org.assertj.core.groups.Tuple.tuple("legalBasis", "case.legal-basis-kind"),
                org.assertj.core.groups.Tuple.tuple("decisionDate", "case.date-future"),
                org.assertj.core.groups.Tuple.tuple("plannedEndDate",
                    "case.end-before-registration"),
                org.assertj.core.groups.Tuple.tuple("releaseDate", "field.required"),
                org.assertj.core.groups.Tuple.tuple("territoryCode",
                    "case.territory-too-broad")));
  }

  @Test
  void refusesHelpAfterReleaseRegisteredBeforeTheRelease() {
    assertThatThrownBy(() -> ProbationCase.checkNew(ProbationKind.POST_PENITENTIARY, REGISTERED,
        new CaseTerms(LegalBasis.RELEASE_AFTER_SERVING, null, null, null,
            REGISTERED.plusDays(1)), "351010000", TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
            e.problems().getFirst().code()).isEqualTo("case.release-after-registration"));
  }

  @Test
  void closingNeedsAnOutcomeAndOnlyClosingHasOne() {
    ProbationCase active = CaseTransitionsTest.caseIn(CaseState.ACTIVE);

    assertThatThrownBy(() -> active.transition(CaseState.CLOSED, TODAY, "end", null, TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().getFirst().code()).isEqualTo("case.outcome-required"));
    assertThatThrownBy(() -> active.transition(CaseState.WANTED, TODAY, "gone",
        CaseOutcome.DEATH, TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().getFirst().code()).isEqualTo("case.outcome-not-allowed"));
    assertThat(active.state()).isEqualTo(CaseState.ACTIVE);
  }

  @Test
  void aMoveTakesEffectNeitherInTheFutureNorBeforeTheCurrentState() {
    ProbationCase active = CaseTransitionsTest.caseIn(CaseState.ACTIVE);

    assertThatThrownBy(() -> active.transition(CaseState.WANTED, TODAY.plusDays(1), "gone",
        null, TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().getFirst().code()).isEqualTo("case.date-future"));
    assertThatThrownBy(() -> active.transition(CaseState.WANTED,
        CaseTransitionsTest.SINCE.minusDays(1), "gone", null, TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
            e.problems().getFirst().code()).isEqualTo("case.transition-before-state"));
    assertThatThrownBy(() -> active.transition(CaseState.WANTED, TODAY, " ", null, TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
            e.problems().getFirst().field()).isEqualTo("reason"));
  }

  @Test
  void checksTheInputBeforeTheStateTable() {
    ProbationCase closed = CaseTransitionsTest.caseIn(CaseState.CLOSED);

    assertThatThrownBy(() -> closed.transition(CaseState.ACTIVE, null, "reopen", null, TODAY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> closed.transition(CaseState.ACTIVE, TODAY, "reopen", null, TODAY))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.getMessage()).isEqualTo("a CLOSED case cannot become ACTIVE"));
  }

  @Test
  void revisesTheTermsOfAnOpenCaseAndNamesWhatChanged() {
    ProbationCase active = CaseTransitionsTest.caseIn(CaseState.ACTIVE);
    UUID newOfficer = UUID.randomUUID();

    var changed = active.revise(new CaseTerms(LegalBasis.RESTRICTION_OF_FREEDOM, "Test court",
        active.terms().decisionDate(), LocalDate.of(2029, 1, 10), null), "351010000",
        newOfficer, TODAY);

    assertThat(changed).containsExactly("legalBasis", "plannedEndDate", "officerId");
    assertThat(active.officerId()).isEqualTo(newOfficer);
    assertThat(active.terms().legalBasis()).isEqualTo(LegalBasis.RESTRICTION_OF_FREEDOM);
  }

  @Test
  void aClosedCaseCannotBeChanged() {
    ProbationCase closed = CaseTransitionsTest.caseIn(CaseState.CLOSED);

    assertThatThrownBy(() -> closed.revise(closed.terms(), "351010000", closed.officerId(),
        TODAY))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("case.closed"));
  }

  @ParameterizedTest(name = "{0} fits {1}: {2}")
  @CsvSource({
      "CONDITIONAL_SENTENCE, SENTENCE, true",
      "CONDITIONAL_SENTENCE, PRE_TRIAL, false",
      "RESTRICTION_OF_FREEDOM, SENTENCE, true",
      "RESTRICTION_OF_FREEDOM, POST_PENITENTIARY, false",
      "DEFERRED_SENTENCE, SENTENCE, true",
      "DEFERRED_SENTENCE, PENITENTIARY, false",
      "PAROLE, SENTENCE, true",
      "PAROLE, PENITENTIARY, true",
      "PAROLE, POST_PENITENTIARY, true",
      "PAROLE, PRE_TRIAL, false",
      "RELEASE_AFTER_SERVING, PENITENTIARY, true",
      "RELEASE_AFTER_SERVING, POST_PENITENTIARY, true",
      "RELEASE_AFTER_SERVING, SENTENCE, false",
      "PRE_TRIAL_MEASURE, PRE_TRIAL, true",
      "PRE_TRIAL_MEASURE, SENTENCE, false",
      "OTHER, PRE_TRIAL, true",
      "OTHER, SENTENCE, true",
      "OTHER, PENITENTIARY, true",
      "OTHER, POST_PENITENTIARY, true",
  })
  void aLegalBasisFitsOnlyItsKindsOfProbation(LegalBasis basis, ProbationKind kind,
      boolean fits) {
    assertThat(basis.fits(kind)).isEqualTo(fits);
  }
}
