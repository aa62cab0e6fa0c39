package kz.jol.routing.web;

import static kz.jol.access.Role.PARTNER_SYSTEM;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.jol.access.Allowed;
import kz.jol.routing.application.ReferralService;
import kz.jol.routing.application.ReferralService.FeedPage;
import kz.jol.routing.application.ReferralService.InboxItem;
import kz.jol.routing.domain.ReferralState;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.PreconditionRequiredException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner API (ADR 0009): another agency's system pulls the referrals to its organisation
 * and pushes its answers, with the referral's version as the ETag and {@code If-Match} required
 * on every write; {@code Idempotency-Key} makes a retried write apply once.
 */
@RestController
@Allowed(PARTNER_SYSTEM)
@Tag(name = "Partner API", description = """
    For partner agencies' systems, signed in as an API client of one organisation (HTTP Basic:
    client id and secret). Pull the referrals to the organisation with a cursor, read one with
    its ETag, push the answer with If-Match and an Idempotency-Key.""")
class PartnerApi {

  private static final Pattern ETAG = Pattern.compile("\"(\\d{1,18})\"");

  private static final String ITEM = """
      {"id": "7d2a4c1e-0f5b-4e8a-9c3d-1b2a3c4d5e6f", "domain": "LEGAL",
       "action": "Восстановление документов в ЦОН", "priority": "HIGH",
       "createdAt": "2026-11-24T09:00:00Z", "dueAt": "2026-11-25T09:00:00Z",
       "targetAt": null, "overdue": false, "note": null, "state": "ACCEPTED",
       "stateAt": "2026-11-24T10:15:00Z", "outcome": null, "evidence": null, "version": 1,
       "person": {"fullName": "Сынақова Айгерім", "iin": "900101400011",
                  "birthDate": "1990-01-01", "phone": "+77010000000",
                  "residenceAddress": "Қарағанды қ., Бұқар жырау даңғылы, 1",
                  "registrationAddress": null, "probationOfficer": "Synthetic Officer"},
       "health": null}""";

  private static final String PROBLEM_STALE = """
      {"type": "https://jol.kz/problems/referral.stale-version", "title": "Conflict",
       "status": 409, "detail": "The referral was changed by someone else; reload and try again.",
       "instance": "/api/v1/partner/referrals/7d2a4c1e-0f5b-4e8a-9c3d-1b2a3c4d5e6f/status",
       "code": "referral.stale-version"}""";

  private static final String PROBLEM_TRANSITION = """
      {"type": "https://jol.kz/problems/referral.transition-not-allowed", "title": "Conflict",
       "status": 409, "detail": "The referral cannot move from its current state to this one.",
       "instance": "/api/v1/partner/referrals/7d2a4c1e-0f5b-4e8a-9c3d-1b2a3c4d5e6f/status",
       "code": "referral.transition-not-allowed"}""";

  private static final String PROBLEM_REUSED = """
      {"type": "https://jol.kz/problems/idempotency.key-reused",
       "title": "Unprocessable request", "status": 422,
       "detail": "This Idempotency-Key was already used for a different request; send a new key with a new request.",
       "instance": "/api/v1/partner/referrals/7d2a4c1e-0f5b-4e8a-9c3d-1b2a3c4d5e6f/status",
       "code": "idempotency.key-reused"}""";

  private final ReferralService referrals;

  PartnerApi(ReferralService referrals) {
    this.referrals = referrals;
  }

  /** The organisation's answer to a referral; the version travels in If-Match. */
  record StatusUpdate(
      @Schema(description = "SENT→ACCEPTED|DECLINED, ACCEPTED→IN_PROGRESS|IMPOSSIBLE, "
          + "IN_PROGRESS→DONE|IMPOSSIBLE") ReferralState state,
      @Schema(description = "DONE: what was achieved") String result,
      @Schema(description = "DONE: what confirms it (document, ticket number)") String evidence,
      @Schema(description = "DECLINED, IMPOSSIBLE: why") String reason) {}

  @GetMapping("/api/v1/partner/referrals")
  @Operation(summary = "Referrals to my organisation created or changed after a cursor",
      description = """
          A feed in the order of each referral's latest change. Start with `after=0`, process
          the `changes`, then call again with `after` set to `next`; `more` says whether
          another page is waiting. A referral changed again appears again, as it stands then.
          Changes of the last seconds wait for a later call, so that none is overtaken while it
          is being saved. The person is shown with name, IIN, date of birth, phone, addresses
          and the probation officer's name only; no criminal-record detail, and no health facts
          in the feed (a clinic reads them with GET /referrals/{id}).""",
      responses = @ApiResponse(responseCode = "200", content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "one change",
              value = "{\"changes\": [{\"position\": 1042, \"referral\": " + ITEM + "}],"
                  + " \"next\": 1042, \"more\": false}"))))
  FeedPage feed(
      @Parameter(description = "the `next` of the previous page; 0 for the beginning")
      @RequestParam(defaultValue = "0") @Min(0) long after,
      @Parameter(description = "at most this many changes (1–200)")
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
    return referrals.feed(after, limit);
  }

  @GetMapping("/api/v1/partner/referrals/{id}")
  @Operation(summary = "One referral to my organisation, with its version as the ETag",
      description = "Send the ETag back in If-Match when answering. A referral of another "
          + "organisation answers 404, like one that does not exist. A clinic also sees the "
          + "person's health facts.",
      responses = @ApiResponse(responseCode = "200",
          headers = @Header(name = "ETag", description = "the referral's version, e.g. \"1\""),
          content = @Content(mediaType = "application/json",
              examples = @ExampleObject(name = "referral", value = ITEM))))
  ResponseEntity<InboxItem> get(@PathVariable UUID id) {
    return withETag(referrals.inboxItem(id));
  }

  @PostMapping("/api/v1/partner/referrals/{id}/status")
  @Operation(summary = "Accept, start, complete, decline, or report a referral impossible",
      description = """
          `If-Match` must carry the ETag read last: without it 428 partner.if-match-required;
          when the referral changed since, 409 referral.stale-version (read it again). A move
          the lifecycle does not allow is 409 referral.transition-not-allowed; DONE needs
          result and evidence, DECLINED and IMPOSSIBLE a reason (400 otherwise).

          `Idempotency-Key` (optional, recommended; 1–255 visible ASCII characters, kept 24
          hours): a retry with the same key and the same request is answered with the stored
          response (same status and body, header `Idempotent-Replayed: true`) and applies
          nothing again; the same key with a different request is 422 idempotency.key-reused.
          A duplicate sent while the first is still running waits for it.""",
      parameters = {
          @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true,
              description = "the ETag of the referral as last read", example = "\"1\""),
          @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key",
              description = "a unique key per intended change, e.g. a UUID",
              schema = @Schema(type = "string", maxLength = 255),
              example = "5b0c2f9e-8d7a-4f1b-9e3c-2a1d0b9c8e7f")},
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "accept", value = """
                  {"state": "ACCEPTED"}"""),
              @ExampleObject(name = "start", value = """
                  {"state": "IN_PROGRESS"}"""),
              @ExampleObject(name = "done", value = """
                  {"state": "DONE", "result": "Заявление на удостоверение принято",
                   "evidence": "Талон ЦОН № 000123 от 02.12.2026"}"""),
              @ExampleObject(name = "decline", value = """
                  {"state": "DECLINED", "reason": "Проживает вне зоны обслуживания"}""")})),
      responses = {
          @ApiResponse(responseCode = "200", description = "moved; the new ETag in the header",
              headers = @Header(name = "ETag", description = "the new version"),
              content = @Content(mediaType = "application/json",
                  examples = @ExampleObject(name = "accepted", value = ITEM))),
          @ApiResponse(responseCode = "409", description = "stale If-Match or a move not "
              + "allowed", content = @Content(mediaType = "application/problem+json",
                  examples = {
                      @ExampleObject(name = "stale", value = PROBLEM_STALE),
                      @ExampleObject(name = "not allowed", value = PROBLEM_TRANSITION)})),
          @ApiResponse(responseCode = "422", description = "Idempotency-Key reused",
              content = @Content(mediaType = "application/problem+json",
                  examples = @ExampleObject(name = "key reused", value = PROBLEM_REUSED))),
          @ApiResponse(responseCode = "428", description = "If-Match missing")})
  ResponseEntity<InboxItem> status(@PathVariable UUID id,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
      String ifMatch,
      @RequestBody StatusUpdate body) {
    long version = version(ifMatch);
    return withETag(referrals.answer(id, new ReferralService.Answer(body.state(), body.result(),
        body.evidence(), body.reason(), version)));
  }

  private static ResponseEntity<InboxItem> withETag(InboxItem item) {
    return ResponseEntity.ok().eTag("\"" + item.version() + "\"").body(item);
  }

  /** The version in a strong ETag as GET sent it; a list, a weak tag or {@code *} is refused. */
  static long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequiredException("partner.if-match-required",
          "send the referral's ETag in If-Match");
    }
    Matcher m = ETAG.matcher(ifMatch.strip());
    if (!m.matches()) {
      throw new InvalidInputException("If-Match", "partner.if-match-invalid",
          "If-Match must be one ETag as GET returned it, e.g. \"3\"");
    }
    return Long.parseLong(m.group(1));
  }
}
