package kz.jol.interaction.application;

import java.math.BigDecimal;
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
import kz.jol.interaction.domain.ProgrammeMeasureState;
import kz.jol.organisation.Organisation;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional target programmes (seed 004): a programme of a territory for some years, the body
 * responsible, funding when known, and its measures. The responsible body's heads and workers
 * (or an administrator) record a programme, add its measures and report their state.
 */
@Service
@Transactional
public class TargetProgrammes {

  static final String RECORD_TYPE = "TARGET_PROGRAMME";
  static final int MAX_YEARS = 10;

  private static final Role[] RECORDERS = {Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.ADMIN};

  private final JdbcClient jdbc;
  private final RegistryAccess access;
  private final AuditTrail audit;
  private final Clock clock;

  TargetProgrammes(JdbcClient jdbc, RegistryAccess access, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** A programme as entered; funding optional (amount in tenge, and where it comes from). */
  public record ProgrammeForm(String name, String territoryCode, Integer yearFrom,
      Integer yearTo, UUID responsibleId, BigDecimal fundingAmount, String fundingSource) {}

  /** A measure as entered. */
  public record MeasureForm(String text, String executor, LocalDate dueOn) {}

  /** A measure of a programme. */
  public record Measure(UUID id, int position, String text, String executor, LocalDate dueOn,
      ProgrammeMeasureState state) {}

  /** A programme with its measures. */
  public record TargetProgramme(UUID id, String name, String territoryCode, int yearFrom,
      int yearTo, OrganisationRef responsible, BigDecimal fundingAmount, String fundingSource,
      List<Measure> measures, int version) {}

  /** What a list shows: programmes of the territory running in the year, if given. */
  public record Filter(String territoryCode, Integer year) {}

  public TargetProgramme record(ProgrammeForm form) {
    Actor actor = access.recorder(RECORDERS);
    List<FieldProblem> problems = new ArrayList<>();
    String name = RegistryAccess.text("name", form.name(), 500, true, problems);
    String territory = access.territory(actor, "territoryCode", form.territoryCode(), problems);
    Integer from = year("yearFrom", form.yearFrom(), problems);
    Integer to = year("yearTo", form.yearTo(), problems);
    if (from != null && to != null) {
      if (to < from) {
        problems.add(new FieldProblem("yearTo", "registry.year-order",
            "comes before the first year"));
      } else if (to - from >= MAX_YEARS) {
        problems.add(new FieldProblem("yearTo", "registry.programme-years",
            "a programme runs at most " + MAX_YEARS + " years", MAX_YEARS));
      }
    }
    Organisation responsible = null;
    if (form.responsibleId() == null) {
      problems.add(new FieldProblem("responsibleId", "field.required", "is required"));
    } else {
      List<Organisation> found = access.organisations("responsibleId",
          List.of(form.responsibleId()), problems);
      responsible = found.isEmpty() ? null : found.getFirst();
      if (responsible != null && !actor.is(Role.ADMIN)
          && !responsible.id().equals(actor.organisationId())) {
        problems.add(new FieldProblem("responsibleId", "registry.not-your-organisation",
            "you record the programmes your organisation is responsible for"));
      }
    }
    BigDecimal amount = form.fundingAmount();
    if (amount != null && (amount.signum() < 0 || amount.scale() > 2
        || amount.compareTo(new BigDecimal("99999999999999")) > 0)) {
      problems.add(new FieldProblem("fundingAmount", "registry.amount",
          "a sum of tenge, not negative, to the tiyn"));
    }
    String source = RegistryAccess.text("fundingSource", form.fundingSource(), 300, false,
        problems);
    RegistryAccess.throwIfAny(problems);

    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into target_programme (id, name, territory_code, year_from, year_to,
                                          responsible_org_id, funding_amount, funding_source,
                                          recorded_by, recorded_at)
            values (:id, :name, :territory, :from, :to, :org, :amount, :source, :by, :at)""")
        .param("id", id).param("name", name).param("territory", territory)
        .param("from", from).param("to", to).param("org", responsible.id())
        .param("amount", amount).param("source", source).param("by", actor.userId())
        .param("at", Timestamp.from(clock.instant()))
        .update();
    audit.record(RECORD_TYPE, id, AuditAction.CREATE, "programme " + from + "-" + to);
    return get(id);
  }

  /** Adds a measure, not started, at the end of the programme's list. */
  public TargetProgramme addMeasure(UUID programmeId, MeasureForm form) {
    TargetProgramme programme = editable(programmeId);
    List<FieldProblem> problems = new ArrayList<>();
    String text = RegistryAccess.text("text", form.text(), 2000, true, problems);
    String executor = RegistryAccess.text("executor", form.executor(), 300, true, problems);
    LocalDate due = RegistryAccess.required("dueOn", form.dueOn(), problems);
    if (due != null && (due.getYear() < programme.yearFrom()
        || due.getYear() > programme.yearTo())) {
      problems.add(new FieldProblem("dueOn", "registry.due-outside-programme",
          "falls outside the programme's years", String.valueOf(programme.yearFrom()),
          String.valueOf(programme.yearTo())));
    }
    RegistryAccess.throwIfAny(problems);
    jdbc.sql("""
            insert into target_programme_measure (id, programme_id, position, text, executor,
                                                  due_on, state)
            values (:id, :p, (select coalesce(max(position), 0) + 1
                                from target_programme_measure where programme_id = :p),
                    :text, :executor, :due, 'NOT_STARTED')""")
        .param("id", UUID.randomUUID()).param("p", programmeId).param("text", text)
        .param("executor", executor).param("due", due).update();
    touch(programmeId);
    audit.record(RECORD_TYPE, programmeId, AuditAction.UPDATE, "measure added");
    return get(programmeId);
  }

  /** Reports a measure's state. */
  public TargetProgramme measureState(UUID programmeId, UUID measureId,
      ProgrammeMeasureState state) {
    editable(programmeId);
    if (state == null) {
      throw new kz.jol.shared.InvalidInputException("state", "field.required", "is required");
    }
    int updated = jdbc.sql("""
            update target_programme_measure set state = :state
             where id = :id and programme_id = :p""")
        .param("state", state.name()).param("id", measureId).param("p", programmeId).update();
    if (updated != 1) {
      throw new NotFoundException("programme-measure", measureId);
    }
    touch(programmeId);
    audit.record(RECORD_TYPE, programmeId, AuditAction.UPDATE, "measure " + state);
    return get(programmeId);
  }

  @Transactional(readOnly = true)
  public TargetProgramme get(UUID id) {
    Actor actor = access.reader();
    return jdbc.sql(SELECT + " where id = :id").param("id", id)
        .query((rs, n) -> row(rs)).optional()
        .filter(p -> access.sees(actor, p.territoryCode()))
        .map(this::complete)
        .orElseThrow(() -> new NotFoundException("target-programme", id));
  }

  @Transactional(readOnly = true)
  public List<TargetProgramme> list(Filter filter) {
    Actor actor = access.reader();
    String[] codes = access.codes(actor, filter.territoryCode());
    return jdbc.sql(SELECT + "\n" + """
             where territory_code = any(:codes)
               and (cast(:year as integer) is null or :year between year_from and year_to)
             order by year_from desc, name limit 500""")
        .param("codes", codes).param("year", filter.year())
        .query((rs, n) -> row(rs)).list().stream().map(this::complete).toList();
  }

  private TargetProgramme editable(UUID id) {
    Actor actor = access.recorder(RECORDERS);
    TargetProgramme programme = get(id);
    if (!actor.is(Role.ADMIN) && !programme.responsible().id().equals(actor.organisationId())) {
      throw new ForbiddenException("registry.not-responsible",
          "only the responsible body's staff change a programme");
    }
    return programme;
  }

  private void touch(UUID id) {
    jdbc.sql("update target_programme set version = version + 1 where id = :id")
        .param("id", id).update();
  }

  private static Integer year(String field, Integer year, List<FieldProblem> problems) {
    if (year == null) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
      return null;
    }
    if (year < 2000 || year > 2100) {
      problems.add(new FieldProblem(field, "registry.year", "a year from 2000 to 2100"));
      return null;
    }
    return year;
  }

  private static final String SELECT = """
      select id, name, territory_code, year_from, year_to, responsible_org_id, funding_amount,
             funding_source, version
        from target_programme""";

  private TargetProgramme row(ResultSet rs) throws SQLException {
    return new TargetProgramme(rs.getObject("id", UUID.class), rs.getString("name"),
        rs.getString("territory_code"), rs.getInt("year_from"), rs.getInt("year_to"),
        access.ref(rs.getObject("responsible_org_id", UUID.class)),
        rs.getBigDecimal("funding_amount"), rs.getString("funding_source"), List.of(),
        rs.getInt("version"));
  }

  private TargetProgramme complete(TargetProgramme p) {
    List<Measure> measures = jdbc.sql("""
            select id, position, text, executor, due_on, state from target_programme_measure
             where programme_id = :p order by position""")
        .param("p", p.id())
        .query((rs, n) -> new Measure(rs.getObject("id", UUID.class), rs.getInt("position"),
            rs.getString("text"), rs.getString("executor"),
            rs.getObject("due_on", LocalDate.class),
            ProgrammeMeasureState.valueOf(rs.getString("state"))))
        .list();
    return new TargetProgramme(p.id(), p.name(), p.territoryCode(), p.yearFrom(), p.yearTo(),
        p.responsible(), p.fundingAmount(), p.fundingSource(), measures, p.version());
  }
}
