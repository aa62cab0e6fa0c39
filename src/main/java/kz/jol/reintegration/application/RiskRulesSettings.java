package kz.jol.reintegration.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.access.CurrentActor;
import kz.jol.reintegration.domain.RiskRules;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk rules in force, and their change by an administrator. The row keeps only the last
 * changer, so every change also leaves an audit row ({@link #AUDIT_TYPE}, {@link
 * #AUDIT_RECORD_ID}) naming the values before and after.
 */
@Service
public class RiskRulesSettings {

  /** The audit trail's record type of the risk rules. */
  public static final String AUDIT_TYPE = "RISK_RULES";

  /**
   * The audit trail's record id of the risk rules: there is one settings row ({@code id = 1}),
   * and audit_event wants a UUID, so this fixed one stands for it.
   */
  public static final UUID AUDIT_RECORD_ID =
      UUID.fromString("7f3c1e2a-52c1-4a7e-9b1d-000000000072");

  /** The rules with the version an update must send back. */
  public record Versioned(RiskRules rules, int version) {}

  private final JdbcClient jdbc;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final AuditTrail audit;

  RiskRulesSettings(JdbcClient jdbc, CurrentActor currentActor, Clock clock, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
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
    Versioned before = current();
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
    Versioned after = current();
    audit.record(AUDIT_TYPE, AUDIT_RECORD_ID, AuditAction.UPDATE,
        "version " + after.version() + ": " + difference(before.rules(), after.rules()));
    return after;
  }

  /** The values that changed, e.g. {@code legalWarningDays 7→10}, or "no value changed". */
  static String difference(RiskRules before, RiskRules after) {
    List<String> changes = new ArrayList<>();
    changed(changes, "legalWarningDays", before.legalWarningDays(), after.legalWarningDays());
    changed(changes, "economicWarningDays", before.economicWarningDays(),
        after.economicWarningDays());
    changed(changes, "healthWarningDays", before.healthWarningDays(), after.healthWarningDays());
    changed(changes, "planWarningDays", before.planWarningDays(), after.planWarningDays());
    changed(changes, "healthScreeningDay", before.healthScreeningDay(),
        after.healthScreeningDay());
    return changes.isEmpty() ? "no value changed" : String.join(", ", changes);
  }

  private static void changed(List<String> changes, String name, int before, int after) {
    if (before != after) {
      changes.add(name + " " + before + "→" + after);
    }
  }

  private static void tooLarge(List<FieldProblem> problems, String field, int days) {
    if (days > 365) {
      problems.add(new FieldProblem(field, "riskRules.too-large", "at most 365 days"));
    }
  }
}
