package kz.jol.routing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * The routing matrix of one version: domain × risk level → actions. Seed 001: "a risk in one
 * domain is not a private problem: it automatically brings in the organisations responsible".
 */
public record RoutingMatrix(int version, List<RoutingRule> rules) {

  static final Pattern ACTION_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
  static final int MAX_NAME = 300;

  public RoutingMatrix {
    rules = List.copyOf(rules);
  }

  /** The rules for a domain at a level, the most urgent first. */
  public List<RoutingRule> rulesFor(Domain domain, RiskLevel level) {
    return rules.stream()
        .filter(r -> r.domain() == domain && r.level() == level)
        .sorted(Comparator.comparing(RoutingRule::priority).thenComparing(RoutingRule::actionCode))
        .toList();
  }

  /**
   * Checks a full set of rules as an admin sends it and reports every problem at once, with
   * fields named {@code rules[i].field}: required fields, names in the three languages, codes,
   * a target no later than the deadline, one rule per domain, level and action. Deadlines are
   * checked as they are built ({@link Deadline}); a rule whose deadline could not be built comes
   * with a null one and {@code inputProblems} saying why.
   */
  public static void check(List<RoutingRule> rules, List<FieldProblem> inputProblems) {
    List<FieldProblem> problems = new ArrayList<>(inputProblems);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      RoutingRule r = rules.get(i);
      String p = "rules[" + i + "].";
      if (r == null) {
        problems.add(new FieldProblem("rules[" + i + "]", "field.required", "is required"));
        continue;
      }
      required(problems, p + "domain", r.domain());
      required(problems, p + "level", r.level());
      required(problems, p + "targetType", r.targetType());
      required(problems, p + "priority", r.priority());
      if (r.level() == RiskLevel.R0) {
        problems.add(new FieldProblem(p + "level", "routing.level-r0",
            "R0 means no need: nothing to route"));
      }
      if (r.actionCode() == null || !ACTION_CODE.matcher(r.actionCode()).matches()) {
        problems.add(new FieldProblem(p + "actionCode", "routing.action-code",
            "2–40 capital Latin letters, digits and _, starting with a letter"));
      }
      name(problems, p + "actionKk", r.actionKk());
      name(problems, p + "actionRu", r.actionRu());
      name(problems, p + "actionEn", r.actionEn());
      if (r.target() != null && r.deadline() != null
          && (r.target().unit() != r.deadline().unit()
              || r.target().amount() > r.deadline().amount())) {
        problems.add(new FieldProblem(p + "target", "routing.target-after-deadline",
            "the target is in the deadline's unit and not later than it"));
      }
      if (r.domain() != null && r.level() != null && r.actionCode() != null
          && !seen.add(r.domain() + "/" + r.level() + "/" + r.actionCode())) {
        problems.add(new FieldProblem(p + "actionCode", "routing.duplicate-rule",
            "this domain, level and action are listed twice"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void required(List<FieldProblem> problems, String field, Object value) {
    if (value == null) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
    }
  }

  private static void name(List<FieldProblem> problems, String field, String value) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
    } else if (value.strip().length() > MAX_NAME) {
      problems.add(new FieldProblem(field, "field.too-long", "at most " + MAX_NAME
          + " characters", MAX_NAME));
    }
  }
}
