package kz.jol.interaction.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.jol.interaction.RegistryFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the registry's records for the indicators; see {@link RegistryFigures}. */
@Service
@Transactional(readOnly = true)
class RegistryFiguresQuery implements RegistryFigures {

  private final JdbcClient jdbc;

  RegistryFiguresQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final class Tally {
    final Map<String, Long> byKind = new TreeMap<>();
    long reached;
    long signed;
    long inForce;
    long programmes;
    long sent;
    long accepted;
    long partners;
    long contacts;
  }

  @Override
  public List<Counts> count(Collection<String> territoryCodes, LocalDate from, LocalDate to) {
    String[] codes = territoryCodes.toArray(String[]::new);
    Map<String, Tally> tallies = new HashMap<>();
    query("""
        select territory_code as t, kind, count(*) as n, sum(citizens_reached) as reached
          from joint_event
         where territory_code = any(:codes) and held_on between :from and :to
         group by territory_code, kind""", codes, from, to, (t, rs) -> {
          t.byKind.put(rs.getString("kind"), rs.getLong("n"));
          t.reached += rs.getLong("reached");
        }, tallies);
    query("""
        select territory_code as t,
               count(*) filter (where signed_on between :from and :to) as signed,
               count(*) filter (where signed_on <= :to
                                  and (expires_on is null or expires_on >= :to)
                                  and (terminated_on is null or terminated_on > :to)) as in_force
          from agreement
         where territory_code = any(:codes) and status <> 'DRAFT'
         group by territory_code""", codes, from, to, (t, rs) -> {
          t.signed += rs.getLong("signed");
          t.inForce += rs.getLong("in_force");
        }, tallies);
    query("""
        select territory_code as t, count(*) as n from target_programme
         where territory_code = any(:codes)
           and year_from <= extract(year from cast(:to as date))
           and year_to >= extract(year from cast(:from as date))
         group by territory_code""", codes, from, to,
        (t, rs) -> t.programmes += rs.getLong("n"), tallies);
    query("""
        select territory_code as t, count(*) as sent,
               count(*) filter (where fate in ('ACCEPTED', 'PARTLY_ACCEPTED')
                                  and answered_on <= :to) as accepted
          from proposal
         where territory_code = any(:codes) and sent_on between :from and :to
         group by territory_code""", codes, from, to, (t, rs) -> {
          t.sent += rs.getLong("sent");
          t.accepted += rs.getLong("accepted");
        }, tallies);
    query("""
        select territory_code as t, count(*) as n from partner
         where territory_code = any(:codes) and registered_on <= :to
           and (inactive_since is null or inactive_since > :to)
         group by territory_code""", codes, from, to,
        (t, rs) -> t.partners += rs.getLong("n"), tallies);
    query("""
        select territory_code as t, count(*) as n
          from partner_contact
         where territory_code = any(:codes) and contacted_on between :from and :to
         group by territory_code""", codes, from, to, (t, rs) -> {
          t.contacts += rs.getLong("n");
        }, tallies);
    return new TreeSet<>(tallies.keySet()).stream().map(code -> {
      Tally t = tallies.get(code);
      return new Counts(code, Map.copyOf(t.byKind), t.reached, t.signed, t.inForce,
          t.programmes, t.sent, t.accepted, t.partners, t.contacts);
    }).toList();
  }

  @FunctionalInterface
  private interface Add {
    void add(Tally tally, java.sql.ResultSet rs) throws java.sql.SQLException;
  }

  private void query(String sql, String[] codes, LocalDate from, LocalDate to, Add add,
      Map<String, Tally> tallies) {
    jdbc.sql(sql).param("codes", codes).param("from", from).param("to", to)
        .query((rs, n) -> {
          add.add(tallies.computeIfAbsent(rs.getString("t"), k -> new Tally()), rs);
          return null;
        })
        .list();
  }
}
