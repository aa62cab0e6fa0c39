package kz.jol.reintegration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.reintegration.application.RiskRulesSettings;
import kz.jol.reintegration.domain.RiskRules;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The risk rules' thresholds, which an administrator may change. */
@RestController
@Allowed(Role.ADMIN)
@Tag(name = "Reintegration")
class RiskRulesApi {

  private final RiskRulesSettings settings;

  RiskRulesApi(RiskRulesSettings settings) {
    this.settings = settings;
  }

  /** The thresholds (in calendar days) with the version to send back. */
  record Rules(int legalWarningDays, int economicWarningDays, int healthWarningDays,
      int planWarningDays, int healthScreeningDay, Integer version) {

    static Rules of(RiskRulesSettings.Versioned v) {
      RiskRules r = v.rules();
      return new Rules(r.legalWarningDays(), r.economicWarningDays(), r.healthWarningDays(),
          r.planWarningDays(), r.healthScreeningDay(), v.version());
    }
  }

  @GetMapping("/api/v1/admin/reintegration/risk-rules")
  @Operation(summary = "The thresholds of the risk rules: days before a trigger date a domain "
      + "goes to R2, and the day of the first health screening")
  Rules get() {
    return Rules.of(settings.current());
  }

  @PutMapping("/api/v1/admin/reintegration/risk-rules")
  @Operation(summary = "Change the thresholds; send the version you read (409 when stale)")
  Rules change(@RequestBody Rules rules) {
    return Rules.of(settings.change(new RiskRules(rules.legalWarningDays(),
        rules.economicWarningDays(), rules.healthWarningDays(), rules.planWarningDays(),
        rules.healthScreeningDay()), rules.version()));
  }
}
