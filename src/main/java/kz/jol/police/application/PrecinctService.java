package kz.jol.police.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.access.UserSummary;
import kz.jol.access.Users;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
import kz.jol.police.domain.StreetAddress;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the precincts of the police units: an administrator creates and renames them, gives
 * them their streets and assigns the unit's inspectors. A change of streets files the persons
 * of the precinct's territory again at once, so that an inspector's reach follows the map.
 * Every change is written to the audit trail.
 */
@Service
@Transactional
public class PrecinctService {

  static final String RECORD_TYPE = "PRECINCT";
  private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z/-]{1,10}");

  private final PrecinctRepository precincts;
  private final Residents residents;
  private final Organisations organisations;
  private final Users users;
  private final TerritoryScope territories;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  PrecinctService(PrecinctRepository precincts, Residents residents, Organisations organisations,
      Users users, TerritoryScope territories, CurrentActor currentActor, AuditTrail audit,
      Clock clock) {
    this.precincts = precincts;
    this.residents = residents;
    this.organisations = organisations;
    this.users = users;
    this.territories = territories;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /** A precinct's own fields as entered. */
  public record PrecinctForm(UUID policeUnitId, String territoryCode, String number,
      String name) {}

  /** A street as entered; no house numbers for the whole street. */
  public record StreetForm(String street, Integer houseFrom, Integer houseTo) {}

  /** The precincts of a police unit, or of every unit when none is given. */
  @Transactional(readOnly = true)
  public List<Precinct> list(UUID policeUnitId) {
    requireAdmin();
    return view(precincts.list(policeUnitId));
  }

  @Transactional(readOnly = true)
  public Precinct get(UUID id) {
    requireAdmin();
    return view(List.of(find(id))).getFirst();
  }

  /**
   * @throws InvalidInputException for every bad field (400)
   * @throws ConflictException {@code precinct.number-taken} (409)
   */
  public Precinct create(PrecinctForm form) {
    requireAdmin();
    PrecinctForm clean = check(form, null);
    UUID id = UUID.randomUUID();
    precincts.insert(new PrecinctRepository.Row(id, clean.policeUnitId(),
        clean.territoryCode(), clean.number(), clean.name(), 0), clock.instant());
    audit.record(RECORD_TYPE, id, AuditAction.CREATE, "precinct " + clean.number());
    return get(id);
  }

  /** Renames, renumbers or moves a precinct over the version read; its unit stays. */
  public Precinct update(UUID id, PrecinctForm form, Long version) {
    requireAdmin();
    var found = find(id);
    PrecinctForm clean = check(new PrecinctForm(found.policeUnitId(), form.territoryCode(),
        form.number(), form.name()), id);
    if (version == null) {
      throw new InvalidInputException("version", "field.required", "is required");
    }
    if (!precincts.update(new PrecinctRepository.Row(id, found.policeUnitId(),
        clean.territoryCode(), clean.number(), clean.name(), version), clock.instant())) {
      throw new ConflictException("precinct.stale-version",
          "someone changed this precinct since you read it; reload and try again");
    }
    audit.record(RECORD_TYPE, id, AuditAction.UPDATE, "precinct " + clean.number());
    if (!found.territoryCode().equals(clean.territoryCode())) {
      residents.refileWithin(found.territoryCode());
    }
    residents.refileWithin(clean.territoryCode());
    return get(id);
  }

  /** Adds a street (or a range of its houses) and files the territory's persons again. */
  public Precinct addStreet(UUID id, StreetForm form) {
    requireAdmin();
    var found = find(id);
    List<FieldProblem> problems = new ArrayList<>();
    String street = form.street() == null ? null : form.street().strip().replaceAll("\\s+", " ");
    String key = StreetAddress.key(street);
    if (street == null || street.isEmpty()) {
      problems.add(new FieldProblem("street", "field.required", "is required"));
    } else if (street.length() > 200) {
      problems.add(new FieldProblem("street", "field.size", "is longer than 200 characters"));
    } else if (key == null) {
      problems.add(new FieldProblem("street", "precinct.street-name",
          "names only the kind of street; write its name"));
    }
    checkHouse("houseFrom", form.houseFrom(), problems);
    checkHouse("houseTo", form.houseTo(), problems);
    if (form.houseFrom() != null && form.houseTo() != null
        && form.houseFrom() > form.houseTo()) {
      problems.add(new FieldProblem("houseTo", "precinct.house-range",
          "the last house comes before the first", form.houseFrom()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    precincts.insertStreet(id, UUID.randomUUID(), street, key, form.houseFrom(),
        form.houseTo());
    precincts.touch(id, clock.instant());
    audit.record(RECORD_TYPE, id, AuditAction.UPDATE, "street added: " + street);
    residents.refileWithin(found.territoryCode());
    return get(id);
  }

  public Precinct removeStreet(UUID id, UUID streetId) {
    requireAdmin();
    var found = find(id);
    if (!precincts.deleteStreet(id, streetId)) {
      throw new NotFoundException("precinct-street", streetId);
    }
    precincts.touch(id, clock.instant());
    audit.record(RECORD_TYPE, id, AuditAction.UPDATE, "street removed");
    residents.refileWithin(found.territoryCode());
    return get(id);
  }

  /**
   * Makes these the precinct's inspectors: enabled POLICE_INSPECTOR users of its police unit.
   */
  public Precinct assignInspectors(UUID id, List<UUID> userIds) {
    requireAdmin();
    var found = find(id);
    Set<UUID> chosen = new LinkedHashSet<>(userIds == null ? List.of() : userIds);
    List<FieldProblem> problems = new ArrayList<>();
    for (UUID userId : chosen) {
      boolean fits = userId != null && users.find(userId)
          .filter(u -> u.enabled() && u.role() == Role.POLICE_INSPECTOR
              && found.policeUnitId().equals(u.organisationId()))
          .isPresent();
      if (!fits) {
        problems.add(new FieldProblem("inspectors", "precinct.not-an-inspector",
            "is not an active inspector of the precinct's police unit", userId));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    precincts.replaceInspectors(id, chosen);
    precincts.touch(id, clock.instant());
    audit.record(RECORD_TYPE, id, AuditAction.UPDATE, "inspectors: " + chosen.size());
    return get(id);
  }

  /** The enabled inspectors of a police unit, for the choice on the precinct's page. */
  @Transactional(readOnly = true)
  public List<Precinct.Inspector> inspectorsOf(UUID policeUnitId) {
    requireAdmin();
    return users.enabledContacts(policeUnitId, Role.POLICE_INSPECTOR).stream()
        .map(c -> new Precinct.Inspector(c.id(), c.fullName()))
        .toList();
  }

  private PrecinctRepository.Row find(UUID id) {
    return precincts.find(id).orElseThrow(() -> new NotFoundException("precinct", id));
  }

  private PrecinctForm check(PrecinctForm form, UUID self) {
    List<FieldProblem> problems = new ArrayList<>();
    Organisation unit = null;
    if (form.policeUnitId() == null) {
      problems.add(new FieldProblem("policeUnitId", "field.required", "is required"));
    } else {
      unit = organisations.find(form.policeUnitId())
          .filter(o -> o.type() == OrganisationType.POLICE_UNIT && o.active())
          .orElse(null);
      if (unit == null) {
        problems.add(new FieldProblem("policeUnitId", "precinct.not-a-police-unit",
            "is not an active police unit"));
      }
    }
    String territory = form.territoryCode() == null ? null : form.territoryCode().strip();
    if (territory == null || territory.isEmpty()) {
      problems.add(new FieldProblem("territoryCode", "field.required", "is required"));
    } else if (!territories.exists(territory)) {
      problems.add(new FieldProblem("territoryCode", "territory.unknown",
          "there is no territory " + territory, territory));
    } else if (unit != null && !territories.isWithin(territory, unit.territoryCode())) {
      problems.add(new FieldProblem("territoryCode", "precinct.outside-unit",
          "lies outside the police unit's territory", territory));
    }
    String number = form.number() == null ? null : form.number().strip();
    if (number == null || number.isEmpty()) {
      problems.add(new FieldProblem("number", "field.required", "is required"));
    } else if (!NUMBER.matcher(number).matches()) {
      problems.add(new FieldProblem("number", "precinct.number",
          "1 to 10 digits, Latin letters, / or -"));
    }
    String name = form.name() == null ? null : form.name().strip();
    if (name == null || name.isEmpty()) {
      problems.add(new FieldProblem("name", "field.required", "is required"));
    } else if (name.length() > 200) {
      problems.add(new FieldProblem("name", "field.size", "is longer than 200 characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (precincts.numberTaken(form.policeUnitId(), number, self)) {
      throw new ConflictException("precinct.number-taken",
          "the police unit already has a precinct " + number, number);
    }
    return new PrecinctForm(form.policeUnitId(), territory, number, name);
  }

  private static void checkHouse(String field, Integer house, List<FieldProblem> problems) {
    if (house != null && (house < 1 || house > 9999)) {
      problems.add(new FieldProblem(field, "precinct.house", "a house number from 1 to 9999"));
    }
  }

  List<Precinct> view(List<PrecinctRepository.Row> rows) {
    Map<UUID, Integer> counts = precincts.residentCounts(
        rows.stream().map(PrecinctRepository.Row::id).toList());
    return rows.stream().map(r -> new Precinct(r.id(), r.policeUnitId(), r.territoryCode(),
            r.number(), r.name(), precincts.streets(r.id()),
            precincts.inspectors(r.id()).stream()
                .map(u -> new Precinct.Inspector(u, users.find(u).map(UserSummary::fullName)
                    .orElse("?")))
                .toList(),
            counts.getOrDefault(r.id(), 0), r.version()))
        .toList();
  }

  private Actor requireAdmin() {
    Actor actor = currentActor.find()
        .orElseThrow(() -> new ForbiddenException("access.unauthenticated", "sign in first"));
    if (!actor.is(Role.ADMIN)) {
      throw new ForbiddenException("access.denied", "your role may not do this");
    }
    return actor;
  }
}
