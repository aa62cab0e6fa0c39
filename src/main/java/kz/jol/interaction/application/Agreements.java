package kz.jol.interaction.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Role;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.interaction.domain.AgreementKind;
import kz.jol.interaction.domain.AgreementStatus;
import kz.jol.interaction.domain.ExternalPartyType;
import kz.jol.organisation.Organisation;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements, memoranda and joint plans (seed 004). Recorded by the heads and workers of a party
 * organisation (an agency, or the probation unit's head) or an administrator. A draft comes into
 * force when signed; an agreement in force expires by its date or is terminated; see
 * {@link AgreementStatus}.
 */
@Service
@Transactional
public class Agreements {

  static final String RECORD_TYPE = "AGREEMENT";
  static final int MAX_EXTERNAL = 30;

  private static final Role[] RECORDERS = {Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.PROBATION_HEAD, Role.ADMIN};

  private final JdbcClient jdbc;
  private final RegistryAccess access;
  private final AuditTrail audit;
  private final Clock clock;

  Agreements(JdbcClient jdbc, RegistryAccess access, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** A party not in Jol. */
  public record ExternalParty(String name, ExternalPartyType type) {}

  /**
   * An agreement as entered.
   *
   * @param status DRAFT or IN_FORCE (a signed agreement); null is DRAFT
   * @param expiresOn null when open-ended
   */
  public record AgreementForm(AgreementKind kind, String subject, String number,
      LocalDate signedOn, LocalDate expiresOn, AgreementStatus status, String territoryCode,
      List<UUID> partyIds, List<ExternalParty> externalParties) {}

  /**
   * An agreement.
   *
   * @param status its status today ({@link AgreementStatus#effective})
   * @param expiringSoon in force and ending within 60 days
   */
  public record Agreement(UUID id, AgreementKind kind, String subject, String number,
      LocalDate signedOn, LocalDate expiresOn, AgreementStatus status, LocalDate terminatedOn,
      boolean expiringSoon, String territoryCode, List<OrganisationRef> parties,
      List<ExternalParty> externalParties, int version) {}

  /** A change of status: IN_FORCE (signed on the day) or TERMINATED (on the day). */
  public record StatusChange(AgreementStatus status, LocalDate on) {}

  /** What a list shows; every part optional; the period is of signing. */
  public record Filter(String territoryCode, LocalDate from, LocalDate to, AgreementKind kind,
      AgreementStatus status) {}

  public Agreement record(AgreementForm form) {
    Actor actor = access.recorder(RECORDERS);
    List<FieldProblem> problems = new ArrayList<>();
    RegistryAccess.required("kind", form.kind(), problems);
    String subject = RegistryAccess.text("subject", form.subject(), 1000, true, problems);
    String number = RegistryAccess.text("number", form.number(), 60, false, problems);
    AgreementStatus status = form.status() == null ? AgreementStatus.DRAFT : form.status();
    if (status != AgreementStatus.DRAFT && status != AgreementStatus.IN_FORCE) {
      problems.add(new FieldProblem("status", "registry.agreement-new-status",
          "a new agreement is a draft or in force"));
    }
    if (status == AgreementStatus.IN_FORCE) {
      RegistryAccess.required("signedOn", form.signedOn(), problems);
    }
    LocalDate today = access.today();
    if (form.signedOn() != null && form.signedOn().isAfter(today)) {
      problems.add(new FieldProblem("signedOn", "registry.future-date",
          "has not come yet"));
    }
    if (form.signedOn() != null && form.expiresOn() != null
        && form.expiresOn().isBefore(form.signedOn())) {
      problems.add(new FieldProblem("expiresOn", "registry.date-order",
          "comes before the day of signing"));
    }
    String territory = access.territory(actor, "territoryCode", form.territoryCode(), problems);
    List<Organisation> parties = access.organisations("partyIds", form.partyIds(), problems);
    if (form.partyIds() == null || form.partyIds().isEmpty()) {
      problems.add(new FieldProblem("partyIds", "field.required", "is required"));
    } else if (!actor.is(Role.ADMIN)
        && parties.stream().noneMatch(o -> o.id().equals(actor.organisationId()))) {
      problems.add(new FieldProblem("partyIds", "registry.not-your-organisation",
          "your organisation must be among the parties"));
    }
    List<ExternalParty> external = new ArrayList<>();
    if (form.externalParties() != null) {
      for (ExternalParty p : form.externalParties()) {
        if (p == null || (p.name() == null || p.name().isBlank()) && p.type() == null) {
          continue;
        }
        String name = RegistryAccess.text("externalParties", p.name(), 300, true, problems);
        if (p.type() == null) {
          problems.add(new FieldProblem("externalParties", "registry.party-type",
              "say what kind of body each other party is"));
        } else if (name != null) {
          external.add(new ExternalParty(name, p.type()));
        }
      }
    }
    if (external.size() > MAX_EXTERNAL) {
      problems.add(new FieldProblem("externalParties", "registry.too-many",
          "at most " + MAX_EXTERNAL, MAX_EXTERNAL));
    }
    RegistryAccess.throwIfAny(problems);

    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into agreement (id, kind, subject, number, signed_on, expires_on, status,
                                   territory_code, recorded_by, recorded_at)
            values (:id, :kind, :subject, :number, :signed, :expires, :status, :territory,
                    :by, :at)""")
        .param("id", id).param("kind", form.kind().name()).param("subject", subject)
        .param("number", number).param("signed", form.signedOn())
        .param("expires", form.expiresOn()).param("status", status.name())
        .param("territory", territory).param("by", actor.userId())
        .param("at", Timestamp.from(clock.instant()))
        .update();
    for (Organisation o : parties) {
      jdbc.sql("insert into agreement_party (agreement_id, organisation_id) values (:a, :o)")
          .param("a", id).param("o", o.id()).update();
    }
    int position = 0;
    for (ExternalParty p : external) {
      jdbc.sql("""
              insert into agreement_external_party (agreement_id, position, name, party_type)
              values (:a, :p, :n, :t)""")
          .param("a", id).param("p", position++).param("n", p.name())
          .param("t", p.type().name()).update();
    }
    audit.record(RECORD_TYPE, id, AuditAction.CREATE, "agreement " + form.kind());
    return get(id);
  }

  /**
   * Signs a draft (IN_FORCE on the day) or terminates (TERMINATED on the day) over the version
   * read; only a party's staff or an administrator.
   *
   * @throws ConflictException {@code interaction.agreement-transition} when the status today
   *     does not allow it, {@code interaction.stale-version} when someone changed it meanwhile
   */
  public Agreement change(UUID id, StatusChange change, Integer version) {
    Actor actor = access.recorder(RECORDERS);
    Agreement found = get(id);
    if (!actor.is(Role.ADMIN)
        && found.parties().stream().noneMatch(p -> p.id().equals(actor.organisationId()))) {
      throw new ForbiddenException("registry.not-a-party",
          "only the parties' staff change an agreement");
    }
    List<FieldProblem> problems = new ArrayList<>();
    RegistryAccess.required("status", change.status(), problems);
    LocalDate on = RegistryAccess.required("on", change.on(), problems);
    if (on != null && on.isAfter(access.today())) {
      problems.add(new FieldProblem("on", "registry.future-date", "has not come yet"));
    }
    RegistryAccess.required("version", version, problems);
    RegistryAccess.throwIfAny(problems);
    if (!found.status().mayBecome(change.status())) {
      throw new ConflictException("registry.agreement-transition",
          "an agreement " + found.status() + " cannot become " + change.status(),
          found.status(), change.status());
    }
    if (change.status() == AgreementStatus.IN_FORCE && found.expiresOn() != null
        && found.expiresOn().isBefore(on)) {
      throw new ConflictException("registry.agreement-signed-late",
          "the agreement would be signed after its last day");
    }
    if (found.signedOn() != null && on.isBefore(found.signedOn())) {
      throw new ConflictException("registry.agreement-before-signing",
          "the day comes before the agreement was signed");
    }
    int updated = change.status() == AgreementStatus.IN_FORCE
        ? jdbc.sql("""
              update agreement set status = 'IN_FORCE', signed_on = :on, version = version + 1
               where id = :id and version = :version""")
            .param("on", on).param("id", id).param("version", version).update()
        : jdbc.sql("""
              update agreement set status = 'TERMINATED', terminated_on = :on,
                                   version = version + 1
               where id = :id and version = :version""")
            .param("on", on).param("id", id).param("version", version).update();
    if (updated != 1) {
      throw new ConflictException("registry.stale-version",
          "someone changed this record since you read it; reload and try again");
    }
    audit.record(RECORD_TYPE, id, AuditAction.UPDATE, "status " + change.status());
    return get(id);
  }

  @Transactional(readOnly = true)
  public Agreement get(UUID id) {
    Actor actor = access.reader();
    return jdbc.sql(SELECT + " where id = :id").param("id", id)
        .query((rs, n) -> row(rs)).optional()
        .filter(a -> access.sees(actor, a.territoryCode()))
        .map(this::complete)
        .orElseThrow(() -> new NotFoundException("agreement", id));
  }

  /** The agreements of the filter within the reader's territory, the latest signed first. */
  @Transactional(readOnly = true)
  public List<Agreement> list(Filter filter) {
    Actor actor = access.reader();
    RegistryAccess.period(filter.from(), filter.to());
    String[] codes = access.codes(actor, filter.territoryCode());
    return jdbc.sql(SELECT + "\n" + """
             where territory_code = any(:codes)
               and (cast(:from as date) is null or signed_on >= :from)
               and (cast(:to as date) is null or signed_on <= :to)
               and (cast(:kind as text) is null or kind = :kind)
             order by signed_on desc nulls first, recorded_at desc limit 500""")
        .param("codes", codes).param("from", filter.from()).param("to", filter.to())
        .param("kind", filter.kind() == null ? null : filter.kind().name())
        .query((rs, n) -> row(rs)).list().stream()
        .filter(a -> filter.status() == null || a.status() == filter.status())
        .map(this::complete).toList();
  }

  /**
   * The agreements in force within the reader's territory that end within
   * {@value AgreementStatus#EXPIRING_WITHIN_DAYS} days, the soonest first.
   */
  @Transactional(readOnly = true)
  public List<Agreement> expiringSoon(String territoryCode) {
    Actor actor = access.reader();
    String[] codes = access.codes(actor, territoryCode);
    LocalDate today = access.today();
    return jdbc.sql(SELECT + "\n" + """
             where territory_code = any(:codes) and status = 'IN_FORCE'
               and expires_on between :today and :until
             order by expires_on, recorded_at""")
        .param("codes", codes).param("today", today)
        .param("until", today.plusDays(AgreementStatus.EXPIRING_WITHIN_DAYS))
        .query((rs, n) -> row(rs)).list().stream().map(this::complete).toList();
  }

  private static final String SELECT = """
      select id, kind, subject, number, signed_on, expires_on, status, terminated_on,
             territory_code, version
        from agreement""";

  private Agreement row(ResultSet rs) throws SQLException {
    LocalDate expires = rs.getObject("expires_on", LocalDate.class);
    AgreementStatus stored = AgreementStatus.valueOf(rs.getString("status"));
    LocalDate today = access.today();
    return new Agreement(rs.getObject("id", UUID.class),
        AgreementKind.valueOf(rs.getString("kind")), rs.getString("subject"),
        rs.getString("number"), rs.getObject("signed_on", LocalDate.class), expires,
        AgreementStatus.effective(stored, expires, today),
        rs.getObject("terminated_on", LocalDate.class),
        AgreementStatus.expiringSoon(stored, expires, today), rs.getString("territory_code"),
        List.of(), List.of(), rs.getInt("version"));
  }

  private Agreement complete(Agreement a) {
    List<OrganisationRef> parties = jdbc.sql(
            "select organisation_id from agreement_party where agreement_id = :a")
        .param("a", a.id()).query(UUID.class).list().stream().map(access::ref).toList();
    List<ExternalParty> external = jdbc.sql("""
            select name, party_type from agreement_external_party where agreement_id = :a
             order by position""")
        .param("a", a.id())
        .query((rs, n) -> new ExternalParty(rs.getString("name"),
            ExternalPartyType.valueOf(rs.getString("party_type"))))
        .list();
    return new Agreement(a.id(), a.kind(), a.subject(), a.number(), a.signedOn(), a.expiresOn(),
        a.status(), a.terminatedOn(), a.expiringSoon(), a.territoryCode(), parties, external,
        a.version());
  }
}
