package kz.jol.demo.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.organisation.Organisation;
import kz.jol.police.application.Precinct;
import kz.jol.police.application.PrecinctService;
import kz.jol.police.application.PrecinctService.PrecinctForm;
import kz.jol.police.application.PrecinctService.StreetForm;
import org.springframework.stereotype.Component;

/**
 * The precincts of Karaganda city's local police service: four precincts covering the streets of
 * {@link SyntheticPeople} (one avenue split by house numbers), the demo inspector assigned to two
 * of them, so that the inspector reaches some of the city's persons and not others. Drawn
 * through the police module's service as the demo administrator: filing the persons by address
 * happens as it would in real use.
 */
@Component
class DemoPrecincts {

  /** A precinct to draw: its number, name and streets. */
  record Draft(String number, String name, List<StreetForm> streets, boolean inspector) {}

  static final List<Draft> DRAFTS = List.of(
      new Draft("1", "Центр, Ерубаева — Гоголя", List.of(new StreetForm("ул. Ерубаева", null,
          null), new StreetForm("ул. Гоголя", null, null),
          new StreetForm("пр. Бухар-Жырау", 1, 60)), true),
      new Draft("2", "Бухар-Жырау — Жамбыла", List.of(new StreetForm("пр. Бухар-Жырау", 61,
          null), new StreetForm("ул. Жамбыла", null, null)), false),
      new Draft("3", "Восток", List.of(new StreetForm("мкр. Восток-5", null, null),
          new StreetForm("ул. Абая", null, null)), true),
      new Draft("4", "Республики — Гульдер", List.of(new StreetForm("пр. Республики", null,
          null), new StreetForm("ул. Лободы", null, null),
          new StreetForm("мкр. Гульдер-1", null, null)), false));

  private final PrecinctService precincts;

  DemoPrecincts(PrecinctService precincts) {
    this.precincts = precincts;
  }

  /**
   * Draws the precincts; the caller acts as an administrator.
   *
   * @return how many were drawn
   */
  int draw(Organisation policeUnit, UUID inspectorId) {
    for (Draft draft : DRAFTS) {
      Precinct precinct = precincts.create(new PrecinctForm(policeUnit.id(),
          DemoDataLoader.KARAGANDA_CITY, draft.number(), draft.name()));
      for (StreetForm street : draft.streets()) {
        precincts.addStreet(precinct.id(), street);
      }
      if (draft.inspector()) {
        precincts.assignInspectors(precinct.id(), List.of(inspectorId));
      }
    }
    return DRAFTS.size();
  }

  static Organisation policeUnit(Map<String, Organisation> orgs) {
    return orgs.get("police-karaganda");
  }
}
