package kz.jol.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.indicators.CaseloadStatistics;
import kz.jol.indicators.CaseloadTable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Aggregate figures for analysts: a page and the same table as JSON. */
@Controller
@Allowed(Role.ANALYST)
@Tag(name = "Indicators", description = "Aggregate figures; small cells hidden")
class StatisticsPages {

  private final CaseloadStatistics statistics;

  StatisticsPages(CaseloadStatistics statistics) {
    this.statistics = statistics;
  }

  @GetMapping("/statistics")
  String caseload(@RequestParam(required = false) String parent, Locale locale, Model model) {
    model.addAttribute("table", statistics.byTerritory(parent, locale));
    return "indicators/caseload";
  }

  @GetMapping("/api/v1/indicators/caseload")
  @ResponseBody
  @Operation(summary = "Cases by territory and state; counts below the minimum cell are null")
  CaseloadTable caseloadJson(@RequestParam(required = false) String parent, Locale locale) {
    return statistics.byTerritory(parent, locale);
  }
}
