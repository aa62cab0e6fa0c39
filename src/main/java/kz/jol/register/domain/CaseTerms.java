package kz.jol.register.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import kz.jol.register.ProbationKind;

/**
 * The editable legal terms of a probation case.
 *
 * @param legalBasis the legal ground of the probation
 * @param courtName the court (or body) whose decision put the person on the register
 * @param decisionDate the date of that decision
 * @param plannedEndDate when the probation is due to end
 * @param releaseDate the (expected) release from prison, for cases around a prison term
 */
public record CaseTerms(
    LegalBasis legalBasis, String courtName, LocalDate decisionDate, LocalDate plannedEndDate,
    LocalDate releaseDate) {

  static final int MAX_COURT = 300;

  public CaseTerms {
    courtName = Text.clean(courtName);
  }

  /** Checks the terms against the case's kind and registration date, as of {@code today}. */
  void check(ProbationKind kind, LocalDate registrationDate, LocalDate today, Problems problems) {
    if (!problems.missing("legalBasis", legalBasis) && kind != null && !legalBasis.fits(kind)) {
      problems.add("legalBasis", "case.legal-basis-kind",
          legalBasis + " is not a basis for a " + kind + " case", legalBasis, kind);
    }
    Text.checkLength("courtName", courtName, MAX_COURT, problems);
    if (decisionDate != null) {
      if (decisionDate.isAfter(today)) {
        problems.add("decisionDate", "case.date-future", "this date is in the future");
      } else if (registrationDate != null && decisionDate.isAfter(registrationDate)) {
        problems.add("decisionDate", "case.decision-after-registration",
            "the decision comes after the registration on " + registrationDate, registrationDate);
      }
    }
    if (plannedEndDate != null && registrationDate != null
        && !plannedEndDate.isAfter(registrationDate)) {
      problems.add("plannedEndDate", "case.end-before-registration",
          "the planned end must come after the registration on " + registrationDate,
          registrationDate);
    }
    // A case around a prison term needs the release date: preparation counts down to it,
    // help after release counts from it.
    if (kind == ProbationKind.PENITENTIARY) {
      problems.missing("releaseDate", releaseDate);
    } else if (kind == ProbationKind.POST_PENITENTIARY
        && !problems.missing("releaseDate", releaseDate)
        && registrationDate != null && releaseDate.isAfter(registrationDate)) {
      problems.add("releaseDate", "case.release-after-registration",
          "help after release starts after the release; the registration is on "
              + registrationDate, registrationDate);
    }
  }

  /** The names of the fields that differ from {@code other}. */
  Set<String> changedFrom(CaseTerms other) {
    Set<String> changed = new LinkedHashSet<>();
    if (legalBasis != other.legalBasis) {
      changed.add("legalBasis");
    }
    if (!Objects.equals(courtName, other.courtName)) {
      changed.add("courtName");
    }
    if (!Objects.equals(decisionDate, other.decisionDate)) {
      changed.add("decisionDate");
    }
    if (!Objects.equals(plannedEndDate, other.plannedEndDate)) {
      changed.add("plannedEndDate");
    }
    if (!Objects.equals(releaseDate, other.releaseDate)) {
      changed.add("releaseDate");
    }
    return changed;
  }
}
