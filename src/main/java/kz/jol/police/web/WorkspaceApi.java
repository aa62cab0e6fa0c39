package kz.jol.police.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.police.application.PrecinctWorkspace;
import kz.jol.police.application.PrecinctWorkspace.MeasureForm;
import kz.jol.police.application.PrecinctWorkspace.MediationForm;
import kz.jol.police.application.PrecinctWorkspace.PlaceForm;
import kz.jol.police.application.PrecinctWorkspace.PrecinctRef;
import kz.jol.police.application.PrecinctWorkspace.PreventivePersonForm;
import kz.jol.police.application.PrecinctWorkspace.ReceptionForm;
import kz.jol.police.application.Workspace;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The district inspector's workspace: the social map of each of the inspector's precincts. */
@RestController
@Allowed(Role.POLICE_INSPECTOR)
@Tag(name = "Precinct workspace", description = "The district inspector's social map")
class WorkspaceApi {

  private final PrecinctWorkspace workspace;

  WorkspaceApi(PrecinctWorkspace workspace) {
    this.workspace = workspace;
  }

  @GetMapping("/api/v1/precincts")
  @Operation(summary = "The signed-in inspector's precincts")
  List<PrecinctRef> mine() {
    return workspace.mine();
  }

  @GetMapping("/api/v1/precincts/{id}/workspace")
  @Operation(summary = "A precinct's social map: persons of the probation and preventive "
      + "registers, places, partners, measures, receptions and mediation")
  Workspace get(@PathVariable UUID id) {
    return workspace.get(id);
  }

  @PostMapping("/api/v1/precincts/{id}/preventive-persons")
  @Operation(summary = "Put a person on the precinct's preventive register")
  ResponseEntity<Map<String, UUID>> preventive(@PathVariable UUID id,
      @RequestBody PreventivePersonForm form) {
    return created(id, workspace.addPreventivePerson(id, form));
  }

  @PostMapping("/api/v1/precincts/{id}/places")
  @Operation(summary = "Add a problem family, a risk place or a local partner")
  ResponseEntity<Map<String, UUID>> place(@PathVariable UUID id, @RequestBody PlaceForm form) {
    return created(id, workspace.addPlace(id, form));
  }

  @PostMapping("/api/v1/precincts/{id}/measures")
  @Operation(summary = "Record a prevention measure: a talk, a visit, a joint raid, a meeting")
  ResponseEntity<Map<String, UUID>> measure(@PathVariable UUID id,
      @RequestBody MeasureForm form) {
    return created(id, workspace.addMeasure(id, form));
  }

  @PostMapping("/api/v1/precincts/{id}/receptions")
  @Operation(summary = "Record a reception of residents")
  ResponseEntity<Map<String, UUID>> reception(@PathVariable UUID id,
      @RequestBody ReceptionForm form) {
    return created(id, workspace.addReception(id, form));
  }

  @PostMapping("/api/v1/precincts/{id}/mediations")
  @Operation(summary = "Record the mediation of a family or neighbour conflict")
  ResponseEntity<Map<String, UUID>> mediation(@PathVariable UUID id,
      @RequestBody MediationForm form) {
    return created(id, workspace.addMediation(id, form));
  }

  private static ResponseEntity<Map<String, UUID>> created(UUID precinct, UUID id) {
    return ResponseEntity.created(URI.create("/api/v1/precincts/" + precinct + "/workspace"))
        .body(Map.of("id", id));
  }
}
