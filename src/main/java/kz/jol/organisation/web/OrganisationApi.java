package kz.jol.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationFilter;
import kz.jol.organisation.OrganisationForm;
import kz.jol.organisation.OrganisationPage;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory of organisations for everyone signed in; registering and editing for admins. */
@RestController
@Tag(name = "Organisations", description = "Probation and police units and partner bodies")
class OrganisationApi {

  private final Organisations organisations;
  private final Territories territories;
  private final MessageSource messages;

  OrganisationApi(Organisations organisations, Territories territories, MessageSource messages) {
    this.organisations = organisations;
    this.territories = territories;
    this.messages = messages;
  }

  /** An organisation with its type and territory named in the caller's language. */
  record OrganisationView(UUID id, OrganisationType type, String typeName, String name,
      String nameKk, String nameRu, String nameEn, String territoryCode, String territoryName,
      String address, String phone, String email, String headName, boolean active, int version) {}

  record PageView(List<OrganisationView> items, int page, int size, long total) {}

  @GetMapping("/api/v1/organisations")
  @Allowed(anyRole = true)
  @Operation(summary = "List organisations by type, territory (including everything below it) "
      + "and a part of the name, ordered by name")
  PageView list(
      @RequestParam(required = false) OrganisationType type,
      @Parameter(description = "КАТО code; organisations in this territory or below it")
      @RequestParam(required = false) String territory,
      @Parameter(description = "a part of the Kazakh, Russian or English name")
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Boolean active,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(Organisations.MAX_PAGE_SIZE) int size) {
    Locale locale = LocaleContextHolder.getLocale();
    OrganisationPage found = organisations.list(
        new OrganisationFilter(type, territory, q, active), page, size, locale);
    // One territory lookup per distinct territory on the page, not one per organisation.
    Map<String, String> territoryNames = new HashMap<>();
    found.items().forEach(o -> territoryNames.computeIfAbsent(o.territoryCode(),
        code -> territoryName(code, locale)));
    return new PageView(found.items().stream()
        .map(o -> view(o, territoryNames.get(o.territoryCode()), locale)).toList(),
        found.page(), found.size(), found.total());
  }

  @GetMapping("/api/v1/organisations/{id}")
  @Allowed(anyRole = true)
  @Operation(summary = "One organisation with its contacts")
  OrganisationView get(@PathVariable UUID id) {
    return organisations.find(id).map(o -> view(o, LocaleContextHolder.getLocale()))
        .orElseThrow(() -> new NotFoundException("organisation", id));
  }

  @PostMapping("/api/v1/organisations")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Register an organisation",
      description = "400 lists every wrong field (an unknown territory is "
          + "territoryCode: organisation.territory-unknown); 409 when one of the same type and "
          + "territory already has the name.")
  ResponseEntity<OrganisationView> register(@RequestBody OrganisationForm form) {
    Organisation created = organisations.register(form);
    return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
        .body(view(created, LocaleContextHolder.getLocale()));
  }

  @PutMapping("/api/v1/organisations/{id}")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Replace an organisation's details",
      description = "Send the version you read; 409 organisation.stale-version when someone "
          + "changed the organisation since.")
  OrganisationView revise(@PathVariable UUID id, @RequestBody OrganisationForm form) {
    return view(organisations.revise(id, form), LocaleContextHolder.getLocale());
  }

  private OrganisationView view(Organisation o, Locale locale) {
    return view(o, territoryName(o.territoryCode(), locale), locale);
  }

  private OrganisationView view(Organisation o, String territoryName, Locale locale) {
    return new OrganisationView(o.id(), o.type(),
        messages.getMessage("organisation.type." + o.type().name(), null, o.type().name(), locale),
        o.name(locale), o.nameKk(), o.nameRu(), o.nameEn(), o.territoryCode(), territoryName,
        o.address(), o.phone(), o.email(), o.headName(), o.active(), o.version());
  }

  private String territoryName(String code, Locale locale) {
    return territories.name(code, locale).orElse(code);
  }
}
