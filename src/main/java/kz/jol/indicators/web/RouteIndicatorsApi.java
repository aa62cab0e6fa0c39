package kz.jol.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.indicators.RouteIndicators;
import kz.jol.indicators.RouteTable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Route KPIs of referrals for the indicators: by organisation or domain, small cells hidden. */
@RestController
@Tag(name = "Indicators", description = "Aggregate figures; small cells hidden")
class RouteIndicatorsApi {

  static final String EXAMPLE = """
      {
        "from": "2026-01-01", "to": "2026-03-31",
        "territoryCode": "351000000", "territoryName": "Karaganda region",
        "groupBy": "ORGANISATION", "organisationId": null,
        "asOf": "2026-04-15T06:00:00Z", "minimumCell": 5,
        "rows": [
          {"key": "0b6f2f9e-3c1a-4c55-9d8e-6a1f1f0d2a11", "name": "Employment centre of Temirtau",
           "referrals": 42, "accepted": 39, "medianHoursToAccept": 18.5,
           "p90HoursToAccept": 70.2, "closed": 35, "medianHoursToClose": 121.0,
           "slaCounted": 37, "slaMet": 30, "slaCompliance": 0.811},
          {"key": "7c0e5d1a-2b44-4f0a-8f3e-1d2c3b4a5f66", "name": "Crisis centre Umit",
           "referrals": null, "accepted": null, "medianHoursToAccept": null,
           "p90HoursToAccept": null, "closed": null, "medianHoursToClose": null,
           "slaCounted": null, "slaMet": null, "slaCompliance": null}
        ],
        "total": {"key": null, "name": null, "referrals": null, "accepted": null,
                  "medianHoursToAccept": null, "p90HoursToAccept": null, "closed": null,
                  "medianHoursToClose": null, "slaCounted": null, "slaMet": null,
                  "slaCompliance": null},
        "r3Risks": [
          {"domain": "LEGAL", "closed": 12, "medianDaysToClose": 9.5, "stillOpen": 6},
          {"domain": "HOUSING", "closed": 7, "medianDaysToClose": 3.0, "stillOpen": null},
          {"domain": "ECONOMIC", "closed": 0, "medianDaysToClose": null, "stillOpen": 0},
          {"domain": "HEALTH", "closed": 5, "medianDaysToClose": 21.0, "stillOpen": null},
          {"domain": "INSTITUTIONAL", "closed": 0, "medianDaysToClose": null, "stillOpen": 0}
        ],
        "r3Total": {"domain": null, "closed": 24, "medianDaysToClose": 9.0, "stillOpen": 9},
        "targets90": [
          {"target": "DOCUMENTS", "cases": 40, "reached": 31, "share": 0.775},
          {"target": "HOUSING", "cases": 40, "reached": null, "share": null},
          {"target": "WORK", "cases": 40, "reached": 22, "share": 0.55},
          {"target": "ALL_THREE", "cases": 40, "reached": 18, "share": 0.45}
        ]
      }""";

  private final RouteIndicators indicators;

  RouteIndicatorsApi(RouteIndicators indicators) {
    this.indicators = indicators;
  }

  @GetMapping("/api/v1/indicators/routes")
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  @Operation(summary = "Route KPIs: time to accept and to close, SLA compliance, R3 closing, day-90 targets",
      description = """
          Referrals **created** from `from` through `to` (Almaty days, both included, at most \
          366 days) for cases of `territory` and every territory below it (default: the \
          reader's own), one row per organisation or per domain (`groupBy`), plus a total row.
          Durations are measured from the moment the referral was SENT (its history).

          * `referrals` — referrals created in the period.
          * `accepted` — of those, accepted by now; `medianHoursToAccept` and \
          `p90HoursToAccept` — median and 90th percentile (continuous, `percentile_cont`) of \
          the hours from SENT to ACCEPTED over them.
          * `closed` — of those, closed by now (DONE, DECLINED or IMPOSSIBLE); \
          `medianHoursToClose` — median hours from SENT to the closing state.
          * `slaCounted` — referrals that count for the SLA: closed, or still open and past \
          their due moment at `asOf` (open and not yet due are not counted); `slaMet` — of \
          those, DONE on or before the due moment; `slaCompliance` = slaMet / slaCounted \
          (0..1). A declined or impossible referral does not meet the SLA.
          * `r3Risks` per domain and `r3Total`: `closed` — R3 episodes (a domain recorded at \
          R3 until it is recorded lower) that closed in the period; `medianDaysToClose` — their \
          median length in days; `stillOpen` — episodes begun on or before `to` and still open \
          on `to`. Not given to an agency head.
          * `targets90` — cases whose day 90 (registration + 90 days) fell in the period and           that were still open on it (`cases`); `reached` — of those, with Documents (LEGAL),           Housing (HOUSING), Work (ECONOMIC), or all three closed (scored 2) as of day 90;           `share` = reached / cases. Not given to an agency head.

          Scope: analysts, prosecutors and probation heads see territories within their own \
          (404 otherwise); an agency head sees only the own organisation's referrals.
          Small cells: a count from 1 to `minimumCell - 1` is null, and so is the smallest \
          other count of its column (and the total) where the total would give it back; a \
          median, percentile or share is null whenever the count it is computed over is. \
          Invalid parameters give 400 with every field's problem.""",
      responses = @ApiResponse(responseCode = "200", description = "The KPIs",
          content = @Content(mediaType = "application/json",
              examples = @ExampleObject(name = "by organisation", value = EXAMPLE))))
  RouteTable routes(
      @Parameter(description = "First day, ISO date", example = "2026-01-01")
      @RequestParam(required = false) String from,
      @Parameter(description = "Last day, included, ISO date", example = "2026-03-31")
      @RequestParam(required = false) String to,
      @Parameter(description = "KATO code; default the reader's own territory",
          example = "351000000")
      @RequestParam(required = false) String territory,
      @Parameter(description = "organisation (default) or domain", example = "organisation")
      @RequestParam(required = false) String groupBy,
      Locale locale) {
    return indicators.routes(from, to, territory, groupBy, locale);
  }
}
