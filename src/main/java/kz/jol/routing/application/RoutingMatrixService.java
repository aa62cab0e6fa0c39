package kz.jol.routing.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.jol.access.CurrentActor;
import kz.jol.organisation.OrganisationType;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.RiskLevel;
import kz.jol.routing.domain.Deadline;
import kz.jol.routing.domain.DeadlineUnit;
import kz.jol.routing.domain.Priority;
import kz.jol.routing.domain.RoutingMatrix;
import kz.jol.routing.domain.RoutingRule;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the routing matrix and writes its new versions (an admin's change). */
@Service
public class RoutingMatrixService {

  private final RoutingMatrixRepository matrices;
  private final CurrentActor currentActor;
  private final Clock clock;

  RoutingMatrixService(RoutingMatrixRepository matrices, CurrentActor currentActor,
      Clock clock) {
    this.matrices = matrices;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  /** The matrix in force: the highest version. */
  @Transactional(readOnly = true)
  public RoutingMatrix current() {
    return matrices.find(matrices.currentVersion()).orElseThrow();
  }

  @Transactional(readOnly = true)
  public RoutingMatrix version(int version) {
    return matrices.find(version)
        .orElseThrow(() -> new NotFoundException("routing matrix version", version));
  }

  /** A version as the history lists it. */
  public record VersionInfo(int version, String createdBy, java.time.Instant createdAt,
      String note) {}

  @Transactional(readOnly = true)
  public List<VersionInfo> versions() {
    return matrices.versions().stream()
        .map(v -> new VersionInfo(v.version(), v.createdBy(), v.createdAt(), v.note()))
        .toList();
  }

  /** A rule as an admin sends it. */
  public record RuleInput(Domain domain, RiskLevel level, String actionCode, String actionKk,
      String actionRu, String actionEn, OrganisationType targetType, Integer deadlineAmount,
      DeadlineUnit deadlineUnit, Integer targetAmount, DeadlineUnit targetUnit,
      Priority priority) {}

  /** A whole new matrix, made against the version read. */
  public record NewVersion(Integer baseVersion, String note, List<RuleInput> rules) {}

  /**
   * Writes the rules as the next version, if the matrix in force is still {@code baseVersion}.
   * Every problem is reported at once (400) and nothing is written; a stale base is a 409.
   */
  @Transactional
  public RoutingMatrix replace(NewVersion input) {
    String by = currentActor.require().username();
    List<FieldProblem> problems = new ArrayList<>();
    if (input == null || input.baseVersion() == null) {
      problems.add(new FieldProblem("baseVersion", "field.required", "is required"));
    }
    List<RuleInput> given = input == null || input.rules() == null ? List.of() : input.rules();
    if (given.isEmpty()) {
      problems.add(new FieldProblem("rules", "routing.rules-empty",
          "a matrix has at least one rule"));
    }
    if (input != null && input.note() != null && input.note().length() > 1000) {
      problems.add(new FieldProblem("note", "field.too-long", "at most 1000 characters", 1000));
    }
    List<RoutingRule> rules = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      rules.add(rule(given.get(i), "rules[" + i + "].", problems));
    }
    RoutingMatrix.check(rules, problems);
    int base = input.baseVersion();
    if (base != matrices.currentVersion()
        || !matrices.insert(base + 1, rules, by, input.note(), clock.instant())) {
      throw new ConflictException("routing.stale-version",
          "the matrix was changed by someone else; reload and try again");
    }
    return matrices.find(base + 1).orElseThrow();
  }

  /** The rule as given; a deadline that is wrong is null, with its problems added. */
  private static RoutingRule rule(RuleInput r, String prefix, List<FieldProblem> problems) {
    if (r == null) {
      return null;
    }
    Deadline deadline = deadline(prefix + "deadline", r.deadlineAmount(), r.deadlineUnit(),
        problems);
    Deadline target = r.targetAmount() == null && r.targetUnit() == null ? null
        : deadline(prefix + "target", r.targetAmount(), r.targetUnit(), problems);
    return new RoutingRule(r.domain(), r.level(),
        r.actionCode() == null ? null : r.actionCode().strip(), r.actionKk(), r.actionRu(),
        r.actionEn(), r.targetType(), deadline, target, r.priority());
  }

  private static Deadline deadline(String prefix, Integer amount, DeadlineUnit unit,
      List<FieldProblem> problems) {
    List<FieldProblem> found = Deadline.problems(prefix + "Amount", prefix + "Unit", amount,
        unit);
    if (!found.isEmpty()) {
      problems.addAll(found);
      return null;
    }
    return new Deadline(amount, unit);
  }
}
