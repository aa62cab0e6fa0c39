package kz.jol.routing.web;

import static kz.jol.access.Role.AGENCY_HEAD;
import static kz.jol.access.Role.AGENCY_WORKER;
import static kz.jol.access.Role.POLICE_INSPECTOR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.register.application.Paging;
import kz.jol.register.application.ResultPage;
import kz.jol.routing.application.ReferralService;
import kz.jol.routing.domain.ReferralState;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inbox of a partner organisation: the referrals sent to it, and its answers. */
@RestController
@Tag(name = "Agency inbox", description = "Referrals to the caller's organisation")
class InboxApi {

  private final ReferralService referrals;

  InboxApi(ReferralService referrals) {
    this.referrals = referrals;
  }

  @GetMapping("/api/v1/inbox/referrals")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, POLICE_INSPECTOR})
  @Operation(summary = "Referrals to my organisation, most urgent and earliest due first",
      description = "Open ones (SENT, ACCEPTED, IN_PROGRESS) unless state is given. The person "
          + "is shown with name, IIN, date of birth, phone and addresses only.")
  ResultPage<ReferralService.InboxItem> inbox(
      @RequestParam(required = false) Set<ReferralState> state,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    return referrals.inbox(state, Paging.of(page, size));
  }

  @GetMapping("/api/v1/inbox/referrals/{id}")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, POLICE_INSPECTOR})
  @Operation(summary = "One referral to my organisation; a clinic also sees the health facts")
  ReferralService.InboxItem item(@PathVariable UUID id) {
    return referrals.inboxItem(id);
  }

  @PostMapping("/api/v1/inbox/referrals/{id}/answer")
  @Allowed({AGENCY_WORKER, AGENCY_HEAD, POLICE_INSPECTOR})
  @Operation(summary = "Accept, start, complete, decline, or report a referral impossible",
      description = "SENT→ACCEPTED|DECLINED, ACCEPTED→IN_PROGRESS|IMPOSSIBLE, "
          + "IN_PROGRESS→DONE|IMPOSSIBLE; anything else is 409 "
          + "referral.transition-not-allowed. DONE needs result and evidence; DECLINED and "
          + "IMPOSSIBLE need a reason. Send the version you read (409 referral.stale-version).",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "accept", value = """
                  {"state": "ACCEPTED", "version": 0}"""),
              @ExampleObject(name = "done", value = """
                  {"state": "DONE", "result": "Заявление на удостоверение принято",
                   "evidence": "Талон ЦОН № 000123 от 02.12.2026", "version": 2}"""),
              @ExampleObject(name = "decline", value = """
                  {"state": "DECLINED", "reason": "Проживает вне зоны обслуживания",
                   "version": 0}""")})))
  ReferralService.InboxItem answer(@PathVariable UUID id,
      @RequestBody ReferralService.Answer body) {
    return referrals.answer(id, body);
  }
}
