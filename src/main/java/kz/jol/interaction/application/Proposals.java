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
import kz.jol.interaction.domain.ProposalFate;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.Organisations;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals to improve legislation or practice (seeds 002 and 004): the author is the recorder's
 * own organisation, the territory the organisation's. The author's staff record the answer: the
 * fate is decided once (accepted, partly accepted or rejected, with the answer's date and text).
 */
@Service
@Transactional
public class Proposals {

  static final String RECORD_TYPE = "PROPOSAL";

  private static final Role[] RECORDERS = {Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.PROBATION_HEAD, Role.ADMIN};

  private final JdbcClient jdbc;
  private final RegistryAccess access;
  private final Organisations organisations;
  private final AuditTrail audit;
  private final Clock clock;

  Proposals(JdbcClient jdbc, RegistryAccess access, Organisations organisations,
      AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A proposal as entered.
   *
   * @param authorId the author organisation; the recorder's own unless an administrator records
   */
  public record ProposalForm(UUID authorId, String addressee, String subject, String text,
      LocalDate sentOn) {}

  /** The addressee's answer. */
  public record Answer(ProposalFate fate, LocalDate answeredOn, String answer) {}

  public record Proposal(UUID id, OrganisationRef author, String addressee, String subject,
      String text, LocalDate sentOn, String territoryCode, ProposalFate fate,
      LocalDate answeredOn, String answer, int version) {}

  /** What a list shows; the period is of sending. */
  public record Filter(String territoryCode, LocalDate from, LocalDate to, ProposalFate fate) {}

  public Proposal record(ProposalForm form) {
    Actor actor = access.recorder(RECORDERS);
    List<FieldProblem> problems = new ArrayList<>();
    UUID authorId = form.authorId() == null || !actor.is(Role.ADMIN)
        ? (form.authorId() == null ? actor.organisationId() : form.authorId())
        : form.authorId();
    Organisation author = null;
    if (authorId == null) {
      problems.add(new FieldProblem("authorId", "field.required", "is required"));
    } else if (!actor.is(Role.ADMIN) && !authorId.equals(actor.organisationId())) {
      problems.add(new FieldProblem("authorId", "registry.not-your-organisation",
          "you record the proposals of your own organisation"));
    } else {
      author = organisations.find(authorId).filter(Organisation::active).orElse(null);
      if (author == null) {
        problems.add(new FieldProblem("authorId", "registry.not-an-organisation",
            "is not an active organisation", String.valueOf(authorId)));
      } else if (!access.sees(actor, author.territoryCode())) {
        problems.add(new FieldProblem("authorId", "registry.outside-scope",
            "lies outside the territory you work in", author.territoryCode()));
      }
    }
    String addressee = RegistryAccess.text("addressee", form.addressee(), 300, true, problems);
    String subject = RegistryAccess.text("subject", form.subject(), 500, true, problems);
    String text = RegistryAccess.text("text", form.text(), 8000, true, problems);
    LocalDate sent = RegistryAccess.required("sentOn", form.sentOn(), problems);
    if (sent != null && sent.isAfter(access.today())) {
      problems.add(new FieldProblem("sentOn", "registry.future-date", "has not come yet"));
    }
    RegistryAccess.throwIfAny(problems);
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into proposal (id, author_org_id, addressee, subject, body, sent_on,
                                  territory_code, fate, recorded_by, recorded_at)
            values (:id, :author, :addressee, :subject, :body, :sent, :territory,
                    'UNDER_CONSIDERATION', :by, :at)""")
        .param("id", id).param("author", author.id()).param("addressee", addressee)
        .param("subject", subject).param("body", text).param("sent", sent)
        .param("territory", author.territoryCode()).param("by", actor.userId())
        .param("at", Timestamp.from(clock.instant()))
        .update();
    audit.record(RECORD_TYPE, id, AuditAction.CREATE, "proposal sent");
    return get(id);
  }

  /**
   * Records the answer once, over the version read.
   *
   * @throws ConflictException {@code interaction.proposal-answered} when it has its fate
   */
  public Proposal answer(UUID id, Answer answer, Integer version) {
    Actor actor = access.recorder(RECORDERS);
    Proposal found = get(id);
    if (!actor.is(Role.ADMIN) && !found.author().id().equals(actor.organisationId())) {
      throw new ForbiddenException("registry.not-the-author",
          "only the author's staff record the answer");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (answer.fate() == null) {
      problems.add(new FieldProblem("fate", "field.required", "is required"));
    } else if (!answer.fate().answered()) {
      problems.add(new FieldProblem("fate", "registry.fate-answered",
          "an answer accepts, partly accepts or rejects"));
    }
    LocalDate on = RegistryAccess.required("answeredOn", answer.answeredOn(), problems);
    if (on != null && on.isBefore(found.sentOn())) {
      problems.add(new FieldProblem("answeredOn", "registry.date-order",
          "comes before the day it was sent"));
    } else if (on != null && on.isAfter(access.today())) {
      problems.add(new FieldProblem("answeredOn", "registry.future-date",
          "has not come yet"));
    }
    String text = RegistryAccess.text("answer", answer.answer(), 4000, false, problems);
    RegistryAccess.required("version", version, problems);
    RegistryAccess.throwIfAny(problems);
    if (found.fate().answered()) {
      throw new ConflictException("registry.proposal-answered",
          "the proposal already has its answer");
    }
    int updated = jdbc.sql("""
            update proposal set fate = :fate, answered_on = :on, answer = :answer,
                                version = version + 1
             where id = :id and version = :version and fate = 'UNDER_CONSIDERATION'""")
        .param("fate", answer.fate().name()).param("on", on).param("answer", text)
        .param("id", id).param("version", version).update();
    if (updated != 1) {
      throw new ConflictException("registry.stale-version",
          "someone changed this record since you read it; reload and try again");
    }
    audit.record(RECORD_TYPE, id, AuditAction.UPDATE, "answer " + answer.fate());
    return get(id);
  }

  @Transactional(readOnly = true)
  public Proposal get(UUID id) {
    Actor actor = access.reader();
    return jdbc.sql(SELECT + " where id = :id").param("id", id)
        .query((rs, n) -> row(rs)).optional()
        .filter(p -> access.sees(actor, p.territoryCode()))
        .orElseThrow(() -> new NotFoundException("proposal", id));
  }

  @Transactional(readOnly = true)
  public List<Proposal> list(Filter filter) {
    Actor actor = access.reader();
    RegistryAccess.period(filter.from(), filter.to());
    String[] codes = access.codes(actor, filter.territoryCode());
    return jdbc.sql(SELECT + "\n" + """
             where territory_code = any(:codes)
               and (cast(:from as date) is null or sent_on >= :from)
               and (cast(:to as date) is null or sent_on <= :to)
               and (cast(:fate as text) is null or fate = :fate)
             order by sent_on desc, recorded_at desc limit 500""")
        .param("codes", codes).param("from", filter.from()).param("to", filter.to())
        .param("fate", filter.fate() == null ? null : filter.fate().name())
        .query((rs, n) -> row(rs)).list();
  }

  private static final String SELECT = """
      select id, author_org_id, addressee, subject, body, sent_on, territory_code, fate,
             answered_on, answer, version
        from proposal""";

  private Proposal row(ResultSet rs) throws SQLException {
    return new Proposal(rs.getObject("id", UUID.class),
        access.ref(rs.getObject("author_org_id", UUID.class)), rs.getString("addressee"),
        rs.getString("subject"), rs.getString("body"),
        rs.getObject("sent_on", LocalDate.class), rs.getString("territory_code"),
        ProposalFate.valueOf(rs.getString("fate")),
        rs.getObject("answered_on", LocalDate.class), rs.getString("answer"),
        rs.getInt("version"));
  }
}
