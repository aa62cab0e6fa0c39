package kz.jol.organisation.internal;

import java.util.Optional;
import java.util.UUID;
import kz.jol.access.OrganisationDirectory;
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
}
