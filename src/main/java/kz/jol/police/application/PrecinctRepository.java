package kz.jol.police.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores precincts, their streets and inspectors, and who lives in each. */
@Repository
class PrecinctRepository {

  private final JdbcClient jdbc;

  PrecinctRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A precinct's own row. */
  record Row(UUID id, UUID policeUnitId, String territoryCode, String number, String name,
      long version) {}

  /** A street as matching reads it, with its precinct's territory. */
  record StreetRow(UUID precinctId, String precinctTerritory, String streetKey,
      Integer houseFrom, Integer houseTo) {}

  private static final String ROW = """
      select id, police_unit_id, territory_code, number, name, version from precinct""";

  Optional<Row> find(UUID id) {
    return jdbc.sql(ROW + " where id = :id").param("id", id).query(PrecinctRepository::row)
        .optional();
  }

  /** The precincts of a unit (or of every unit), by unit and number. */
  List<Row> list(UUID policeUnitId) {
    return jdbc.sql(ROW + " where (cast(:unit as uuid) is null or police_unit_id = :unit)"
            + " order by police_unit_id, length(number), number")
        .param("unit", policeUnitId)
        .query(PrecinctRepository::row)
        .list();
  }

  /** The precincts an inspector is assigned to, by number. */
  List<Row> ofInspector(UUID userId) {
    return jdbc.sql(ROW + " where id in (select precinct_id from precinct_inspector"
            + " where user_id = :user) order by length(number), number")
        .param("user", userId)
        .query(PrecinctRepository::row)
        .list();
  }

  boolean numberTaken(UUID policeUnitId, String number, UUID except) {
    return jdbc.sql("""
            select count(*) from precinct
             where police_unit_id = :unit and number = :number
               and (cast(:except as uuid) is null or id <> :except)""")
        .param("unit", policeUnitId).param("number", number).param("except", except)
        .query(Integer.class).single() > 0;
  }

  void insert(Row row, Instant now) {
    jdbc.sql("""
            insert into precinct (id, police_unit_id, territory_code, number, name, created_at,
                                  updated_at, version)
            values (:id, :unit, :territory, :number, :name, :now, :now, 0)""")
        .param("id", row.id()).param("unit", row.policeUnitId())
        .param("territory", row.territoryCode()).param("number", row.number())
        .param("name", row.name()).param("now", Timestamp.from(now))
        .update();
  }

  boolean update(Row row, Instant now) {
    return jdbc.sql("""
            update precinct set territory_code = :territory, number = :number, name = :name,
                                updated_at = :now, version = version + 1
             where id = :id and version = :version""")
        .param("id", row.id()).param("territory", row.territoryCode())
        .param("number", row.number()).param("name", row.name())
        .param("version", row.version()).param("now", Timestamp.from(now))
        .update() == 1;
  }

  /** Counts a change to a precinct's streets or inspectors as a change of the precinct. */
  void touch(UUID id, Instant now) {
    jdbc.sql("update precinct set updated_at = :now, version = version + 1 where id = :id")
        .param("id", id).param("now", Timestamp.from(now)).update();
  }

  List<Precinct.Street> streets(UUID precinctId) {
    return jdbc.sql("""
            select id, street, house_from, house_to from precinct_street
             where precinct_id = :id order by street_key, house_from nulls first""")
        .param("id", precinctId)
        .query((rs, n) -> new Precinct.Street(rs.getObject("id", UUID.class),
            rs.getString("street"), rs.getObject("house_from", Integer.class),
            rs.getObject("house_to", Integer.class)))
        .list();
  }

  void insertStreet(UUID precinctId, UUID id, String street, String key, Integer from,
      Integer to) {
    jdbc.sql("""
            insert into precinct_street (id, precinct_id, street, street_key, house_from,
                                         house_to)
            values (:id, :precinct, :street, :key, :from, :to)""")
        .param("id", id).param("precinct", precinctId).param("street", street)
        .param("key", key).param("from", from).param("to", to)
        .update();
  }

  boolean deleteStreet(UUID precinctId, UUID streetId) {
    return jdbc.sql("delete from precinct_street where id = :id and precinct_id = :precinct")
        .param("id", streetId).param("precinct", precinctId).update() == 1;
  }

  /** Every street of the precincts lying in these territories, for matching. */
  List<StreetRow> streetsWithin(Collection<String> territoryCodes) {
    return jdbc.sql("""
            select s.precinct_id, p.territory_code, s.street_key, s.house_from, s.house_to
              from precinct_street s join precinct p on p.id = s.precinct_id
             where p.territory_code = any(:territories)""")
        .param("territories", territoryCodes.toArray(String[]::new))
        .query((rs, n) -> new StreetRow(rs.getObject("precinct_id", UUID.class),
            rs.getString("territory_code"), rs.getString("street_key"),
            rs.getObject("house_from", Integer.class), rs.getObject("house_to", Integer.class)))
        .list();
  }

  List<UUID> inspectors(UUID precinctId) {
    return jdbc.sql("select user_id from precinct_inspector where precinct_id = :id")
        .param("id", precinctId).query(UUID.class).list();
  }

  void replaceInspectors(UUID precinctId, Collection<UUID> userIds) {
    jdbc.sql("delete from precinct_inspector where precinct_id = :id")
        .param("id", precinctId).update();
    for (UUID user : userIds) {
      jdbc.sql("insert into precinct_inspector (precinct_id, user_id) values (:id, :user)")
          .param("id", precinctId).param("user", user).update();
    }
  }

  boolean isInspectorOf(UUID precinctId, UUID userId) {
    return jdbc.sql("""
            select count(*) from precinct_inspector where precinct_id = :id and user_id = :user""")
        .param("id", precinctId).param("user", userId).query(Integer.class).single() > 0;
  }

  Map<UUID, Integer> residentCounts(Collection<UUID> precinctIds) {
    Map<UUID, Integer> counts = new HashMap<>();
    if (precinctIds.isEmpty()) {
      return counts;
    }
    jdbc.sql("""
            select precinct_id, count(*) as n from precinct_resident
             where precinct_id = any(:ids) group by precinct_id""")
        .param("ids", precinctIds.toArray(UUID[]::new))
        .query((rs, n) -> counts.put(rs.getObject("precinct_id", UUID.class), rs.getInt("n")))
        .list();
    return counts;
  }

  // ---- residents

  /** A person's filing: which precinct, how it was decided. */
  record Filing(UUID personId, UUID precinctId, String source) {}

  Optional<Filing> filing(UUID personId) {
    return jdbc.sql("select person_id, precinct_id, source from precinct_resident"
            + " where person_id = :id")
        .param("id", personId)
        .query((rs, n) -> new Filing(rs.getObject("person_id", UUID.class),
            rs.getObject("precinct_id", UUID.class), rs.getString("source")))
        .optional();
  }

  /** Files a person; a manual filing stays unless {@code manual} overrides it. */
  void file(UUID personId, UUID precinctId, String source, String territoryCode, UUID by,
      Instant now) {
    jdbc.sql("""
            insert into precinct_resident (person_id, precinct_id, source, territory_code,
                                           assigned_at, assigned_by)
            values (:person, :precinct, :source, :territory, :now, :by)
            on conflict (person_id) do update
               set precinct_id = excluded.precinct_id, source = excluded.source,
                   territory_code = excluded.territory_code,
                   assigned_at = excluded.assigned_at, assigned_by = excluded.assigned_by
             where precinct_resident.source <> 'MANUAL' or excluded.source = 'MANUAL'""")
        .param("person", personId).param("precinct", precinctId).param("source", source)
        .param("territory", territoryCode).param("by", by).param("now", Timestamp.from(now))
        .update();
  }

  /** The persons filed in these precincts. */
  List<Filing> residents(Collection<UUID> precinctIds) {
    if (precinctIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select person_id, precinct_id, source from precinct_resident
             where precinct_id = any(:ids)""")
        .param("ids", precinctIds.toArray(UUID[]::new))
        .query((rs, n) -> new Filing(rs.getObject("person_id", UUID.class),
            rs.getObject("precinct_id", UUID.class), rs.getString("source")))
        .list();
  }

  /** The persons no precinct took whose address lies in these territories. */
  List<UUID> unmatched(Collection<String> territoryCodes, int limit) {
    return jdbc.sql("""
            select person_id from precinct_resident
             where precinct_id is null and territory_code = any(:territories)
             order by assigned_at, person_id limit :limit""")
        .param("territories", territoryCodes.toArray(String[]::new)).param("limit", limit)
        .query(UUID.class).list();
  }

  /** The persons living in the precincts of an inspector. */
  List<UUID> reachedBy(UUID userId) {
    return jdbc.sql("""
            select r.person_id from precinct_resident r
              join precinct_inspector i on i.precinct_id = r.precinct_id
             where i.user_id = :user""")
        .param("user", userId).query(UUID.class).list();
  }

  private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Row(rs.getObject("id", UUID.class), rs.getObject("police_unit_id", UUID.class),
        rs.getString("territory_code"), rs.getString("number"), rs.getString("name"),
        rs.getLong("version"));
  }

  static <T> List<T> copy(List<T> list) {
    return new ArrayList<>(list);
  }
}
