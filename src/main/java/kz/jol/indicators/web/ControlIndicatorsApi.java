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
import kz.jol.indicators.ControlIndicators;
import kz.jol.indicators.ControlTable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Block 2 of the evaluation (control measures with the police) by territory and period. */
@RestController
@Tag(name = "Indicators", description = "Aggregate figures; small cells hidden")
class ControlIndicatorsApi {

  static final String EXAMPLE = """
      {
        "from": "2026-01-01", "to": "2026-06-30",
        "territoryCode": "350000000", "territoryName": "Karaganda region",
        "asOf": "2026-07-02T06:00:00Z", "minimumCell": 5,
        "figures": {
          "PREVENTION_MEASURES": {"numerator": 412, "denominator": null, "share": null},
          "PERSONS_REACHED": {"numerator": 3310, "denominator": null, "share": null},
          "VIOLATIONS_FOUND": {"numerator": 57, "denominator": null, "share": null},
          "ASKED_FOR_HELP": {"numerator": 236, "denominator": 1480, "share": 0.159},
          "DECLARED_WANTED": {"numerator": 31, "denominator": 1480, "share": 0.021},
          "FOUND": {"numerator": 27, "denominator": 38, "share": 0.711},
          "SEARCH_ENDED_OTHERWISE": {"numerator": null, "denominator": 38, "share": null},
          "STILL_WANTED": {"numerator": 8, "denominator": 38, "share": 0.211},
          "CHECK_INS_ATTENDED": {"numerator": 8650, "denominator": 9120, "share": 0.948},
          "CHECK_INS_MISSED": {"numerator": 302, "denominator": 9120, "share": 0.033},
          "CHECK_INS_EXCUSED": {"numerator": 168, "denominator": 9120, "share": 0.018},
          "VIOLATIONS": {"numerator": 344, "denominator": null, "share": null},
          "WARNINGS": {"numerator": 198, "denominator": null, "share": null},
          "COURT_SUBMISSIONS": {"numerator": 45, "denominator": null, "share": null},
          "COURT_DECISIONS_GRANTED": {"numerator": 29, "denominator": 40, "share": 0.725}
        },
        "breakdowns": {
          "measuresByKind": {"JOINT_RAID": 40, "LECTURE": 22, "TALK": 250, "VISIT": 100},
          "foundHow": {"CAME_VOLUNTARILY": 9, "DETAINED_BY_POLICE": 18},
          "helpTopics": {"DOCUMENTS": 71, "EMPLOYMENT": 102, "HOUSING": 35, "LEGAL": null,
                         "OTHER": null},
          "submissionsByKind": {"EXTEND_PROBATION": 19, "REVOKE_CONDITIONAL_SENTENCE": 26},
          "decisionsByKind": {"EXTEND_PROBATION.GRANTED": 14, "EXTEND_PROBATION.REFUSED": null,
                              "REVOKE_CONDITIONAL_SENTENCE.GRANTED": 15,
                              "REVOKE_CONDITIONAL_SENTENCE.REFUSED": 7}
        },
        "parts": [
          {"territoryCode": "351000000", "name": "Karaganda", "hasParts": true,
           "figures": {"PREVENTION_MEASURES": {"numerator": 190, "denominator": null,
                                               "share": null},
                       "FOUND": {"numerator": null, "denominator": 12, "share": null}}}
        ]
      }""";

  private final ControlIndicators indicators;

  ControlIndicatorsApi(ControlIndicators indicators) {
    this.indicators = indicators;
  }

  @GetMapping("/api/v1/indicators/control")
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR})
  @Operation(summary = "Control measures with the police (seed 000, block 2) by territory and period",
      description = """
          Figures of `territory` and every territory below it (default: the reader's own), \
          from `from` through `to` (Almaty days, both included, less than five years), for \
          the whole territory (`figures`, `breakdowns`) and for each of its parts (`parts`: the \
          regions of the republic, the districts of a region; none for a district). Every \
          figure is `{numerator, denominator, share}`; a plain count has no denominator.

          * `PREVENTION_MEASURES`, `PERSONS_REACHED`, `VIOLATIONS_FOUND` — prevention measures \
          the police held in the period, the persons they reached and the violations they \
          found, by the precinct's territory.
          * `ASKED_FOR_HELP`, `DECLARED_WANTED` — persons (cases) with a request for help, \
          with a search declared, in the period / persons on the register in the period \
          (registered on or before `to` and not closed before `from`).
          * `FOUND`, `SEARCH_ENDED_OTHERWISE`, `STILL_WANTED` — searches ended in the period \
          with the person found, ended because the case closed, still open after `to` / \
          searches open at any time in the period (declared on or before `to`, not ended \
          before `from`). The three add up to the denominator.
          * `CHECK_INS_ATTENDED`, `CHECK_INS_MISSED` (recorded missed or flagged by the \
          sweep), `CHECK_INS_EXCUSED` / check-ins due in the period with one of these results.
          * `VIOLATIONS`, `WARNINGS`, `COURT_SUBMISSIONS` — counted in the period; \
          `COURT_DECISIONS_GRANTED` — decisions granting the submission / decisions.

          Events count in the territory of their case. Small cells: a count of persons or of \
          their events from 1 to `minimumCell - 1` is null, and so is whatever would give it \
          back — the complement in its denominator, a part whose whole minus the other parts \
          would, a figure splitting the same denominator; never zero. Prevention measures are \
          not persons and are never hidden. Scope: analysts, prosecutors and probation heads \
          see territories within their own (404 otherwise). Invalid parameters give 400 with \
          every field's problem in the reader's language. Definitions: docs/indicators.md.""",
      responses = @ApiResponse(responseCode = "200", description = "The indicators",
          content = @Content(mediaType = "application/json",
              examples = @ExampleObject(name = "a region, half a year", value = EXAMPLE))))
  ControlTable control(
      @Parameter(description = "KATO code; default the reader's own territory",
          example = "350000000")
      @RequestParam(required = false) String territory,
      @Parameter(description = "First day, ISO date", example = "2026-01-01")
      @RequestParam(required = false) String from,
      @Parameter(description = "Last day, included, ISO date", example = "2026-06-30")
      @RequestParam(required = false) String to,
      Locale locale) {
    return indicators.control(territory, from, to, locale);
  }
}
