package kz.jol.interaction.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.interaction.PartnerContactRecorded;
import kz.jol.interaction.domain.PartnerDomain;
import kz.jol.interaction.domain.PartnerKind;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of partners (seed 004): NGOs, volunteers, peer mentors and businesses, what they
 * offer and where; and the contacts bodies of Jol had with them (seed 000, block 3). A partner
 * serves its own territory and the territories it names, each with everything below; a reader
 * sees a partner whose area overlaps the reader's territory. Of an individual (a volunteer, a
 * mentor) only a name and a phone are kept, and reading one is written to the audit trail.
 */
@Service
@Transactional
public class Partners {

  static final String RECORD_TYPE = "PARTNER";
  static final String CONTACT_RECORD_TYPE = "PARTNER_CONTACT";

  private static final Role[] RECORDERS = {Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.PROBATION_HEAD, Role.PROBATION_OFFICER, Role.ADMIN};

  private final JdbcClient jdbc;
  private final RegistryAccess access;
  private final Organisations organisations;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Partners(JdbcClient jdbc, RegistryAccess access, Organisations organisations,
      AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.organisations = organisations;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * A partner as entered.
   *
   * @param organisationId for an NGO, the organisation of Jol it is, if any
   * @param territoryCode where it is based
   * @param servedCodes further territories it serves
   * @param email only for an organisation
   * @param address only for an organisation
   * @param registeredOn the day it joined the register; today when null
   */
  public record PartnerForm(PartnerKind kind, String name, UUID organisationId,
      String territoryCode, List<String> servedCodes, Set<PartnerDomain> domains, String offer,
      String phone, String email, String address, LocalDate registeredOn) {}

  public record Partner(UUID id, PartnerKind kind, String name, OrganisationRef organisation,
      String territoryCode, List<String> servedCodes, Set<PartnerDomain> domains, String offer,
      String phone, String email, String address, LocalDate registeredOn,
      LocalDate inactiveSince, boolean active, int version) {}

  /** A contact as entered. */
  public record ContactForm(LocalDate contactedOn, String purpose, String outcome) {}

  public record Contact(UUID id, UUID partnerId, String partnerName, LocalDate contactedOn,
      OrganisationRef organisation, String territoryCode, String purpose, String outcome) {}

  /** What a list shows; every part optional. */
  public record Filter(String territoryCode, PartnerKind kind, PartnerDomain domain,
      Boolean active) {}

  /** What the contacts list shows; every part optional. */
  public record ContactFilter(String territoryCode, LocalDate from, LocalDate to) {}

  public Partner record(PartnerForm form) {
    Actor actor = access.recorder(RECORDERS);
    List<FieldProblem> problems = new ArrayList<>();
    RegistryAccess.required("kind", form.kind(), problems);
    String name = RegistryAccess.text("name", form.name(), 300, true, problems);
    String territory = access.territory(actor, "territoryCode", form.territoryCode(), problems);
    Set<String> served = new LinkedHashSet<>();
    if (form.servedCodes() != null) {
      for (String code : form.servedCodes()) {
        if (code == null || code.isBlank()) {
          continue;
        }
        String clean = code.strip();
        if (!access.exists(clean)) {
          problems.add(new FieldProblem("servedCodes", "territory.unknown",
              "there is no territory " + clean, clean));
        } else if (!clean.equals(territory)) {
          served.add(clean);
        }
      }
    }
    if (form.organisationId() != null) {
      Organisation ngo = organisations.find(form.organisationId()).orElse(null);
      if (form.kind() != PartnerKind.NGO) {
        problems.add(new FieldProblem("organisationId", "registry.link-only-ngo",
            "only an NGO is linked to an organisation of Jol"));
      } else if (ngo == null || ngo.type() != OrganisationType.NGO || !ngo.active()) {
        problems.add(new FieldProblem("organisationId", "registry.not-an-ngo",
            "is not an active NGO of Jol"));
      }
    }
    String offer = RegistryAccess.text("offer", form.offer(), 2000, false, problems);
    String phone = RegistryAccess.text("phone", form.phone(), 40, false, problems);
    if (phone != null && !phone.matches("[+0-9 ()-]{5,40}")) {
      problems.add(new FieldProblem("phone", "registry.phone",
          "digits, spaces, +, ( ) and - only"));
    }
    String email = RegistryAccess.text("email", form.email(), 200, false, problems);
    String address = RegistryAccess.text("address", form.address(), 300, false, problems);
    if (form.kind() != null && form.kind().individual()) {
      // A volunteer's or mentor's own data: a name and a phone, nothing more (data minimisation).
      if (email != null) {
        problems.add(new FieldProblem("email", "registry.individual-contact",
            "for a person only a name and a phone are kept"));
      }
      if (address != null) {
        problems.add(new FieldProblem("address", "registry.individual-contact",
            "for a person only a name and a phone are kept"));
      }
    } else if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add(new FieldProblem("email", "registry.email", "is not an e-mail address"));
    }
    LocalDate registered = form.registeredOn() == null ? access.today() : form.registeredOn();
    if (registered.isAfter(access.today())) {
      problems.add(new FieldProblem("registeredOn", "registry.future-date",
          "has not come yet"));
    }
    RegistryAccess.throwIfAny(problems);

    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into partner (id, kind, name, organisation_id, territory_code, offer, phone,
                                 email, address, registered_on, recorded_by, recorded_at)
            values (:id, :kind, :name, :org, :territory, :offer, :phone, :email, :address,
                    :registered, :by, :at)""")
        .param("id", id).param("kind", form.kind().name()).param("name", name)
        .param("org", form.organisationId()).param("territory", territory)
        .param("offer", offer).param("phone", phone).param("email", email)
        .param("address", address).param("registered", registered)
        .param("by", actor.userId()).param("at", Timestamp.from(clock.instant()))
        .update();
    for (String code : served) {
      jdbc.sql("insert into partner_territory (partner_id, territory_code) values (:p, :t)")
          .param("p", id).param("t", code).update();
    }
    for (PartnerDomain domain : form.domains() == null ? Set.<PartnerDomain>of()
        : form.domains()) {
      if (domain != null) {
        jdbc.sql("""
                insert into partner_domain (partner_id, domain) values (:p, :d)
                on conflict do nothing""")
            .param("p", id).param("d", domain.name()).update();
      }
    }
    audit.record(RECORD_TYPE, id, AuditAction.CREATE, "partner " + form.kind());
    return get(id);
  }

  /**
   * Marks a partner inactive from a day, or active again (on == null), over the version read.
   *
   * @throws ConflictException when it already is so, or the version is stale
   */
  public Partner activity(UUID id, boolean active, LocalDate on, Integer version) {
    Actor actor = access.recorder(RECORDERS);
    Partner found = get(id);
    if (!access.sees(actor, found.territoryCode())) {
      throw new kz.jol.shared.ForbiddenException("registry.partner-elsewhere",
          "the partner is kept by the bodies of its own territory");
    }
    List<FieldProblem> problems = new ArrayList<>();
    RegistryAccess.required("version", version, problems);
    LocalDate since = null;
    if (!active) {
      since = on == null ? access.today() : on;
      if (since.isAfter(access.today())) {
        problems.add(new FieldProblem("on", "registry.future-date", "has not come yet"));
      } else if (since.isBefore(found.registeredOn())) {
        problems.add(new FieldProblem("on", "registry.date-order",
            "comes before the partner was registered"));
      }
    }
    RegistryAccess.throwIfAny(problems);
    if (found.active() == active) {
      throw new ConflictException("registry.partner-already",
          active ? "the partner is active" : "the partner is inactive already");
    }
    int updated = jdbc.sql("""
            update partner set inactive_since = :since, version = version + 1
             where id = :id and version = :version""")
        .param("since", since).param("id", id).param("version", version).update();
    if (updated != 1) {
      throw new ConflictException("registry.stale-version",
          "someone changed this record since you read it; reload and try again");
    }
    audit.record(RECORD_TYPE, id, AuditAction.UPDATE, active ? "active" : "inactive");
    return get(id);
  }

  /**
   * Records that the recorder's organisation contacted or worked with the partner.
   *
   * @throws ConflictException {@code interaction.partner-inactive} on or after the day the
   *     partner became inactive
   */
  public Contact contact(UUID partnerId, ContactForm form) {
    Actor actor = access.recorder(RECORDERS);
    Partner partner = get(partnerId);
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate on = RegistryAccess.required("contactedOn", form.contactedOn(), problems);
    if (on != null && on.isAfter(access.today())) {
      problems.add(new FieldProblem("contactedOn", "registry.future-date",
          "has not come yet"));
    }
    String purpose = RegistryAccess.text("purpose", form.purpose(), 1000, true, problems);
    String outcome = RegistryAccess.text("outcome", form.outcome(), 2000, false, problems);
    Organisation own = actor.organisationId() == null ? null
        : organisations.find(actor.organisationId()).orElse(null);
    if (own == null) {
      problems.add(new FieldProblem("organisation", "registry.no-organisation",
          "your account belongs to no organisation"));
    }
    RegistryAccess.throwIfAny(problems);
    if (partner.inactiveSince() != null && !on.isBefore(partner.inactiveSince())) {
      throw new ConflictException("registry.partner-inactive",
          "the partner is inactive since " + partner.inactiveSince(), partner.inactiveSince());
    }
    UUID id = UUID.randomUUID();
    String territory = access.exists(own.territoryCode()) ? own.territoryCode()
        : actor.territoryCode();
    jdbc.sql("""
            insert into partner_contact (id, partner_id, contacted_on, organisation_id,
                                         territory_code, purpose, outcome, recorded_by,
                                         recorded_at)
            values (:id, :partner, :on, :org, :territory, :purpose, :outcome, :by, :at)""")
        .param("id", id).param("partner", partnerId).param("on", on).param("org", own.id())
        .param("territory", territory).param("purpose", purpose).param("outcome", outcome)
        .param("by", actor.userId()).param("at", Timestamp.from(clock.instant()))
        .update();
    audit.record(CONTACT_RECORD_TYPE, id, AuditAction.CREATE, "contact with a partner");
    events.publishEvent(new PartnerContactRecorded(id, partnerId, own.id()));
    return contacts(new ContactFilter(null, null, null), partnerId).stream()
        .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Transactional
  public Partner get(UUID id) {
    Actor actor = access.reader();
    Partner partner = jdbc.sql(SELECT + " where id = :id").param("id", id)
        .query((rs, n) -> row(rs)).optional()
        .map(this::complete)
        .filter(p -> access.overlaps(actor, areas(p)))
        .orElseThrow(() -> new NotFoundException("partner", id));
    if (partner.kind().individual()) {
      audit.record(RECORD_TYPE, id, AuditAction.VIEW, "volunteer's contact");
    }
    return partner;
  }

  /** The partners serving somewhere in the filter's territory (or the reader's), by name. */
  @Transactional(readOnly = true)
  public List<Partner> list(Filter filter) {
    Actor actor = access.reader();
    String[] codes = access.overlapping(actor, filter.territoryCode());
    return jdbc.sql(SELECT + "\n" + """
             where (territory_code = any(:codes)
                    or id in (select partner_id from partner_territory
                               where territory_code = any(:codes)))
               and (cast(:kind as text) is null or kind = :kind)
               and (cast(:domain as text) is null or id in (select partner_id
                      from partner_domain where domain = :domain))
               and (cast(:active as boolean) is null
                    or (inactive_since is null) = :active)
             order by name limit 500""")
        .param("codes", codes)
        .param("kind", filter.kind() == null ? null : filter.kind().name())
        .param("domain", filter.domain() == null ? null : filter.domain().name())
        .param("active", filter.active())
        .query((rs, n) -> row(rs)).list().stream().map(this::complete).toList();
  }

  /**
   * The contacts within the filter's territory (or the reader's), the latest first; of one
   * partner when partnerId is given.
   */
  @Transactional(readOnly = true)
  public List<Contact> contacts(ContactFilter filter, UUID partnerId) {
    Actor actor = access.reader();
    RegistryAccess.period(filter.from(), filter.to());
    String[] codes = access.codes(actor, filter.territoryCode());
    return jdbc.sql("""
            select c.id, c.partner_id, p.name, c.contacted_on, c.organisation_id,
                   c.territory_code, c.purpose, c.outcome
              from partner_contact c join partner p on p.id = c.partner_id
             where c.territory_code = any(:codes)
               and (cast(:partner as uuid) is null or c.partner_id = :partner)
               and (cast(:from as date) is null or c.contacted_on >= :from)
               and (cast(:to as date) is null or c.contacted_on <= :to)
             order by c.contacted_on desc, c.recorded_at desc limit 500""")
        .param("codes", codes).param("partner", partnerId).param("from", filter.from())
        .param("to", filter.to())
        .query((rs, n) -> new Contact(rs.getObject("id", UUID.class),
            rs.getObject("partner_id", UUID.class), rs.getString("name"),
            rs.getObject("contacted_on", LocalDate.class),
            access.ref(rs.getObject("organisation_id", UUID.class)),
            rs.getString("territory_code"), rs.getString("purpose"), rs.getString("outcome")))
        .list();
  }

  private static List<String> areas(Partner p) {
    List<String> areas = new ArrayList<>(p.servedCodes());
    areas.add(p.territoryCode());
    return areas;
  }

  private static final String SELECT = """
      select id, kind, name, organisation_id, territory_code, offer, phone, email, address,
             registered_on, inactive_since, version
        from partner""";

  private Partner row(ResultSet rs) throws SQLException {
    UUID org = rs.getObject("organisation_id", UUID.class);
    LocalDate inactive = rs.getObject("inactive_since", LocalDate.class);
    return new Partner(rs.getObject("id", UUID.class),
        PartnerKind.valueOf(rs.getString("kind")), rs.getString("name"),
        org == null ? null : access.ref(org), rs.getString("territory_code"), List.of(),
        Set.of(), rs.getString("offer"), rs.getString("phone"), rs.getString("email"),
        rs.getString("address"), rs.getObject("registered_on", LocalDate.class), inactive,
        inactive == null, rs.getInt("version"));
  }

  private Partner complete(Partner p) {
    List<String> served = jdbc.sql("""
            select territory_code from partner_territory where partner_id = :p
             order by territory_code""")
        .param("p", p.id()).query(String.class).list();
    Set<PartnerDomain> domains = EnumSet.noneOf(PartnerDomain.class);
    jdbc.sql("select domain from partner_domain where partner_id = :p").param("p", p.id())
        .query(String.class).list().forEach(d -> domains.add(PartnerDomain.valueOf(d)));
    return new Partner(p.id(), p.kind(), p.name(), p.organisation(), p.territoryCode(), served,
        domains, p.offer(), p.phone(), p.email(), p.address(), p.registeredOn(),
        p.inactiveSince(), p.active(), p.version());
  }
}
