package kz.jol.register.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.jol.register.Iin;
import kz.jol.register.PersonId;
import kz.jol.register.Sex;
import kz.jol.register.domain.Address;
import kz.jol.register.domain.Education;
import kz.jol.register.domain.Employment;
import kz.jol.register.domain.MaritalStatus;
import kz.jol.register.domain.Person;
import kz.jol.register.domain.PersonDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores persons in {@code person}. */
@Repository
class PersonRepository {

  private static final String COLUMNS = """
      p.id, p.iin, p.last_name, p.first_name, p.middle_name, p.citizenship,
      p.residence_territory_code, p.residence_address, p.registration_territory_code,
      p.registration_address, p.phone, p.children_under_18, p.marital_status, p.education,
      p.employment_before_conviction, p.home_territory_code, p.version""";

  private static final String SUMMARY_COLUMNS = """
      p.id, p.iin, p.last_name, p.first_name, p.middle_name, p.birth_date, p.sex,
      p.home_territory_code""";

  /** Where a person is visible: lives in the scope, or has a case there. */
  static final String VISIBLE = """
      (p.home_territory_code = any(:scope)
       or exists (select 1 from probation_case sc
                   where sc.person_id = p.id and sc.territory_code = any(:scope)))""";

  private final JdbcClient jdbc;

  PersonRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Person> find(PersonId id) {
    return jdbc.sql("select " + COLUMNS + " from person p where p.id = :id")
        .param("id", id.value())
        .query(PersonRepository::person)
        .optional();
  }

  /** The id and home territory of the person with this IIN, if one is registered. */
  Optional<Existing> findByIin(Iin iin) {
    return jdbc.sql("select id, home_territory_code from person where iin = :iin")
        .param("iin", iin.value())
        .query((rs, n) -> new Existing(rs.getObject("id", UUID.class),
            rs.getString("home_territory_code")))
        .optional();
  }

  /** A registered person found by IIN. */
  record Existing(UUID id, String homeTerritoryCode) {}

  /** Whether the person lives within the scope or has a case there. */
  boolean isVisible(PersonId id, Scope scope) {
    if (scope.everywhere()) {
      return true;
    }
    return jdbc.sql("select count(*) from person p where p.id = :id and " + VISIBLE)
        .param("id", id.value())
        .param("scope", scope.codes())
        .query(Integer.class)
        .single() > 0;
  }

  /** Whether the person has a case (open or closed) within the scope. */
  boolean hasCaseWithin(PersonId id, Scope scope) {
    return jdbc.sql("""
            select count(*) from probation_case
             where person_id = :id and territory_code = any(:scope)""")
        .param("id", id.value())
        .param("scope", scope.codes())
        .query(Integer.class)
        .single() > 0;
  }

  void insert(Person person, Instant now) {
    PersonDetails d = person.details();
    jdbc.sql("""
            insert into person (id, iin, last_name, first_name, middle_name, birth_date, sex,
                                citizenship, residence_territory_code, residence_address,
                                registration_territory_code, registration_address, phone,
                                children_under_18, marital_status, education,
                                employment_before_conviction, home_territory_code, name_search,
                                created_at, updated_at, version)
            values (:id, :iin, :lastName, :firstName, :middleName, :birthDate, :sex,
                    :citizenship, :residenceTerritory, :residenceLine, :registrationTerritory,
                    :registrationLine, :phone, :children, :maritalStatus, :education,
                    :employment, :homeTerritory, :nameSearch, :now, :now, 0)""")
        .param("id", person.id().value())
        .params(detailParams(person))
        .param("now", Timestamp.from(now))
        .update();
  }

  /** Writes the person over the version it was read at; false when someone wrote in between. */
  boolean update(Person person, Instant now) {
    return jdbc.sql("""
            update person
               set iin = :iin, last_name = :lastName, first_name = :firstName,
                   middle_name = :middleName, birth_date = :birthDate, sex = :sex,
                   citizenship = :citizenship, residence_territory_code = :residenceTerritory,
                   residence_address = :residenceLine,
                   registration_territory_code = :registrationTerritory,
                   registration_address = :registrationLine, phone = :phone,
                   children_under_18 = :children, marital_status = :maritalStatus,
                   education = :education, employment_before_conviction = :employment,
                   home_territory_code = :homeTerritory, name_search = :nameSearch,
                   updated_at = :now, version = version + 1
             where id = :id and version = :version""")
        .param("id", person.id().value())
        .param("version", person.version())
        .params(detailParams(person))
        .param("now", Timestamp.from(now))
        .update() == 1;
  }

  /**
   * Persons within the scope matching the search, by name.
   *
   * @param query an IIN (or its first digits) or name words, or nothing
   * @param territoryCodes the home territories to keep, or null for all within the scope
   */
  ResultPage<PersonSummary> search(Scope scope, NameQuery query, String[] territoryCodes,
      Paging paging) {
    SqlFilter filter = new SqlFilter();
    if (!scope.everywhere()) {
      filter.and(VISIBLE, "scope", scope.codes());
    }
    if (scope.byPerson()) {
      filter.and("p.id = any(:reach)", "reach", scope.personIds());
    }
    if (territoryCodes != null) {
      filter.and("p.home_territory_code = any(:territories)", "territories", territoryCodes);
    }
    query.addTo(filter);
    long total = jdbc.sql("select count(*) from person p" + filter.where())
        .params(filter.params())
        .query(Long.class)
        .single();
    List<PersonSummary> items = jdbc.sql("select " + SUMMARY_COLUMNS + " from person p"
            + filter.where() + " order by p.name_search, p.id offset :offset limit :limit")
        .params(filter.params())
        .param("offset", paging.offset())
        .param("limit", paging.size())
        .query((rs, n) -> new PersonSummary(rs.getObject("id", UUID.class), rs.getString("iin"),
            rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name"),
            rs.getObject("birth_date", LocalDate.class),
            Sex.valueOf(rs.getString("sex")), rs.getString("home_territory_code")))
        .list();
    return new ResultPage<>(items, paging.page(), paging.size(), total);
  }

  /** The lower-cased names, in the order a search reads them. */
  static String nameSearch(PersonDetails d) {
    String names = d.lastName() + " " + d.firstName()
        + (d.middleName() == null ? "" : " " + d.middleName());
    return normaliseName(names);
  }

  /** Lower case, ё as е (users type either), single spaces. */
  static String normaliseName(String text) {
    return text.toLowerCase(Locale.ROOT).replace('ё', 'е').strip().replaceAll("\\s+", " ");
  }

  private static Map<String, Object> detailParams(Person person) {
    PersonDetails d = person.details();
    var params = new HashMap<String, Object>();
    params.put("iin", d.iin().value());
    params.put("lastName", d.lastName());
    params.put("firstName", d.firstName());
    params.put("middleName", d.middleName());
    params.put("birthDate", person.birthDate());
    params.put("sex", person.sex().name());
    params.put("citizenship", d.citizenship());
    params.put("residenceTerritory", d.residence() == null ? null : d.residence().territoryCode());
    params.put("residenceLine", d.residence() == null ? null : d.residence().line());
    params.put("registrationTerritory",
        d.registration() == null ? null : d.registration().territoryCode());
    params.put("registrationLine", d.registration() == null ? null : d.registration().line());
    params.put("phone", d.phone());
    params.put("children", d.childrenUnder18());
    params.put("maritalStatus", name(d.maritalStatus()));
    params.put("education", name(d.education()));
    params.put("employment", name(d.employmentBeforeConviction()));
    params.put("homeTerritory", d.homeTerritoryCode());
    params.put("nameSearch", nameSearch(d));
    return params;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static Person person(ResultSet rs, int row) throws SQLException {
    var details = new PersonDetails(
        Iin.parse(rs.getString("iin")),
        rs.getString("last_name"),
        rs.getString("first_name"),
        rs.getString("middle_name"),
        rs.getString("citizenship"),
        address(rs.getString("residence_territory_code"), rs.getString("residence_address")),
        address(rs.getString("registration_territory_code"),
            rs.getString("registration_address")),
        rs.getString("phone"),
        rs.getObject("children_under_18", Integer.class),
        value(MaritalStatus.class, rs.getString("marital_status")),
        value(Education.class, rs.getString("education")),
        value(Employment.class, rs.getString("employment_before_conviction")),
        rs.getString("home_territory_code"));
    return Person.restore(new PersonId(rs.getObject("id", UUID.class)), rs.getLong("version"),
        details);
  }

  private static Address address(String territoryCode, String line) {
    return territoryCode == null && line == null ? null : new Address(territoryCode, line);
  }

  private static <E extends Enum<E>> E value(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }
}
