package kz.jol.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.domain.OrganisationDetails;
import kz.jol.organisation.domain.RegisteredOrganisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores organisations in PostgreSQL; the row version guards against lost updates. */
@Repository
class OrganisationRepository {

  private static final String COLUMNS = """
      id, type, name_kk, name_ru, name_en, territory_code, address, phone, email, head_name,
      active, version""";

  private final JdbcClient jdbc;
  private final Clock clock;

  OrganisationRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<RegisteredOrganisation> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from organisation where id = :id")
        .param("id", id)
        .query((rs, n) -> RegisteredOrganisation.restore(rs.getObject("id", UUID.class),
            details(rs), rs.getInt("version")))
        .optional();
  }

  void insert(RegisteredOrganisation organisation) {
    OrganisationDetails d = organisation.details();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql("""
            insert into organisation (id, type, name_kk, name_ru, name_en, territory_code, address,
                                      phone, email, head_name, active, created_at, updated_at,
                                      version)
            values (:id, :type, :nameKk, :nameRu, :nameEn, :territory, :address, :phone, :email,
                    :headName, :active, :now, :now, :version)""")
        .param("id", organisation.id())
        .params(columns(d))
        .param("now", now)
        .param("version", organisation.version())
        .update();
  }

  /**
   * Stores the revised organisation if the row is still at the version before the revision.
   *
   * @return false when someone else stored a change first
   */
  boolean update(RegisteredOrganisation organisation) {
    OrganisationDetails d = organisation.details();
    return jdbc.sql("""
            update organisation
               set type = :type, name_kk = :nameKk, name_ru = :nameRu, name_en = :nameEn,
                   territory_code = :territory, address = :address, phone = :phone,
                   email = :email, head_name = :headName, active = :active,
                   updated_at = :now, version = :version
             where id = :id and version = :previous""")
        .param("id", organisation.id())
        .params(columns(d))
        .param("now", Timestamp.from(clock.instant()))
        .param("version", organisation.version())
        .param("previous", organisation.version() - 1)
        .update() == 1;
  }

  /** Another organisation of the same type in the same territory with the same name, if any. */
  Optional<UUID> findNamesake(OrganisationDetails d, UUID except) {
    return jdbc.sql("""
            select id from organisation
             where type = :type and territory_code = :territory and id <> :except
               and (lower(name_kk) = lower(:nameKk) or lower(name_ru) = lower(:nameRu)
                    or lower(name_en) = lower(:nameEn))
             order by id limit 1""")
        .param("type", d.type().name())
        .param("territory", d.territoryCode())
        .param("except", except)
        .param("nameKk", d.nameKk())
        .param("nameRu", d.nameRu())
        .param("nameEn", d.nameEn())
        .query(UUID.class)
        .optional();
  }

  /** One page of the organisations that match; {@code territories} null means anywhere. */
  Page list(OrganisationType type, Set<String> territories, String text, Boolean active,
      int offset, int limit, Locale locale) {
    StringBuilder where = new StringBuilder("where true");
    List<Object[]> params = new ArrayList<>();
    if (type != null) {
      where.append(" and type = :type");
      params.add(new Object[] {"type", type.name()});
    }
    if (territories != null) {
      where.append(" and territory_code = any(:territories)");
      params.add(new Object[] {"territories", territories.toArray(String[]::new)});
    }
    if (text != null) {
      where.append(" and (name_kk ilike :text or name_ru ilike :text or name_en ilike :text)");
      params.add(new Object[] {"text", "%" + escapeLike(text) + "%"});
    }
    if (active != null) {
      where.append(" and active = :active");
      params.add(new Object[] {"active", active});
    }
    String order = switch (locale == null ? "" : locale.getLanguage()) {
      case "ru" -> "name_ru";
      case "en" -> "name_en";
      default -> "name_kk";
    };
    var count = jdbc.sql("select count(*) from organisation " + where);
    var select = jdbc.sql("select " + COLUMNS + " from organisation " + where
        + " order by " + order + ", id offset :offset limit :limit");
    for (Object[] param : params) {
      count = count.param((String) param[0], param[1]);
      select = select.param((String) param[0], param[1]);
    }
    long total = count.query(Long.class).single();
    List<Organisation> items = select.param("offset", offset).param("limit", limit)
        .query((rs, n) -> organisation(rs))
        .list();
    return new Page(items, total);
  }

  record Page(List<Organisation> items, long total) {}

  static Organisation toOrganisation(RegisteredOrganisation o) {
    OrganisationDetails d = o.details();
    return new Organisation(o.id(), d.type(), d.nameKk(), d.nameRu(), d.nameEn(),
        d.territoryCode(), d.address(), d.phone(), d.email(), d.headName(), d.active(),
        o.version());
  }

  private static Organisation organisation(ResultSet rs) throws SQLException {
    return toOrganisation(RegisteredOrganisation.restore(rs.getObject("id", UUID.class),
        details(rs), rs.getInt("version")));
  }

  private static OrganisationDetails details(ResultSet rs) throws SQLException {
    return new OrganisationDetails(OrganisationType.valueOf(rs.getString("type")),
        rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"),
        rs.getString("territory_code"), rs.getString("address"), rs.getString("phone"),
        rs.getString("email"), rs.getString("head_name"), rs.getBoolean("active"));
  }

  private static java.util.Map<String, Object> columns(OrganisationDetails d) {
    var values = new java.util.HashMap<String, Object>();
    values.put("type", d.type().name());
    values.put("nameKk", d.nameKk());
    values.put("nameRu", d.nameRu());
    values.put("nameEn", d.nameEn());
    values.put("territory", d.territoryCode());
    values.put("address", d.address());
    values.put("phone", d.phone());
    values.put("email", d.email());
    values.put("headName", d.headName());
    values.put("active", d.active());
    return values;
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
