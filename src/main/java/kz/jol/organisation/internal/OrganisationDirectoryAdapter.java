package kz.jol.organisation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.jol.access.OrganisationDirectory;
import kz.jol.organisation.OrganisationFilter;
import kz.jol.organisation.Organisations;
import org.springframework.stereotype.Component;

/** Tells the access module what it needs of an organisation to bind a user to it. */
@Component
class OrganisationDirectoryAdapter implements OrganisationDirectory {

  private final Organisations organisations;

  OrganisationDirectoryAdapter(Organisations organisations) {
    this.organisations = organisations;
  }

  @Override
  public Optional<OrganisationRef> find(UUID id) {
    return organisations.find(id).map(o -> new OrganisationRef(o.id(), o.type().name(),
        o.territoryCode(), o.active()));
  }

  @Override
  public List<OrganisationOption> options(Locale locale) {
    List<OrganisationOption> options = new ArrayList<>();
    for (int page = 0; ; page++) {
      var batch = organisations.list(new OrganisationFilter(null, null, null, true), page,
          Organisations.MAX_PAGE_SIZE, locale);
      batch.items().forEach(o -> options.add(new OrganisationOption(o.id(), o.name(locale),
          o.type().name(), o.territoryCode())));
      if ((long) (page + 1) * Organisations.MAX_PAGE_SIZE >= batch.total()) {
        return options;
      }
    }
  }
}
