package kz.jol.web;

import java.util.UUID;
import kz.jol.organisation.Organisations;
import kz.jol.territory.Territories;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names of territories and organisations in the user's language, for page headers. */
@Component
class PlaceNames {

  private final Territories territories;
  private final Organisations organisations;

  PlaceNames(Territories territories, Organisations organisations) {
    this.territories = territories;
    this.organisations = organisations;
  }

  /** The territory's name, or its code when it is unknown. */
  String territory(String code) {
    return territories.name(code, LocaleContextHolder.getLocale()).orElse(code);
  }

  /** The organisation's name, or null when there is none. */
  String organisation(UUID id) {
    return id == null ? null
        : organisations.find(id).map(o -> o.name(LocaleContextHolder.getLocale())).orElse(null);
  }
}
