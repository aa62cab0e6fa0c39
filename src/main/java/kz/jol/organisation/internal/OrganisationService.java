package kz.jol.organisation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationFilter;
import kz.jol.organisation.OrganisationForm;
import kz.jol.organisation.OrganisationPage;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
import kz.jol.organisation.domain.OrganisationDetails;
import kz.jol.organisation.domain.RegisteredOrganisation;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import kz.jol.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrganisationService implements Organisations {

  private final OrganisationRepository repository;
  private final TerritoryScope territories;

  OrganisationService(OrganisationRepository repository, TerritoryScope territories) {
    this.repository = repository;
    this.territories = territories;
  }

  @Override
  public Optional<Organisation> find(UUID id) {
    return repository.find(id).map(OrganisationRepository::toOrganisation);
  }

  @Override
  public List<Organisation> activeServing(OrganisationType type, String territoryCode) {
    return repository.list(type, Set.of(territoryCode), null, true, 0, Integer.MAX_VALUE,
        Locale.forLanguageTag("ru")).items();
  }

  @Override
  public OrganisationPage list(OrganisationFilter filter, int page, int size, Locale locale) {
    int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
    int pageNumber = Math.max(0, page);
    Set<String> within = null;
    String territory = blankToNull(filter.territoryCode());
    if (territory != null && !Territories.REPUBLIC.equals(territory)) {
      if (!territory.matches("[0-9]{9}")) {
        throw new InvalidInputException(new FieldProblem("territory",
            "organisation.territory-format", "'" + territory + "' is not a KATO code of 9 digits",
            territory));
      }
      within = territories.codesWithin(territory);
      if (within.isEmpty()) {
        throw new InvalidInputException(new FieldProblem("territory",
            "organisation.territory-unknown", "there is no territory " + territory, territory));
      }
    }
    var found = repository.list(filter.type(), within, blankToNull(filter.text()),
        filter.active(), pageNumber * pageSize, pageSize, locale);
    return new OrganisationPage(found.items(), pageNumber, pageSize, found.total());
  }

  @Override
  @Transactional
  public Organisation register(OrganisationForm form) {
    OrganisationDetails details = OrganisationDetails.of(form, territories::exists);
    RegisteredOrganisation organisation =
        RegisteredOrganisation.register(UUID.randomUUID(), details);
    refuseNamesake(details, organisation.id());
    repository.insert(organisation);
    return OrganisationRepository.toOrganisation(organisation);
  }

  @Override
  @Transactional
  public Organisation revise(UUID id, OrganisationForm form) {
    RegisteredOrganisation current = repository.find(id)
        .orElseThrow(() -> new NotFoundException("organisation", id));
    OrganisationDetails details;
    try {
      details = OrganisationDetails.of(form, territories::exists);
    } catch (InvalidInputException invalid) {
      throw form.version() == null ? withVersionMissing(invalid) : invalid;
    }
    if (form.version() == null) {
      throw new InvalidInputException("version", "field.required", "is required");
    }
    RegisteredOrganisation revised = current.revise(details, form.version());
    refuseNamesake(details, id);
    if (!repository.update(revised)) {
      int now = repository.find(id).map(RegisteredOrganisation::version).orElse(-1);
      throw RegisteredOrganisation.staleVersion(id, form.version(), now);
    }
    return OrganisationRepository.toOrganisation(revised);
  }

  private void refuseNamesake(OrganisationDetails details, UUID self) {
    repository.findNamesake(details, self).ifPresent(other -> {
      throw new ConflictException("organisation.duplicate",
          "organisation " + other + " of this type and territory already has this name", other);
    });
  }

  private static InvalidInputException withVersionMissing(InvalidInputException invalid) {
    var problems = new java.util.ArrayList<>(invalid.problems());
    problems.add(new FieldProblem("version", "field.required", "is required"));
    return new InvalidInputException(problems);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
