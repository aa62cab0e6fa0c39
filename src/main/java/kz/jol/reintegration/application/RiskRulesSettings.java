package kz.jol.reintegration.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.jol.access.CurrentActor;
import kz.jol.reintegration.domain.RiskRules;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The risk rules in force, and their change by an administrator. */
@Service
public class RiskRulesSettings {

  /** The rules with the version an update must send back. */
  public record Versioned(RiskRules rules, int version) {}

  private final JdbcClient jdbc;
  private final CurrentActor currentActor;
  private final Clock clock;

  RiskRulesSettings(JdbcClient jdbc, CurrentActor currentActor, Clock clock) {
    this.jdbc = jdbc;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  public Versioned current() {
    return jdbc.sql("select * from risk_rules where id = 1")
        .query((rs, n) -> new Versioned(new RiskRules(rs.getInt("legal_warning_days"),
            rs.getInt("economic_warning_days"), rs.getInt("health_warning_days"),
            rs.getInt("plan_warning_days"), rs.getInt("health_screening_day")),
            rs.getInt("version")))
        .single();
  }

  /** Replaces the rules if nobody changed them since {@code version} was read. */
  @Transactional
  public Versioned change(RiskRules rules, Integer version) {
    List<FieldProblem> problems = new ArrayList<>();
    tooLarge(problems, "legalWarningDays", rules.legalWarningDays());
    tooLarge(problems, "economicWarningDays", rules.economicWarningDays());
    tooLarge(problems, "healthWarningDays", rules.healthWarningDays());
    tooLarge(problems, "planWarningDays", rules.planWarningDays());
    tooLarge(problems, "healthScreeningDay", rules.healthScreeningDay());
    if (version == null) {
      problems.add(new FieldProblem("version", "field.required", "is required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int changed = jdbc.sql("""
            update risk_rules
               set legal_warning_days = :legal, economic_warning_days = :economic,
                   health_warning_days = :health, plan_warning_days = :plan,
                   health_screening_day = :screening, version = version + 1,
                   updated_at = :at, updated_by = :by
             where id = 1 and version = :version""")
        .param("legal", rules.legalWarningDays())
        .param("economic", rules.economicWarningDays())
        .param("health", rules.healthWarningDays())
        .param("plan", rules.planWarningDays())
        .param("screening", rules.healthScreeningDay())
        .param("at", Timestamp.from(clock.instant()))
        .param("by", currentActor.require().userId())
        .param("version", version)
        .update();
    if (changed == 0) {
      throw new ConflictException("riskRules.stale-version",
          "the risk rules were changed by someone else; reload and try again");
    }
    return current();
  }

  private static void tooLarge(List<FieldProblem> problems, String field, int days) {
    if (days > 365) {
      problems.add(new FieldProblem(field, "riskRules.too-large", "at most 365 days"));
    }
  }
}
