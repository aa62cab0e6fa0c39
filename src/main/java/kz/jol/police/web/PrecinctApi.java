package kz.jol.police.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.police.application.Precinct;
import kz.jol.police.application.PrecinctService;
import kz.jol.police.application.PrecinctService.PrecinctForm;
import kz.jol.police.application.PrecinctService.StreetForm;
import kz.jol.police.application.Residents;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Precincts of the police units: administrators keep them (streets, inspectors); the unit's
 * inspectors see who lives in no precinct and file such a person by hand.
 */
@RestController
@Tag(name = "Police precincts", description = "District inspectors' precincts and streets")
class PrecinctApi {

  private final PrecinctService precincts;
  private final Residents residents;

  PrecinctApi(PrecinctService precincts, Residents residents) {
    this.precincts = precincts;
    this.residents = residents;
  }

  /** A new version of a precinct's own fields. */
  record PrecinctChange(String territoryCode, String number, String name, Long version) {}

  record Inspectors(List<UUID> userIds) {}

  record Assignment(UUID precinctId) {}

  @GetMapping("/api/v1/admin/precincts")
  @Allowed(Role.ADMIN)
  @Operation(summary = "The precincts of a police unit, or of every unit")
  List<Precinct> list(@RequestParam(required = false) UUID policeUnitId) {
    return precincts.list(policeUnitId);
  }

  @GetMapping("/api/v1/admin/precincts/{id}")
  @Allowed(Role.ADMIN)
  @Operation(summary = "A precinct with its streets, inspectors and number of residents")
  Precinct get(@PathVariable UUID id) {
    return precincts.get(id);
  }

  @PostMapping("/api/v1/admin/precincts")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Create a precinct of a police unit in a district or city")
  ResponseEntity<Precinct> create(@RequestBody PrecinctForm form) {
    Precinct created = precincts.create(form);
    return ResponseEntity.created(URI.create("/api/v1/admin/precincts/" + created.id()))
        .body(created);
  }

  @PutMapping("/api/v1/admin/precincts/{id}")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Rename, renumber or move a precinct over the version read")
  Precinct update(@PathVariable UUID id, @RequestBody PrecinctChange change) {
    return precincts.update(id, new PrecinctForm(null, change.territoryCode(), change.number(),
        change.name()), change.version());
  }

  @PostMapping("/api/v1/admin/precincts/{id}/streets")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Add a street, or a range of its houses; persons are filed again")
  Precinct addStreet(@PathVariable UUID id, @RequestBody StreetForm form) {
    return precincts.addStreet(id, form);
  }

  @DeleteMapping("/api/v1/admin/precincts/{id}/streets/{streetId}")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Remove a street; persons are filed again")
  Precinct removeStreet(@PathVariable UUID id, @PathVariable UUID streetId) {
    return precincts.removeStreet(id, streetId);
  }

  @PutMapping("/api/v1/admin/precincts/{id}/inspectors")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Make these inspectors of the precinct's police unit its inspectors")
  Precinct inspectors(@PathVariable UUID id, @RequestBody Inspectors inspectors) {
    return precincts.assignInspectors(id, inspectors.userIds());
  }

  @GetMapping("/api/v1/precincts/unmatched")
  @Allowed(Role.POLICE_INSPECTOR)
  @Operation(summary = "Persons of the unit's territory whose address no precinct takes")
  List<Residents.Unmatched> unmatched() {
    return residents.unmatched();
  }

  @PutMapping("/api/v1/precincts/residents/{personId}")
  @Allowed(Role.POLICE_INSPECTOR)
  @Operation(summary = "File a person no precinct takes in a precinct of the unit, by hand")
  ResponseEntity<Void> assign(@PathVariable UUID personId, @RequestBody Assignment assignment) {
    residents.assign(personId, assignment.precinctId());
    return ResponseEntity.noContent().build();
  }
}
