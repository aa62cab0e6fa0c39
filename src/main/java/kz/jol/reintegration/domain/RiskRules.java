package kz.jol.reintegration.domain;

import java.util.ArrayList;
import java.util.List;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * The thresholds of the risk rules that seed 001's table does not fix: how many days before a
 * trigger date a domain that is not closed goes to R2, and the day by which the first health
 * screening is expected. The critical-failure days (30 for LEGAL, 60 for ECONOMIC) are the
 * seed's table and stay in code; these are configuration an admin will edit.
 *
 * <p>Defaults ({@link #DEFAULTS}), all in calendar days:
 *
 * <ul>
 *   <li>{@code legalWarningDays} 7: a week before day 30, time to book a public service centre
 *       (ЦОН) appointment for documents;
 *   <li>{@code economicWarningDays} 14: two weeks before day 60, twice the seed's 7-day SLA for
 *       forming an employment track;
 *   <li>{@code healthWarningDays} 7: a week before the screening day;
 *   <li>{@code planWarningDays} 7: longer than the 3-working-day plan window, so a case without
 *       an approved plan is R2 from registration until the plan is approved or overdue;
 *   <li>{@code healthScreeningDay} 30: seed 001 asks for routing to screening and
 *       psychological help "within the first 30 days".
 * </ul>
 */
public record RiskRules(
    int legalWarningDays,
    int economicWarningDays,
    int healthWarningDays,
    int planWarningDays,
    int healthScreeningDay) {

  public static final RiskRules DEFAULTS = new RiskRules(7, 14, 7, 7, 30);

  public RiskRules {
    List<FieldProblem> problems = new ArrayList<>();
    nonNegative(problems, "legalWarningDays", legalWarningDays);
    nonNegative(problems, "economicWarningDays", economicWarningDays);
    nonNegative(problems, "healthWarningDays", healthWarningDays);
    nonNegative(problems, "planWarningDays", planWarningDays);
    if (healthScreeningDay < 1) {
      problems.add(new FieldProblem("healthScreeningDay", "riskRules.range",
          "must be at least 1", 1));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The same rules with every warning window set to {@code days}. */
  public RiskRules withWarningDays(int days) {
    return new RiskRules(days, days, days, days, healthScreeningDay);
  }

  private static void nonNegative(List<FieldProblem> problems, String field, int value) {
    if (value < 0) {
      problems.add(new FieldProblem(field, "riskRules.range", "must be at least 0", 0));
    }
  }
}
