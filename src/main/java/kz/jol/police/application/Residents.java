package kz.jol.police.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.police.domain.PrecinctMatching;
import kz.jol.police.domain.PrecinctMatching.StreetRule;
import kz.jol.register.PersonAddressChanged;
import kz.jol.register.PoliceReach;
import kz.jol.register.application.Residences;
import kz.jol.register.application.Residences.Residence;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.TerritoryScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files every person on the register in the precinct that takes the person's address
 * ({@link PrecinctMatching}): when the person is registered or moves ({@link
 * PersonAddressChanged}, kept in the event registry until handled) and when a precinct's streets
 * change. An inspector of the unit may file a person no precinct takes by hand; matching then
 * leaves that person alone. Tells the register whom an inspector reaches ({@link PoliceReach}).
 */
@Service
@Transactional
public class Residents implements PoliceReach {

  static final int PAGE = 500;
  static final String PERSON = "PERSON";

  private final PrecinctRepository precincts;
  private final Residences residences;
  private final TerritoryScope territories;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  Residents(PrecinctRepository precincts, Residences residences, TerritoryScope territories,
      CurrentActor currentActor, AuditTrail audit, Clock clock) {
    this.precincts = precincts;
    this.residences = residences;
    this.territories = territories;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Set<UUID> personsReachedBy(UUID inspectorUserId) {
    return new HashSet<>(precincts.reachedBy(inspectorUserId));
  }

  @ApplicationModuleListener
  void on(PersonAddressChanged event) {
    refile(event.personId().value());
  }

  /** Files one person again from the person's current address. */
  public void refile(UUID personId) {
    residences.of(personId).ifPresent(r -> refile(List.of(r)));
  }

  /**
   * Files again every person whose address lies in the territory (or below): after a precinct
   * of the territory changed its streets.
   *
   * @return how many persons were looked at
   */
  public int refileWithin(String territoryCode) {
    Set<String> within = territories.codesWithin(territoryCode);
    int seen = 0;
    UUID after = null;
    while (true) {
      List<Residence> page = residences.after(after, PAGE, within);
      if (page.isEmpty()) {
        return seen;
      }
      refile(page);
      seen += page.size();
      after = page.getLast().personId();
    }
  }

  private void refile(List<Residence> people) {
    Set<String> codes = people.stream().map(Residence::territoryCode)
        .collect(Collectors.toSet());
    Set<String> candidates = new HashSet<>();
    for (String code : codes) {
      // A precinct of the person's territory or of any territory above it may take the address.
      candidates.addAll(ancestors(code));
    }
    Map<String, Set<String>> below = candidates.stream()
        .collect(Collectors.toMap(Function.identity(), territories::codesWithin));
    List<StreetRule> rules = precincts.streetsWithin(candidates).stream()
        .map(s -> new StreetRule(s.precinctId(), below.get(s.precinctTerritory()),
            s.streetKey(), s.houseFrom(), s.houseTo()))
        .toList();
    for (Residence r : people) {
      Optional<UUID> precinct = PrecinctMatching.match(r.territoryCode(), r.line(), rules);
      precincts.file(r.personId(), precinct.orElse(null),
          precinct.isPresent() ? "MATCHED" : "UNMATCHED", r.territoryCode(), null,
          clock.instant());
    }
  }

  /** The code and every territory above it, by walking up the KATO code's levels. */
  private Set<String> ancestors(String code) {
    Set<String> found = new HashSet<>();
    if (code == null) {
      return found;
    }
    // KATO levels: 2 (region), 4 (district/city), 6, 9 digits; a code ends in zeros below its
    // level. Checking each shortened code against the tree keeps unknown codes out.
    for (int digits : new int[] {2, 4, 6, 9}) {
      String candidate = code.substring(0, digits) + "0".repeat(9 - digits);
      if (territories.isWithin(code, candidate)) {
        found.add(candidate);
      }
    }
    found.add(code);
    return found;
  }

  /** A person no precinct takes: names and address, for the unit to file by hand. */
  public record Unmatched(UUID personId, String fullName, String territoryCode, String line) {}

  /**
   * The persons no precinct of the inspector's unit takes, whose address lies in the territory
   * of one of the unit's precincts; each read is audited.
   */
  @Transactional
  public List<Unmatched> unmatched() {
    Actor actor = requireInspector();
    Set<String> within = new HashSet<>();
    precincts.list(actor.organisationId())
        .forEach(p -> within.addAll(territories.codesWithin(p.territoryCode())));
    if (within.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = precincts.unmatched(within, 200);
    List<Unmatched> found = new ArrayList<>();
    residences.of(ids).forEach(r -> found.add(new Unmatched(r.personId(), r.fullName(),
        r.territoryCode(), r.line())));
    found.sort(java.util.Comparator.comparing(Unmatched::fullName));
    audit.recordAll(PERSON, found.stream().map(Unmatched::personId).toList(), AuditAction.LIST,
        "police: persons in no precinct");
    return found;
  }

  /**
   * Files a person no precinct took in a precinct of the inspector's unit, by hand; matching
   * leaves the person there until someone files the person again.
   *
   * @throws NotFoundException when the person is not among the unit's unmatched persons, or the
   *     precinct is not the unit's
   */
  public void assign(UUID personId, UUID precinctId) {
    Actor actor = requireInspector();
    if (precinctId == null) {
      throw new InvalidInputException("precinctId", "field.required", "is required");
    }
    var precinct = precincts.find(precinctId)
        .filter(p -> p.policeUnitId().equals(actor.organisationId()))
        .orElseThrow(() -> new NotFoundException("precinct", precinctId));
    var filing = precincts.filing(personId)
        .filter(f -> f.precinctId() == null)
        .orElseThrow(() -> new NotFoundException("person", personId));
    Residence residence = residences.of(filing.personId())
        .filter(r -> territories.isWithin(r.territoryCode(), precinct.territoryCode()))
        .orElseThrow(() -> new NotFoundException("person", personId));
    precincts.file(personId, precinctId, "MANUAL", residence.territoryCode(), actor.userId(),
        clock.instant());
    audit.record(PERSON, personId, AuditAction.UPDATE, "police: filed in precinct "
        + precinct.number() + " by hand");
  }

  private Actor requireInspector() {
    Actor actor = currentActor.find()
        .orElseThrow(() -> new ForbiddenException("access.unauthenticated", "sign in first"));
    if (!actor.is(Role.POLICE_INSPECTOR)) {
      throw new ForbiddenException("access.denied", "your role may not do this");
    }
    return actor;
  }
}
