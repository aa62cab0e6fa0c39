package kz.jol.police.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.police.application.Workspace.Measure;
import kz.jol.police.application.Workspace.Mediation;
import kz.jol.police.application.Workspace.Place;
import kz.jol.police.application.Workspace.PreventivePerson;
import kz.jol.police.application.Workspace.Reception;
import kz.jol.police.domain.SocialMap.MeasureKind;
import kz.jol.police.domain.SocialMap.MediationKind;
import kz.jol.police.domain.SocialMap.MediationOutcome;
import kz.jol.police.domain.SocialMap.PartnerKind;
import kz.jol.police.domain.SocialMap.PlaceKind;
import kz.jol.police.domain.SocialMap.PreventiveCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the records of a precinct's social map. */
@Repository
class WorkspaceRepository {

  private final JdbcClient jdbc;

  WorkspaceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<PreventivePerson> preventive(UUID precinctId) {
    return jdbc.sql("""
            select id, category, full_name, birth_date, address, basis, since, until,
                   protection_order_until
              from preventive_person where precinct_id = :p order by full_name, id""")
        .param("p", precinctId)
        .query((rs, n) -> new PreventivePerson(rs.getObject("id", UUID.class),
            PreventiveCategory.valueOf(rs.getString("category")), rs.getString("full_name"),
            rs.getObject("birth_date", LocalDate.class), rs.getString("address"),
            rs.getString("basis"), rs.getObject("since", LocalDate.class),
            rs.getObject("until", LocalDate.class),
            rs.getObject("protection_order_until", LocalDate.class)))
        .list();
  }

  void insertPreventive(UUID precinctId, PreventivePerson p, UUID by, Instant now) {
    jdbc.sql("""
            insert into preventive_person (id, precinct_id, category, full_name, birth_date,
                                           address, basis, since, until,
                                           protection_order_until, created_by, created_at)
            values (:id, :p, :category, :name, :birth, :address, :basis, :since, :until,
                    :order, :by, :now)""")
        .param("id", p.id()).param("p", precinctId).param("category", p.category().name())
        .param("name", p.fullName()).param("birth", p.birthDate()).param("address", p.address())
        .param("basis", p.basis()).param("since", p.since()).param("until", p.until())
        .param("order", p.protectionOrderUntil()).param("by", by)
        .param("now", Timestamp.from(now))
        .update();
  }

  List<Place> places(UUID precinctId) {
    return jdbc.sql("""
            select id, kind, partner_kind, name, address, contact, note
              from precinct_place where precinct_id = :p order by kind, name, id""")
        .param("p", precinctId)
        .query((rs, n) -> new Place(rs.getObject("id", UUID.class),
            PlaceKind.valueOf(rs.getString("kind")),
            rs.getString("partner_kind") == null ? null
                : PartnerKind.valueOf(rs.getString("partner_kind")),
            rs.getString("name"), rs.getString("address"), rs.getString("contact"),
            rs.getString("note")))
        .list();
  }

  void insertPlace(UUID precinctId, Place p, UUID by, Instant now) {
    jdbc.sql("""
            insert into precinct_place (id, precinct_id, kind, partner_kind, name, address,
                                        contact, note, created_by, created_at)
            values (:id, :p, :kind, :partner, :name, :address, :contact, :note, :by, :now)""")
        .param("id", p.id()).param("p", precinctId).param("kind", p.kind().name())
        .param("partner", p.partnerKind() == null ? null : p.partnerKind().name())
        .param("name", p.name()).param("address", p.address()).param("contact", p.contact())
        .param("note", p.note()).param("by", by).param("now", Timestamp.from(now))
        .update();
  }

  /** The measures of a precinct, newest first, with the ids of the persons each concerned. */
  List<Measure> measures(UUID precinctId, Map<UUID, String> names) {
    Map<UUID, List<String>> persons = new HashMap<>();
    jdbc.sql("""
            select mp.measure_id, coalesce(mp.person_id, mp.preventive_person_id) as who
              from prevention_measure_person mp
              join prevention_measure m on m.id = mp.measure_id
             where m.precinct_id = :p""")
        .param("p", precinctId)
        .query((rs, n) -> persons.computeIfAbsent(rs.getObject("measure_id", UUID.class),
            k -> new java.util.ArrayList<>()).add(names.getOrDefault(
                rs.getObject("who", UUID.class), "—")))
        .list();
    return jdbc.sql("""
            select id, kind, held_on, participants, findings, persons_reached, found_count
              from prevention_measure where precinct_id = :p
             order by held_on desc, created_at desc""")
        .param("p", precinctId)
        .query((rs, n) -> new Measure(rs.getObject("id", UUID.class),
            MeasureKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
            rs.getString("participants"), rs.getString("findings"),
            rs.getInt("persons_reached"), rs.getInt("found_count"),
            List.copyOf(persons.getOrDefault(rs.getObject("id", UUID.class), List.of()))))
        .list();
  }

  void insertMeasure(UUID precinctId, Measure m, List<UUID> personIds,
      List<UUID> preventiveIds, UUID by, Instant now) {
    jdbc.sql("""
            insert into prevention_measure (id, precinct_id, kind, held_on, participants,
                                            findings, persons_reached, found_count, created_by,
                                            created_at)
            values (:id, :p, :kind, :on, :participants, :findings, :reached, :found, :by,
                    :now)""")
        .param("id", m.id()).param("p", precinctId).param("kind", m.kind().name())
        .param("on", m.heldOn()).param("participants", m.participants())
        .param("findings", m.findings()).param("reached", m.personsReached())
        .param("found", m.foundCount()).param("by", by).param("now", Timestamp.from(now))
        .update();
    for (UUID person : personIds) {
      jdbc.sql("insert into prevention_measure_person (measure_id, person_id) values (:m, :p)")
          .param("m", m.id()).param("p", person).update();
    }
    for (UUID person : preventiveIds) {
      jdbc.sql("""
              insert into prevention_measure_person (measure_id, preventive_person_id)
              values (:m, :p)""")
          .param("m", m.id()).param("p", person).update();
    }
  }

  List<Reception> receptions(UUID precinctId) {
    return jdbc.sql("""
            select id, held_on, residents_seen, topics from precinct_reception
             where precinct_id = :p order by held_on desc, created_at desc""")
        .param("p", precinctId)
        .query((rs, n) -> new Reception(rs.getObject("id", UUID.class),
            rs.getObject("held_on", LocalDate.class), rs.getInt("residents_seen"),
            rs.getString("topics")))
        .list();
  }

  void insertReception(UUID precinctId, Reception r, UUID by, Instant now) {
    jdbc.sql("""
            insert into precinct_reception (id, precinct_id, held_on, residents_seen, topics,
                                            created_by, created_at)
            values (:id, :p, :on, :seen, :topics, :by, :now)""")
        .param("id", r.id()).param("p", precinctId).param("on", r.heldOn())
        .param("seen", r.residentsSeen()).param("topics", r.topics()).param("by", by)
        .param("now", Timestamp.from(now))
        .update();
  }

  List<Mediation> mediations(UUID precinctId) {
    return jdbc.sql("""
            select id, kind, held_on, parties, subject, outcome from precinct_mediation
             where precinct_id = :p order by held_on desc, created_at desc""")
        .param("p", precinctId)
        .query((rs, n) -> new Mediation(rs.getObject("id", UUID.class),
            MediationKind.valueOf(rs.getString("kind")),
            rs.getObject("held_on", LocalDate.class), rs.getString("parties"),
            rs.getString("subject"), MediationOutcome.valueOf(rs.getString("outcome"))))
        .list();
  }

  void insertMediation(UUID precinctId, Mediation m, UUID by, Instant now) {
    jdbc.sql("""
            insert into precinct_mediation (id, precinct_id, kind, held_on, parties, subject,
                                            outcome, created_by, created_at)
            values (:id, :p, :kind, :on, :parties, :subject, :outcome, :by, :now)""")
        .param("id", m.id()).param("p", precinctId).param("kind", m.kind().name())
        .param("on", m.heldOn()).param("parties", m.parties()).param("subject", m.subject())
        .param("outcome", m.outcome().name()).param("by", by)
        .param("now", Timestamp.from(now))
        .update();
  }
}
