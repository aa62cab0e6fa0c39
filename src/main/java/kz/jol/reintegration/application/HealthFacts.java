package kz.jol.reintegration.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import kz.jol.reintegration.domain.AssessmentHistory;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.DomainFacts;
import org.springframework.stereotype.Service;

/**
 * The health facts of a case's current HEALTH assessment, for a clinic that receives a
 * referral: the only partner that may see health data. System read with no actor; the caller
 * decides the reader may see it and audits the read.
 */
@Service
public class HealthFacts {

  private final AssessmentRepository assessments;
  private final Clock clock;

  HealthFacts(AssessmentRepository assessments, Clock clock) {
    this.assessments = assessments;
    this.clock = clock;
  }

  public Optional<DomainFacts.Health> current(UUID caseId) {
    return AssessmentHistory.of(assessments.history(caseId))
        .current(Domain.HEALTH, LocalDate.now(clock))
        .map(a -> (DomainFacts.Health) a.facts());
  }
}
