package kz.jol.register.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.ProbationKind;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.application.CaseService;

/** The bodies clients send about cases. */
final class CaseRequests {

  private CaseRequests() {}

  /** A case to register. */
  @Schema(name = "NewCaseRequest")
  record NewCase(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID personId,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProbationKind kind,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LegalBasis legalBasis,
      @Schema(maxLength = 300) String courtName,
      LocalDate decisionDate,
      @Schema(description = "Постановка на учёт: day 0 of the route",
          requiredMode = Schema.RequiredMode.REQUIRED) LocalDate registrationDate,
      LocalDate plannedEndDate,
      @Schema(description = "Required for PENITENTIARY and POST_PENITENTIARY cases")
      LocalDate releaseDate,
      @Schema(description = "KATO code of the case's district",
          requiredMode = Schema.RequiredMode.REQUIRED) String territoryCode,
      @Schema(description = "A probation officer covering the territory; an officer who leaves "
          + "it out takes the case") UUID officerId) {

    CaseService.NewCase toInput() {
      return new CaseService.NewCase(personId, kind, registrationDate,
          new CaseTerms(legalBasis, courtName, decisionDate, plannedEndDate, releaseDate),
          territoryCode, officerId);
    }
  }

  /** The editable fields of a case: kind and registration date are fixed. */
  @Schema(name = "CaseUpdateRequest")
  record Update(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LegalBasis legalBasis,
      @Schema(maxLength = 300) String courtName,
      LocalDate decisionDate,
      LocalDate plannedEndDate,
      LocalDate releaseDate,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String territoryCode,
      @Schema(description = "Only a probation head may change it",
          requiredMode = Schema.RequiredMode.REQUIRED) UUID officerId) {

    CaseService.CaseChange toChange() {
      return new CaseService.CaseChange(version,
          new CaseTerms(legalBasis, courtName, decisionDate, plannedEndDate, releaseDate),
          territoryCode, officerId);
    }
  }

  /** A move to another state. */
  @Schema(name = "CaseTransitionRequest")
  record Transition(
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CaseState target,
      @Schema(description = "When the change took effect",
          requiredMode = Schema.RequiredMode.REQUIRED) LocalDate on,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000) String reason,
      @Schema(description = "Required when the target is CLOSED, and only then")
      CaseOutcome outcome) {

    CaseService.Transition toTransition() {
      return new CaseService.Transition(version, target, on, reason, outcome);
    }
  }
}
