package kz.jol.supervision.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;

import kz.jol.access.Allowed;
import kz.jol.supervision.application.AlertService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The alerts page: missed check-ins and no-contact alerts of my cases or my unit's. */
@Controller
class AlertPages {

  private final AlertService alerts;

  AlertPages(AlertService alerts) {
    this.alerts = alerts;
  }

  @GetMapping("/supervision/alerts")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String alerts(Model model) {
    model.addAttribute("alerts", alerts.mine());
    return "supervision/alerts";
  }
}
