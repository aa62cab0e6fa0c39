package kz.jol.routing.web;

import static kz.jol.access.Role.POLICE_INSPECTOR;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;
import static kz.jol.access.Role.PROSECUTOR;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.reintegration.application.AssessmentInput;
import kz.jol.routing.application.ReferralService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Referrals as probation staff see them: a case's referrals, referring by hand, confirming. */
@RestController
@Tag(name = "Referrals", description = "Referrals of a case to partner organisations")
class ReferralApi {

  private final ReferralService referrals;

  ReferralApi(ReferralService referrals) {
    this.referrals = referrals;
  }

  @GetMapping("/api/v1/cases/{id}/referrals")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR})
  @Operation(summary = "The case's referrals, newest first, with deadlines, states and history")
  List<ReferralService.ReferralView> ofCase(@PathVariable UUID id) {
    return referrals.ofCase(id);
  }

  @GetMapping("/api/v1/cases/{id}/routing-gaps")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR})
  @Operation(summary = "Actions the matrix asks for that found no organisation of the type in "
      + "the case's territory or above it: refer by hand, or ask an admin to register one")
  List<ReferralService.RoutingGap> gaps(@PathVariable UUID id) {
    return referrals.gaps(id);
  }

  @PostMapping("/api/v1/cases/{id}/referrals")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, POLICE_INSPECTOR})
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Refer the case by hand",
      description = "Either actionCode (an action of the matrix for the domain; its deadline "
          + "applies unless dueOn is given) or action (your words) with dueOn. 409 "
          + "referral.open-already when the same action is open for the case.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "matrix action", value = """
                  {"domain": "ECONOMIC", "actionCode": "EMPLOYMENT_TRACK",
                   "organisationId": "5b0e2c1a-7d43-4a8e-9f61-2f3c8d9e0a17",
                   "note": "Сварщик, есть удостоверение; ищет работу вахтой"}"""),
              @ExampleObject(name = "own words", value = """
                  {"domain": "HOUSING", "action": "Временное жильё в центре адаптации",
                   "organisationId": "5b0e2c1a-7d43-4a8e-9f61-2f3c8d9e0a17",
                   "dueOn": "2026-12-04", "priority": "HIGH"}""")})))
  ReferralService.ReferralView refer(@PathVariable UUID id,
      @RequestBody ReferralService.ManualReferral body) {
    return referrals.refer(id, body);
  }

  @GetMapping("/api/v1/referrals/{id}")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, PROSECUTOR})
  @Operation(summary = "One referral of a case within reach")
  ReferralService.ReferralView get(@PathVariable UUID id) {
    return referrals.get(id);
  }

  @PostMapping("/api/v1/referrals/{id}/confirm")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  @Operation(summary = "Confirm the result of a referral the organisation has done, recording "
      + "the domain's assessment (a 2 closes the domain)",
      description = "The body is an assessment of the referral's domain; evidence defaults to "
          + "the organisation's result and evidence. 409 referral.not-done before DONE, "
          + "referral.confirmed the second time.",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "documents restored",
              value = """
                  {"score": 2, "hasIdentityDocument": true, "hasRegistration": true}"""))))
  ReferralService.ReferralView confirm(@PathVariable UUID id,
      @RequestBody AssessmentInput body) {
    return referrals.confirm(id, body);
  }
}
