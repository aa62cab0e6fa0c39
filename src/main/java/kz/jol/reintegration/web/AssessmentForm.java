package kz.jol.reintegration.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.reintegration.application.AssessmentInput;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.HealthNeed;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * The assessment form of one domain on the case card, as posted: the score, the evidence, the
 * day it holds from and the domain's facts (checkboxes that send {@code true}, and the health
 * need), each named as {@link AssessmentInput} names it.
 */
public record AssessmentForm(String domain, String score, String evidence, String assessedOn,
    Map<String, String> values) {

  /** The facts each domain's form asks, named as {@link AssessmentInput}'s components. */
  static final Map<Domain, List<String>> FACTS = new EnumMap<>(Map.of(
      Domain.LEGAL, List.of("hasIdentityDocument", "hasRegistration"),
      Domain.HOUSING, List.of("homeless", "livesWithAggressor", "threatOfViolence"),
      Domain.ECONOMIC, List.of("hasLegalIncome", "hasEmploymentTrack", "riskOfExploitation"),
      Domain.HEALTH, List.of("helpReceived", "attachedToClinic", "screeningDone"),
      Domain.INSTITUTIONAL, List.of("realReferralExists", "supervisionOnly")));

  /** The fields a problem may name beside them; the rest goes above the form. */
  static final Set<String> FIELDS = Set.of("score", "evidence", "assessedOn", "healthNeed");

  static AssessmentForm blank(Domain domain, LocalDate today) {
    return new AssessmentForm(domain.name(), null, null, today.toString(), Map.of());
  }

  static AssessmentForm posted(Map<String, String> params) {
    return new AssessmentForm(params.get("domain"), params.get("score"),
        params.get("evidence"), params.get("assessedOn"), Map.copyOf(params));
  }

  /** The facts this form asks; none when the domain is unknown. */
  public List<String> facts() {
    Domain d = domainOrNull();
    return d == null ? List.of() : FACTS.get(d);
  }

  public boolean checked(String fact) {
    return "true".equals(values.get(fact));
  }

  public String value(String name) {
    return values.get(name);
  }

  public boolean isHealth() {
    return domainOrNull() == Domain.HEALTH;
  }

  public Domain domainOrNull() {
    try {
      return domain == null ? null : Domain.valueOf(domain.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The input for the service, or every problem of the form's own parsing at once (a score
   * that is no number, a date that is no date); the service then checks the rest.
   */
  AssessmentInput toInput() {
    List<FieldProblem> problems = new ArrayList<>();
    Domain d = domainOrNull();
    if (d == null) {
      problems.add(new FieldProblem("domain", "field.required", "is required"));
    }
    Integer points = null;
    if (score != null && !score.isBlank()) {
      try {
        points = Integer.valueOf(score.strip());
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem("score", "score.range", "must be 0, 1 or 2"));
      }
    }
    LocalDate on = null;
    if (assessedOn != null && !assessedOn.isBlank()) {
      try {
        on = LocalDate.parse(assessedOn.strip());
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem("assessedOn", "field.invalid", "not a date"));
      }
    }
    HealthNeed need = null;
    String needValue = values.get("healthNeed");
    if (needValue != null && !needValue.isBlank()) {
      try {
        need = HealthNeed.valueOf(needValue.strip());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("healthNeed", "field.invalid", "not a choice"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String text = evidence == null || evidence.isBlank() ? null : evidence.strip();
    return new AssessmentInput(d, points, text, on,
        fact("hasIdentityDocument"), fact("hasRegistration"),
        fact("homeless"), fact("livesWithAggressor"), fact("threatOfViolence"),
        fact("hasLegalIncome"), fact("hasEmploymentTrack"), fact("riskOfExploitation"),
        need, fact("helpReceived"), fact("attachedToClinic"), fact("screeningDone"),
        fact("realReferralExists"), fact("supervisionOnly"));
  }

  private Boolean fact(String name) {
    return checked(name);
  }
}
