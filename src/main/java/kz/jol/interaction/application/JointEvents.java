package kz.jol.interaction.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.interaction.JointEventRecorded;
import kz.jol.interaction.domain.JointEventKind;
import kz.jol.organisation.Organisation;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint events (seed 004): recorded by the staff of one of the organisers — the heads and workers
 * of an agency, the probation unit's head or officers — or by an administrator; read within the
 * reader's territory.
 */
@Service
@Transactional
public class JointEvents {

  static final String RECORD_TYPE = "JOINT_EVENT";
  static final int MAX_GUESTS = 50;
  static final int LIST_LIMIT = 500;

  private final JdbcClient jdbc;
  private final RegistryAccess access;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  JointEvents(JdbcClient jdbc, RegistryAccess access, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** A joint event as entered. */
  public record JointEventForm(JointEventKind kind, String title, LocalDate heldOn,
      String territoryCode, Integer citizensReached, String outcome, List<UUID> organiserIds,
      List<UUID> participantIds, List<String> guests) {}

  /**
   * A joint event.
   *
   * @param guests participants not in Jol, by name
   */
  public record JointEvent(UUID id, JointEventKind kind, String title, LocalDate heldOn,
      String territoryCode, int citizensReached, String outcome,
      List<OrganisationRef> organisers, List<OrganisationRef> participants, List<String> guests,
      int version) {}

  /** What a list shows; every part optional. */
  public record Filter(String territoryCode, LocalDate from, LocalDate to, JointEventKind kind) {}

  /**
   * Records a held event.
   *
   * @throws kz.jol.shared.InvalidInputException for every bad field, and when the recorder's
   *     organisation is not an organiser (field {@code organiserIds})
   */
  public JointEvent record(JointEventForm form) {
    Actor actor = access.recorder(Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD,
        Role.PROBATION_OFFICER, Role.ADMIN);
    List<FieldProblem> problems = new ArrayList<>();
    RegistryAccess.required("kind", form.kind(), problems);
    String title = RegistryAccess.text("title", form.title(), 300, true, problems);
    LocalDate heldOn = RegistryAccess.required("heldOn", form.heldOn(), problems);
    if (heldOn != null && heldOn.isAfter(access.today())) {
      problems.add(new FieldProblem("heldOn", "registry.future-date",
          "has not come yet: record an event once it is held"));
    }
    String territory = access.territory(actor, "territoryCode", form.territoryCode(), problems);
    Integer reached = RegistryAccess.required("citizensReached", form.citizensReached(),
        problems);
    if (reached != null && (reached < 0 || reached > 1_000_000)) {
      problems.add(new FieldProblem("citizensReached", "registry.count",
          "from 0 to 1000000", String.valueOf(1_000_000)));
    }
    String outcome = RegistryAccess.text("outcome", form.outcome(), 4000, false, problems);
    List<Organisation> organisers = access.organisations("organiserIds", form.organiserIds(),
        problems);
    List<Organisation> participants = access.organisations("participantIds",
        form.participantIds(), problems);
    if (form.organiserIds() == null || form.organiserIds().isEmpty()) {
      problems.add(new FieldProblem("organiserIds", "field.required", "is required"));
    } else if (!actor.is(Role.ADMIN) && organisers.stream()
        .noneMatch(o -> o.id().equals(actor.organisationId()))) {
      problems.add(new FieldProblem("organiserIds", "registry.not-your-organisation",
          "your organisation must be among the organisers"));
    }
    for (Organisation p : participants) {
      if (organisers.stream().anyMatch(o -> o.id().equals(p.id()))) {
        problems.add(new FieldProblem("participantIds", "registry.organiser-twice",
            "an organiser is not also a participant", p.nameRu()));
      }
    }
    Set<String> guests = new LinkedHashSet<>();
    if (form.guests() != null) {
      for (String g : form.guests()) {
        String name = RegistryAccess.text("guests", g, 300, false, problems);
        if (name != null) {
          guests.add(name);
        }
      }
    }
    if (guests.size() > MAX_GUESTS) {
      problems.add(new FieldProblem("guests", "registry.too-many", "at most " + MAX_GUESTS,
          MAX_GUESTS));
    }
    RegistryAccess.throwIfAny(problems);

    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into joint_event (id, kind, title, held_on, territory_code, citizens_reached,
                                     outcome, recorded_by, recorded_at)
            values (:id, :kind, :title, :held, :territory, :reached, :outcome, :by, :at)""")
        .param("id", id).param("kind", form.kind().name()).param("title", title)
        .param("held", heldOn).param("territory", territory).param("reached", reached)
        .param("outcome", outcome).param("by", actor.userId())
        .param("at", Timestamp.from(clock.instant()))
        .update();
    for (Organisation o : organisers) {
      link(id, o.id(), "ORGANISER");
    }
    for (Organisation o : participants) {
      link(id, o.id(), "PARTICIPANT");
    }
    int position = 0;
    for (String g : guests) {
      jdbc.sql("insert into joint_event_guest (event_id, position, name) values (:e, :p, :n)")
          .param("e", id).param("p", position++).param("n", g).update();
    }
    audit.record(RECORD_TYPE, id, AuditAction.CREATE, "joint event " + form.kind());
    events.publishEvent(new JointEventRecorded(id, territory));
    return get(id);
  }

  /** An event within the reader's territory; not found otherwise. */
  @Transactional(readOnly = true)
  public JointEvent get(UUID id) {
    Actor actor = access.reader();
    return jdbc.sql(SELECT + " where id = :id").param("id", id)
        .query((rs, n) -> row(rs)).optional()
        .filter(e -> access.sees(actor, e.territoryCode()))
        .map(this::complete)
        .orElseThrow(() -> new NotFoundException("joint-event", id));
  }

  /** The events of the filter within the reader's territory, the latest first. */
  @Transactional(readOnly = true)
  public List<JointEvent> list(Filter filter) {
    Actor actor = access.reader();
    RegistryAccess.period(filter.from(), filter.to());
    String[] codes = access.codes(actor, filter.territoryCode());
    return jdbc.sql(SELECT + "\n" + """
             where territory_code = any(:codes)
               and (cast(:from as date) is null or held_on >= :from)
               and (cast(:to as date) is null or held_on <= :to)
               and (cast(:kind as text) is null or kind = :kind)
             order by held_on desc, recorded_at desc""" + " limit " + LIST_LIMIT)
        .param("codes", codes).param("from", filter.from()).param("to", filter.to())
        .param("kind", filter.kind() == null ? null : filter.kind().name())
        .query((rs, n) -> row(rs)).list().stream().map(this::complete).toList();
  }

  private static final String SELECT = """
      select id, kind, title, held_on, territory_code, citizens_reached, outcome, version
        from joint_event""";

  private static JointEvent row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new JointEvent(rs.getObject("id", UUID.class),
        JointEventKind.valueOf(rs.getString("kind")), rs.getString("title"),
        rs.getObject("held_on", LocalDate.class), rs.getString("territory_code"),
        rs.getInt("citizens_reached"), rs.getString("outcome"), List.of(), List.of(),
        List.of(), rs.getInt("version"));
  }

  private JointEvent complete(JointEvent e) {
    List<OrganisationRef> organisers = new ArrayList<>();
    List<OrganisationRef> participants = new ArrayList<>();
    jdbc.sql("select organisation_id, role from joint_event_organisation where event_id = :e")
        .param("e", e.id())
        .query((rs, n) -> {
          OrganisationRef ref = access.ref(rs.getObject("organisation_id", UUID.class));
          ("ORGANISER".equals(rs.getString("role")) ? organisers : participants).add(ref);
          return ref;
        }).list();
    List<String> guests = jdbc.sql(
            "select name from joint_event_guest where event_id = :e order by position")
        .param("e", e.id()).query(String.class).list();
    return new JointEvent(e.id(), e.kind(), e.title(), e.heldOn(), e.territoryCode(),
        e.citizensReached(), e.outcome(), organisers, participants, guests, e.version());
  }

  private void link(UUID event, UUID organisation, String role) {
    jdbc.sql("""
            insert into joint_event_organisation (event_id, organisation_id, role)
            values (:e, :o, :r)""")
        .param("e", event).param("o", organisation).param("r", role).update();
  }
}
