package kz.jol.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.audit.AuditEntry;
import kz.jol.register.CaseState;
import kz.jol.register.ProbationKind;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseSummary;
import kz.jol.register.application.CaseView;
import kz.jol.register.application.Paging;
import kz.jol.register.application.ResultPage;
import kz.jol.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Probation cases. Roles are declared here; the service checks them again together with the
 * territory, so a case outside the caller's territory is a 404.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Probation cases (учётные дела) and their states")
class CaseController {

  private final CaseService cases;

  CaseController(CaseService cases) {
    this.cases = cases;
  }

  @PostMapping
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD})
  @Operation(summary = "Register a case",
      description = "PENITENTIARY cases start in PRE_RELEASE, the others ACTIVE. 409 "
          + "case.duplicate-open-case when the person has an open case of the same kind.")
  ResponseEntity<CaseView> create(@RequestBody CaseRequests.NewCase request) {
    CaseView created = cases.create(request.toInput());
    return ResponseEntity.created(URI.create("/api/v1/cases/" + created.id())).body(created);
  }

  @GetMapping("/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.POLICE_INSPECTOR,
      Role.PROSECUTOR})
  @Operation(summary = "A case's card",
      description = "A police inspector gets the REDUCED view: kind, state, dates and officer, "
          + "no legal basis or court details.")
  CaseView get(@PathVariable UUID id) {
    return cases.get(id);
  }

  @PutMapping("/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD})
  @Operation(summary = "Change a case's terms, territory or officer",
      description = "Only a probation head gives the case to another officer. 409 "
          + "case.stale-version when the version is not the current one; 409 case.closed for "
          + "a closed case.")
  CaseView update(@PathVariable UUID id, @RequestBody CaseRequests.Update request) {
    return cases.update(id, request.toChange());
  }

  @PostMapping("/{id}/transitions")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD})
  @Operation(summary = "Move a case to another state",
      description = "PRE_RELEASE→ACTIVE|CLOSED, ACTIVE→WANTED|SUSPENDED|CLOSED, "
          + "WANTED→ACTIVE|CLOSED, SUSPENDED→ACTIVE|CLOSED; CLOSED is final. Anything else is "
          + "409 case.transition-not-allowed with the reason.")
  CaseView transition(@PathVariable UUID id, @RequestBody CaseRequests.Transition request) {
    return cases.transition(id, request.toTransition());
  }

  @GetMapping
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.POLICE_INSPECTOR,
      Role.PROSECUTOR})
  @Operation(summary = "List cases",
      description = "Only cases of the caller's territory, newest registration first.")
  ResultPage<CaseSummary> list(
      @Parameter(description = "KATO code: cases in it or below")
      @RequestParam(required = false) String territory,
      @Parameter(description = "'me' or an officer's user id")
      @RequestParam(required = false) String officer,
      @RequestParam(required = false) CaseState state,
      @RequestParam(required = false) ProbationKind kind,
      @Parameter(description = "Only the cases of this person")
      @RequestParam(required = false) UUID person,
      @Parameter(description = "The person's name words (each begins one of the names), a "
          + "whole IIN or its first digits") @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    boolean mine = "me".equals(officer);
    UUID officerId = mine || officer == null || officer.isBlank() ? null : officerId(officer);
    Paging paging = Paging.of(page, size);
    return cases.search(
        new CaseService.CaseFilter(territory, officerId, mine, state, kind, person, q), paging);
  }

  @GetMapping("/{id}/audit")
  @Allowed({Role.PROSECUTOR, Role.PROBATION_HEAD})
  @Operation(summary = "Who read or changed this case", description = "Newest first.")
  ResultPage<AuditEntry> audit(@PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    return cases.audit(id, Paging.of(page, size));
  }

  private static UUID officerId(String officer) {
    try {
      return UUID.fromString(officer.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("officer", "field.type",
          "'" + officer + "' is neither 'me' nor a user id", officer, "UUID");
    }
  }
}
