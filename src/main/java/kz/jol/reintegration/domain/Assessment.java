package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * One assessment of one domain: who scored it, on which day, with what evidence and facts. A 2
 * needs evidence text: the seed's "closed" means "result confirmed".
 *
 * @param score the domain's score
 * @param evidence what confirms the score; required for a 2, optional otherwise (may be null)
 * @param assessedBy the id of the assessor as the service knows them
 * @param assessedOn the day the assessment holds from
 * @param facts the domain's facts; they also name the domain
 */
public record Assessment(
    Score score, String evidence, String assessedBy, LocalDate assessedOn, DomainFacts facts) {

  public Assessment {
    List<FieldProblem> problems = new ArrayList<>();
    if (score == null) {
      problems.add(required("score"));
    } else if (score.isClosed() && (evidence == null || evidence.isBlank())) {
      problems.add(new FieldProblem("evidence", "evidence.required",
          "a score of 2 needs the evidence that confirms the result"));
    }
    if (assessedBy == null || assessedBy.isBlank()) {
      problems.add(required("assessedBy"));
    }
    if (assessedOn == null) {
      problems.add(required("assessedOn"));
    }
    if (facts == null) {
      problems.add(required("facts"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  public Domain domain() {
    return facts.domain();
  }

  private static FieldProblem required(String field) {
    return new FieldProblem(field, "field.required", "is required");
  }
}
