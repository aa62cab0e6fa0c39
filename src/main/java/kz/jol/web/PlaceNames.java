package kz.jol.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.access.CurrentActor;
import kz.jol.organisation.Organisations;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of territories and organisations in the user's language. Templates call it as
 * {@code ${@placeNames.territory(code)}}, so pages show names where records keep codes.
 */
@Component("placeNames")
public class PlaceNames {

  private final Territories territories;
  private final Organisations organisations;
  private final CurrentActor currentActor;

  PlaceNames(Territories territories, Organisations organisations, CurrentActor currentActor) {
    this.territories = territories;
    this.organisations = organisations;
    this.currentActor = currentActor;
  }

  /** A territory to choose in a form, indented by its depth under the user's territory. */
  public record Choice(String code, String label) {}

  /** The territory's name, or its code when it is unknown; empty for none. */
  public String territory(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    return territories.name(code, LocaleContextHolder.getLocale()).orElse(code);
  }

  /** The organisation's name, or null when there is none. */
  public String organisation(UUID id) {
    return id == null ? null
        : organisations.find(id).map(o -> o.name(LocaleContextHolder.getLocale())).orElse(null);
  }

  /** The signed-in user's territory and everything below it, for a form's territory choice. */
  public List<Choice> choices() {
    List<Choice> choices = new ArrayList<>();
    currentActor.find().flatMap(actor -> territories.find(actor.territoryCode()))
        .ifPresent(own -> addWithParts(own, 0, choices));
    return choices;
  }

  private void addWithParts(Territory territory, int depth, List<Choice> choices) {
    choices.add(new Choice(territory.code(),
        "\u00a0\u00a0\u00a0".repeat(depth) + territory.name(LocaleContextHolder.getLocale())));
    for (Territory part : territories.children(territory.code())) {
      addWithParts(part, depth + 1, choices);
    }
  }
}
