package kz.jol.register.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.audit.AuditEntry;
import kz.jol.register.application.Paging;
import kz.jol.register.application.PersonService;
import kz.jol.register.application.PersonSummary;
import kz.jol.register.application.PersonView;
import kz.jol.register.application.ResultPage;
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
 * Persons on the register. Roles are declared here; the service checks them again together
 * with the territory, so a person outside the caller's territory is a 404.
 */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons", description = "Persons on the probation register (подучётные лица)")
class PersonController {

  private final PersonService persons;

  PersonController(PersonService persons) {
    this.persons = persons;
  }

  @PostMapping
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD})
  @Operation(summary = "Register a person",
      description = "Birth date and sex come from the IIN. 409 person.duplicate-iin names the "
          + "person already registered with the IIN.")
  ResponseEntity<PersonView> create(@RequestBody PersonRequest request) {
    PersonView created = persons.create(request.toInput());
    return ResponseEntity.created(URI.create("/api/v1/persons/" + created.id())).body(created);
  }

  @GetMapping("/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.POLICE_INSPECTOR,
      Role.PROSECUTOR})
  @Operation(summary = "A person's card",
      description = "A police inspector gets the REDUCED view: no family, education or "
          + "employment data.")
  PersonView get(@PathVariable UUID id) {
    return persons.get(id);
  }

  @PutMapping("/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD})
  @Operation(summary = "Replace a person's details",
      description = "Send the version you read; 409 person.stale-version when it is not the "
          + "current one.")
  PersonView update(@PathVariable UUID id, @RequestBody PersonRequest request) {
    return persons.update(id, request.toInput(), request.version());
  }

  @GetMapping
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.POLICE_INSPECTOR,
      Role.PROSECUTOR})
  @Operation(summary = "Find persons",
      description = "Only persons living in, or with a case in, the caller's territory.")
  ResultPage<PersonSummary> list(
      @Parameter(description = "Name words (each begins one of the names), a whole IIN or its "
          + "first digits") @RequestParam(required = false) String q,
      @Parameter(description = "KATO code: persons whose home is in it or below")
      @RequestParam(required = false) String territory,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    return persons.search(q, territory, Paging.of(page, size));
  }

  @GetMapping("/{id}/audit")
  @Allowed({Role.PROSECUTOR, Role.PROBATION_HEAD})
  @Operation(summary = "Who read or changed this person's record", description = "Newest first.")
  ResultPage<AuditEntry> audit(@PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
    return persons.audit(id, Paging.of(page, size));
  }
}
