package kz.jol.register.web;

import java.time.ZoneId;
import kz.jol.audit.AuditEntry;
import kz.jol.register.application.ResultPage;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** "Who viewed this record": one page of a person's or a case's audit trail, newest first. */
final class AuditTrailPage {

  private AuditTrailPage() {}

  /**
   * @param subject {@code person} or {@code case}, for the page's wording
   * @param record the record's own address, e.g. {@code /cases/<id>}
   */
  static String show(Model model, String subject, String record,
      ResultPage<AuditEntry> entries, ZoneId zone) {
    model.addAttribute("subject", subject);
    model.addAttribute("back", record);
    model.addAttribute("entries", entries);
    model.addAttribute("pager", Pager.of(entries,
        UriComponentsBuilder.fromPath(record + "/audit")));
    model.addAttribute("zone", zone);
    return "register/audit";
  }
}
