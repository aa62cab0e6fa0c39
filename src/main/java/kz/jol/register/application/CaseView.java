package kz.jol.register.application;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.ProbationKind;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.ProbationCase;
import kz.jol.register.domain.RegisterAccess.View;

/** A case's card, in the view the reader's role gets. */
@Schema(oneOf = {CaseView.Full.class, CaseView.Reduced.class})
public sealed interface CaseView {

  UUID id();

  /** Which view this is: FULL or REDUCED. */
  View view();

  /** The day of registration: day 0 of the person's route. */
  LocalDate registrationDate();

  /** The case's state. */
  CaseState state();

  /** Who a case is about, as a case card shows it. */
  record PersonRef(UUID id, String iin, String lastName, String firstName, String middleName) {}

  /** The responsible officer. */
  record OfficerRef(UUID id, String fullName) {}

  static CaseView of(ProbationCase c, PersonRef person, OfficerRef officer, View view) {
    UUID id = c.id().value();
    return switch (view) {
      case FULL -> new Full(id, View.FULL, c.number(), person, c.kind(),
          c.terms().legalBasis(), c.terms().courtName(), c.terms().decisionDate(),
          c.registrationDate(), c.terms().plannedEndDate(), c.terms().releaseDate(),
          c.territoryCode(), officer, c.state(), c.stateSince(), c.outcome(), c.version());
      case REDUCED -> new Reduced(id, View.REDUCED, c.number(), person, c.kind(),
          c.registrationDate(), c.terms().plannedEndDate(), c.terms().releaseDate(),
          c.territoryCode(), officer, c.state(), c.stateSince());
    };
  }

  /** The whole case. */
  @Schema(name = "CaseFull")
  record Full(
      UUID id, View view, String caseNumber, PersonRef person, ProbationKind kind,
      LegalBasis legalBasis, String courtName, LocalDate decisionDate,
      LocalDate registrationDate, LocalDate plannedEndDate, LocalDate releaseDate,
      String territoryCode, OfficerRef officer, CaseState state, LocalDate stateSince,
      CaseOutcome outcome, long version) implements CaseView {}

  /** Kind, state, dates and officer: what a police inspector needs; no legal or court details. */
  @Schema(name = "CaseReduced")
  record Reduced(
      UUID id, View view, String caseNumber, PersonRef person, ProbationKind kind,
      LocalDate registrationDate, LocalDate plannedEndDate, LocalDate releaseDate,
      String territoryCode, OfficerRef officer, CaseState state, LocalDate stateSince)
      implements CaseView {}
}
