package kz.jol.interaction.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.Organisations;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.territory.Territories;
import kz.jol.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/**
 * Who may read and record what in the registry. Every record has a territory; a reader sees the
 * records of the territory of the reader's scope and below it, nothing else (out of scope is
 * "not found" by id and absent from lists). Recording also follows the recorder's organisation:
 * each service says which organisation of a record the recorder must work for.
 */
@Component
class RegistryAccess {

  /** Roles that read the registry, each within the territory of the user's scope. */
  static final Set<Role> READERS = Set.of(Role.PROBATION_OFFICER, Role.PROBATION_HEAD,
      Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.ANALYST, Role.PROSECUTOR, Role.ADMIN);

  private final CurrentActor currentActor;
  private final TerritoryScope scope;
  private final Territories territories;
  private final Organisations organisations;
  private final Clock clock;

  RegistryAccess(CurrentActor currentActor, TerritoryScope scope, Territories territories,
      Organisations organisations, Clock clock) {
    this.currentActor = currentActor;
    this.scope = scope;
    this.territories = territories;
    this.organisations = organisations;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  Actor reader() {
    Actor actor = currentActor.find()
        .orElseThrow(() -> new ForbiddenException("access.unauthenticated", "sign in first"));
    if (!READERS.contains(actor.role())) {
      throw new ForbiddenException("access.denied", "your role may not do this");
    }
    return actor;
  }

  /** The signed-in actor when it has one of the roles; refuses (403) otherwise. */
  Actor recorder(Role... roles) {
    Actor actor = reader();
    if (!actor.is(roles)) {
      throw new ForbiddenException("access.denied", "your role may not do this");
    }
    return actor;
  }

  boolean sees(Actor actor, String territoryCode) {
    return territoryCode != null && scope.isWithin(territoryCode, actor.territoryCode());
  }

  /**
   * The territory codes a list covers: the filter's subtree, or the reader's own; empty when the
   * filter names a territory outside the reader's scope (such records are absent, not refused).
   *
   * @throws InvalidInputException when the filter names no territory
   */
  String[] codes(Actor actor, String filter) {
    String code = filter == null || filter.isBlank() ? actor.territoryCode() : filter.strip();
    if (territories.find(code).isEmpty()) {
      throw new InvalidInputException("territory", "territory.unknown",
          "there is no territory " + code, code);
    }
    if (!sees(actor, code)) {
      return new String[0];
    }
    return scope.codesWithin(code).toArray(String[]::new);
  }

  /**
   * The codes whose areas overlap the filter's (or the reader's) territory: every code within it
   * and every code above it. A partner serving any of these serves somewhere the reader sees.
   */
  String[] overlapping(Actor actor, String filter) {
    String[] within = codes(actor, filter);
    if (within.length == 0) {
      return within;
    }
    String code = filter == null || filter.isBlank() ? actor.territoryCode() : filter.strip();
    java.util.Set<String> all = new java.util.LinkedHashSet<>(List.of(within));
    territories.path(code).forEach(t -> all.add(t.code()));
    return all.toArray(String[]::new);
  }

  /** Whether an area of one of these codes overlaps the reader's territory. */
  boolean overlaps(Actor actor, Collection<String> areas) {
    return areas.stream().anyMatch(a -> sees(actor, a)
        || scope.isWithin(actor.territoryCode(), a));
  }

  boolean exists(String code) {
    return code != null && scope.exists(code);
  }

  /** Checks a record's territory: known, and within the recorder's scope. */
  String territory(Actor actor, String field, String code, List<FieldProblem> problems) {
    String clean = code == null ? null : code.strip();
    if (clean == null || clean.isEmpty()) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
      return null;
    }
    if (!scope.exists(clean)) {
      problems.add(new FieldProblem(field, "territory.unknown", "there is no territory " + clean,
          clean));
      return null;
    }
    if (!sees(actor, clean)) {
      problems.add(new FieldProblem(field, "registry.outside-scope",
          "lies outside the territory you work in", clean));
      return null;
    }
    return clean;
  }

  /** The active organisations of the ids, a problem for each unknown or inactive one. */
  List<Organisation> organisations(String field, Collection<UUID> ids,
      List<FieldProblem> problems) {
    List<Organisation> found = new ArrayList<>();
    if (ids == null) {
      return found;
    }
    for (UUID id : ids) {
      Organisation o = id == null ? null : organisations.find(id).filter(Organisation::active)
          .orElse(null);
      if (o == null) {
        problems.add(new FieldProblem(field, "registry.not-an-organisation",
            "is not an active organisation", String.valueOf(id)));
      } else if (found.stream().noneMatch(f -> f.id().equals(o.id()))) {
        found.add(o);
      }
    }
    return found;
  }

  /** An organisation's name in every language, for a record's view; "?" when gone. */
  OrganisationRef ref(UUID id) {
    return organisations.find(id)
        .map(o -> new OrganisationRef(o.id(), o.nameKk(), o.nameRu(), o.nameEn()))
        .orElse(new OrganisationRef(id, "?", "?", "?"));
  }

  static String text(String field, String value, int max, boolean required,
      List<FieldProblem> problems) {
    String clean = value == null ? null : value.strip();
    if (clean == null || clean.isEmpty()) {
      if (required) {
        problems.add(new FieldProblem(field, "field.required", "is required"));
      }
      return null;
    }
    if (clean.length() > max) {
      problems.add(new FieldProblem(field, "registry.too-long",
          "is longer than " + max + " characters", max));
      return null;
    }
    return clean;
  }

  static <T> T required(String field, T value, List<FieldProblem> problems) {
    if (value == null) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
    }
    return value;
  }

  static void throwIfAny(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** A period filter: from must not follow to. */
  static void period(java.time.LocalDate from, java.time.LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidInputException("to", "registry.period-order",
          "the period ends before it begins");
    }
  }
}
