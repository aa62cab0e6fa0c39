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
import kz.jol.indicators.InteractionIndicators;
import kz.jol.indicators.InteractionTable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Block 3 of the evaluation (intensity of interaction) by territory and period. */
@RestController
@Tag(name = "Indicators", description = "Aggregate figures; small cells hidden")
class InteractionIndicatorsApi {

  static final String EXAMPLE = """
      {
        "from": "2026-01-01", "to": "2026-06-30",
        "territoryCode": "350000000", "territoryName": "Karaganda region",
        "asOf": "2026-07-02T06:00:00Z",
        "figures": {
          "JOINT_EVENTS": {"numerator": 48, "denominator": null, "share": null},
          "CITIZENS_REACHED": {"numerator": 2310, "denominator": null, "share": null},
          "AGREEMENTS_SIGNED": {"numerator": 6, "denominator": null, "share": null},
          "AGREEMENTS_IN_FORCE": {"numerator": 21, "denominator": null, "share": null},
          "PROGRAMMES_ACTIVE": {"numerator": 2, "denominator": null, "share": null},
          "PROPOSALS_SENT": {"numerator": 9, "denominator": null, "share": null},
          "PROPOSALS_ACCEPTED": {"numerator": 4, "denominator": 9, "share": 0.444},
          "PARTNERS_ACTIVE": {"numerator": 37, "denominator": null, "share": null},
          "PARTNER_CONTACTS": {"numerator": 164, "denominator": null, "share": null}
        },
        "eventsByKind": {"JOINT_RAID": 12, "MEETING": 20, "OPEN_DAY": 4, "SEMINAR": 12},
        "parts": [
          {"territoryCode": "351000000", "name": "Karaganda", "hasParts": true,
           "figures": {"JOINT_EVENTS": {"numerator": 19, "denominator": null, "share": null},
                       "PROPOSALS_ACCEPTED": {"numerator": 2, "denominator": 3,
                                              "share": 0.667}}}
        ]
      }""";

  private final InteractionIndicators indicators;

  InteractionIndicatorsApi(InteractionIndicators indicators) {
    this.indicators = indicators;
  }

  @GetMapping("/api/v1/indicators/interaction")
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR})
  @Operation(summary = "Intensity of interaction (seed 000, block 3) by territory and period",
      description = """
          Figures of `territory` and every territory below it (default: the reader's own), \
          from `from` through `to` (Almaty days, both included, less than five years), for \
          the whole territory (`figures`, `eventsByKind`) and for each of its parts (`parts`: \
          the regions of the republic, the districts of a region; none for a district). Every \
          figure is `{numerator, denominator, share}`; a plain count has no denominator.

          * `JOINT_EVENTS`, `CITIZENS_REACHED` — joint events held in the period (by the \
          event's territory) and the citizens they reached.
          * `AGREEMENTS_SIGNED` — agreements signed in the period; `AGREEMENTS_IN_FORCE` — \
          in force on `to` (signed by then, not expired before it, not terminated by it).
          * `PROGRAMMES_ACTIVE` — target programmes whose years overlap the period.
          * `PROPOSALS_SENT`; `PROPOSALS_ACCEPTED` — of those, accepted wholly or in part by \
          an answer given on or before `to` / proposals sent.
          * `PARTNERS_ACTIVE` — partners based in the territory, registered by `to` and not \
          inactive then; `PARTNER_CONTACTS` — contacts made in the period by its bodies.

          Decisions of advisory bodies are added after the councils part is merged. Nothing \
          counts persons on probation: nothing is hidden. Scope: analysts, prosecutors and \
          probation heads see territories within their own (404 otherwise). Invalid \
          parameters give 400 with every field's problem in the reader's language. \
          Definitions: docs/indicators.md.""",
      responses = @ApiResponse(responseCode = "200", description = "The indicators",
          content = @Content(mediaType = "application/json",
              examples = @ExampleObject(name = "a region, half a year", value = EXAMPLE))))
  InteractionTable interaction(
      @Parameter(description = "KATO code; default the reader's own territory",
          example = "350000000")
      @RequestParam(required = false) String territory,
      @Parameter(description = "First day, ISO date", example = "2026-01-01")
      @RequestParam(required = false) String from,
      @Parameter(description = "Last day, included, ISO date", example = "2026-06-30")
      @RequestParam(required = false) String to,
      Locale locale) {
    return indicators.interaction(territory, from, to, locale);
  }
}
