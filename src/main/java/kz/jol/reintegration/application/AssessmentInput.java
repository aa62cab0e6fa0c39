package kz.jol.reintegration.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.jol.reintegration.domain.Assessment;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.DomainFacts;
import kz.jol.reintegration.domain.HealthNeed;
import kz.jol.reintegration.domain.Score;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * An assessment as a client sends it: the domain, the score, the evidence, the day it holds
 * from (today when left out), and the facts of that domain; facts of other domains are ignored.
 */
public record AssessmentInput(
    Domain domain, Integer score, String evidence, LocalDate assessedOn,
    Boolean hasIdentityDocument, Boolean hasRegistration,
    Boolean homeless, Boolean livesWithAggressor, Boolean threatOfViolence,
    Boolean hasLegalIncome, Boolean hasEmploymentTrack, Boolean riskOfExploitation,
    HealthNeed healthNeed, Boolean helpReceived, Boolean attachedToClinic, Boolean screeningDone,
    Boolean realReferralExists, Boolean supervisionOnly) {

  Assessment toAssessment(String assessor, LocalDate registeredOn, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (domain == null) {
      problems.add(new FieldProblem("domain", "field.required", "is required"));
    }
    if (score == null) {
      problems.add(new FieldProblem("score", "field.required", "is required"));
    }
    LocalDate on = assessedOn == null ? today : assessedOn;
    if (on.isAfter(today)) {
      problems.add(new FieldProblem("assessedOn", "assessment.date-future",
          "an assessment cannot hold from a future day"));
    } else if (on.isBefore(registeredOn)) {
      problems.add(new FieldProblem("assessedOn", "assessment.before-registration",
          "the case was registered on " + registeredOn, registeredOn));
    }
    if (domain == Domain.HEALTH && healthNeed == null) {
      problems.add(new FieldProblem("healthNeed", "field.required", "is required for HEALTH"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Assessment(Score.of(score), evidence, assessor, on, facts());
  }

  private DomainFacts facts() {
    return switch (domain) {
      case LEGAL -> new DomainFacts.Legal(yes(hasIdentityDocument), yes(hasRegistration));
      case HOUSING -> new DomainFacts.Housing(yes(homeless), yes(livesWithAggressor),
          yes(threatOfViolence));
      case ECONOMIC -> new DomainFacts.Economic(yes(hasLegalIncome), yes(hasEmploymentTrack),
          yes(riskOfExploitation));
      case HEALTH -> new DomainFacts.Health(healthNeed, yes(helpReceived), yes(attachedToClinic),
          yes(screeningDone));
      case INSTITUTIONAL -> new DomainFacts.Institutional(yes(realReferralExists),
          yes(supervisionOnly));
    };
  }

  private static boolean yes(Boolean fact) {
    return Boolean.TRUE.equals(fact);
  }
}
