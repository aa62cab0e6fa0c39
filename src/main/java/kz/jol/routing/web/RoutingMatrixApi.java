package kz.jol.routing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.routing.application.RoutingMatrixService;
import kz.jol.routing.domain.RoutingMatrix;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The routing matrix: read by everyone who works with referrals, changed by an admin. */
@RestController
@Tag(name = "Routing matrix", description = "Domain × risk level → actions, organisation type, "
    + "deadline and priority; versioned")
class RoutingMatrixApi {

  private final RoutingMatrixService matrix;

  RoutingMatrixApi(RoutingMatrixService matrix) {
    this.matrix = matrix;
  }

  @GetMapping("/api/v1/routing-matrix")
  @Allowed({Role.ADMIN, Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_WORKER,
      Role.AGENCY_HEAD, Role.ANALYST, Role.PROSECUTOR})
  @Operation(summary = "The routing matrix in force (its version and rules)")
  RoutingMatrix current() {
    return matrix.current();
  }

  @GetMapping("/api/v1/routing-matrix/versions")
  @Allowed({Role.ADMIN, Role.PROBATION_HEAD, Role.ANALYST, Role.PROSECUTOR})
  @Operation(summary = "Every version of the matrix: who wrote it, when and why, newest first")
  List<RoutingMatrixService.VersionInfo> versions() {
    return matrix.versions();
  }

  @GetMapping("/api/v1/routing-matrix/versions/{version}")
  @Allowed({Role.ADMIN, Role.PROBATION_HEAD, Role.ANALYST, Role.PROSECUTOR})
  @Operation(summary = "One version of the matrix, as it was")
  RoutingMatrix version(@PathVariable int version) {
    return matrix.version(version);
  }

  @PutMapping("/api/v1/admin/routing-matrix")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Write the whole matrix as a new version",
      description = """
          Send every rule of the new matrix and the version you read as baseVersion; a base
          that is no longer current is 409 routing.stale-version. Every problem is reported at
          once (400, fields rules[i].x) and nothing is written. Deadline units: HOURS (clock
          hours), WORKING_HOURS, WORKING_DAYS (to 18:00 of the n-th working day),
          DAYS_AFTER_REGISTRATION (to 18:00 of day n after registration, never sooner than the
          next working day). Referrals already made keep the version that made them.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "housing only",
              value = """
                  {"baseVersion": 1, "note": "Crisis centres answer within 36 hours",
                   "rules": [{"domain": "HOUSING", "level": "R3", "actionCode": "SAFE_PLACEMENT",
                     "actionKk": "Қауіпсіз орналастыру", "actionRu": "Безопасное размещение",
                     "actionEn": "Safe placement", "targetType": "CRISIS_CENTRE",
                     "deadlineAmount": 36, "deadlineUnit": "HOURS", "targetAmount": 24,
                     "targetUnit": "HOURS", "priority": "URGENT"}]}"""))))
  RoutingMatrix replace(@RequestBody RoutingMatrixService.NewVersion body) {
    return matrix.replace(body);
  }
}
