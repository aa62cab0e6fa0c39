package kz.jol.register.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where each person on the register lives, for a module that files persons by address with no
 * signed-in reader (the police module matching addresses to precincts, on an event or for all
 * persons after a precinct's streets change). It gives the names and the address only: the
 * residence, or the registration (прописка) when no residence is known. Writes no audit row: nobody reads a
 * person here; a module that shows what it learns to a user audits that read. Never expose it
 * through the web.
 */
@Service
public class Residences {

  private final JdbcClient jdbc;

  Residences(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A person's address for filing.
   *
   * @param territoryCode the KATO code of the address (as fine as known), or of the person's
   *     home territory when no address is known
   * @param line the street, house and flat as written, or null
   * @param fullName the person's names, for a list of persons no precinct takes
   */
  public record Residence(UUID personId, String territoryCode, String line, String fullName) {}

  public Optional<Residence> of(UUID personId) {
    return of(List.of(personId)).stream().findFirst();
  }

  /** The residences of these persons; unknown ids are absent. */
  public List<Residence> of(Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " where p.id = any(:ids)")
        .param("ids", personIds.toArray(UUID[]::new))
        .query(Residences::residence)
        .list();
  }

  /**
   * Up to {@code limit} persons with an id greater than {@code after} (null: from the start),
   * in id order, optionally only those whose address lies in one of the territories.
   */
  public List<Residence> after(UUID after, int limit, Collection<String> territoryCodes) {
    return jdbc.sql(SELECT + "\n" + """
             where (cast(:after as uuid) is null or p.id > :after)
               and (cast(:all as boolean)
                    or coalesce(p.residence_territory_code, p.registration_territory_code,
                                p.home_territory_code) = any(:territories))
             order by p.id limit :limit""")
        .param("after", after)
        .param("all", territoryCodes == null)
        .param("territories", territoryCodes == null ? new String[0]
            : territoryCodes.toArray(String[]::new))
        .param("limit", limit)
        .query(Residences::residence)
        .list();
  }

  private static final String SELECT = """
      select p.id,
             coalesce(p.residence_territory_code, p.registration_territory_code,
                      p.home_territory_code) as territory_code,
             case when p.residence_address is not null then p.residence_address
                  else p.registration_address end as line,
             p.last_name || ' ' || p.first_name || coalesce(' ' || p.middle_name, '') as full_name
        from person p""";

  private static Residence residence(ResultSet rs, int row) throws SQLException {
    return new Residence(rs.getObject("id", UUID.class), rs.getString("territory_code"),
        rs.getString("line"), rs.getString("full_name"));
  }
}
