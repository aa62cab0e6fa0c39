package kz.jol.register.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who a case is about, in the few words a partner organisation needs to serve the person: name,
 * IIN, date of birth, phone, addresses, and the case's territory and officer. No kind of case,
 * legal basis, court or offence: no criminal-record detail. For modules that have already
 * decided the reader may see this (routing's agency inbox); they write the audit row.
 */
@Service
public class CaseSubjects {

  private final JdbcClient jdbc;

  CaseSubjects(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The person of a case, for a partner organisation.
   *
   * @param officerId the case's probation officer, or null
   */
  public record Subject(UUID caseId, UUID personId, String lastName, String firstName,
      String middleName, String iin, LocalDate birthDate, String phone,
      String residenceTerritoryCode, String residenceAddress, String registrationTerritoryCode,
      String registrationAddress, String caseTerritoryCode, LocalDate registrationDate,
      UUID officerId) {

    public String fullName() {
      return lastName + " " + firstName + (middleName == null ? "" : " " + middleName);
    }
  }

  public Optional<Subject> of(UUID caseId) {
    return Optional.ofNullable(of(List.of(caseId)).get(caseId));
  }

  /** The subjects of these cases; unknown ids are absent. */
  public Map<UUID, Subject> of(Collection<UUID> caseIds) {
    Map<UUID, Subject> subjects = new HashMap<>();
    if (caseIds.isEmpty()) {
      return subjects;
    }
    jdbc.sql("""
            select c.id as case_id, p.id as person_id, p.last_name, p.first_name, p.middle_name,
                   p.iin, p.birth_date, p.phone, p.residence_territory_code,
                   p.residence_address, p.registration_territory_code, p.registration_address,
                   c.territory_code, c.registration_date, c.officer_id
            from probation_case c join person p on p.id = c.person_id
            where c.id = any(:ids)""")
        .param("ids", caseIds.toArray(UUID[]::new))
        .query((rs, n) -> subjects.put(rs.getObject("case_id", UUID.class), new Subject(
            rs.getObject("case_id", UUID.class), rs.getObject("person_id", UUID.class),
            rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name"),
            rs.getString("iin"), rs.getObject("birth_date", LocalDate.class),
            rs.getString("phone"), rs.getString("residence_territory_code"),
            rs.getString("residence_address"), rs.getString("registration_territory_code"),
            rs.getString("registration_address"), rs.getString("territory_code"),
            rs.getObject("registration_date", LocalDate.class),
            rs.getObject("officer_id", UUID.class))))
        .list();
    return subjects;
  }
}
