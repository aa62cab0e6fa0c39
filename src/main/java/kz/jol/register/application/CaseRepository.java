package kz.jol.register.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kz.jol.register.CaseId;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.PersonId;
import kz.jol.register.ProbationKind;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.ProbationCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores probation cases in {@code probation_case}, their moves and their number serials. */
@Repository
class CaseRepository {

  private static final String COLUMNS = """
      c.id, c.case_number, c.person_id, c.kind, c.legal_basis, c.court_name, c.decision_date,
      c.registration_date, c.planned_end_date, c.release_date, c.territory_code, c.officer_id,
      c.state, c.outcome, c.state_since, c.version""";

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  CaseRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  Optional<ProbationCase> find(CaseId id) {
    return jdbc.sql("select " + COLUMNS + " from probation_case c where c.id = :id")
        .param("id", id.value())
        .query(CaseRepository::probationCase)
        .optional();
  }

  /** The person's case of this kind that is not closed, if any. */
  Optional<OpenCase> findOpen(PersonId personId, ProbationKind kind) {
    return jdbc.sql("""
            select id, case_number from probation_case
             where person_id = :person and kind = :kind and state <> 'CLOSED'""")
        .param("person", personId.value())
        .param("kind", kind.name())
        .query((rs, n) -> new OpenCase(rs.getObject("id", UUID.class),
            rs.getString("case_number")))
        .optional();
  }

  /** An open case found by person and kind. */
  record OpenCase(UUID id, String number) {}

  /** The next serial of a region's case numbers in a year; taken inside the transaction. */
  long nextSerial(String region, int year) {
    return jdbc.sql("""
            insert into probation_case_serial (region, year, last_value) values (:region, :year, 1)
            on conflict (region, year)
            do update set last_value = probation_case_serial.last_value + 1
            returning last_value""")
        .param("region", region)
        .param("year", year)
        .query(Long.class)
        .single();
  }

  void insert(ProbationCase c, Instant now) {
    jdbc.sql("""
            insert into probation_case (id, case_number, person_id, kind, legal_basis, court_name,
                                        decision_date, registration_date, planned_end_date,
                                        release_date, territory_code, officer_id, state, outcome,
                                        state_since, created_at, updated_at, version)
            values (:id, :number, :person, :kind, :legalBasis, :court, :decisionDate,
                    :registrationDate, :plannedEnd, :releaseDate, :territory, :officer, :state,
                    :outcome, :stateSince, :now, :now, 0)""")
        .param("id", c.id().value())
        .param("number", c.number())
        .param("person", c.personId().value())
        .param("kind", c.kind().name())
        .param("registrationDate", c.registrationDate())
        .params(mutableParams(c))
        .param("now", Timestamp.from(now))
        .update();
  }

  /** Writes the case over the version it was read at; false when someone wrote in between. */
  boolean update(ProbationCase c, Instant now) {
    return jdbc.sql("""
            update probation_case
               set legal_basis = :legalBasis, court_name = :court, decision_date = :decisionDate,
                   planned_end_date = :plannedEnd, release_date = :releaseDate,
                   territory_code = :territory, officer_id = :officer, state = :state,
                   outcome = :outcome, state_since = :stateSince, updated_at = :now,
                   version = version + 1
             where id = :id and version = :version""")
        .param("id", c.id().value())
        .param("version", c.version())
        .params(mutableParams(c))
        .param("now", Timestamp.from(now))
        .update() == 1;
  }

  /** Keeps a move in the case's history, with the reason given. */
  void insertTransition(CaseId id, CaseState from, CaseState to, LocalDate on,
      CaseOutcome outcome, String reason, UUID recordedBy, Instant now) {
    jdbc.sql("""
            insert into probation_case_transition (case_id, from_state, to_state, on_date, outcome,
                                                   reason, recorded_by, recorded_at)
            values (:id, :from, :to, :on, :outcome, :reason, :by, :now)""")
        .param("id", id.value())
        .param("from", from.name())
        .param("to", to.name())
        .param("on", on)
        .param("outcome", outcome == null ? null : outcome.name())
        .param("reason", reason)
        .param("by", recordedBy)
        .param("now", Timestamp.from(now))
        .update();
  }

  /** The moves of a case, oldest first. */
  List<TransitionRow> transitions(CaseId id) {
    return jdbc.sql("""
            select from_state, to_state, on_date, outcome, reason, recorded_by, recorded_at
              from probation_case_transition where case_id = :id order by id""")
        .param("id", id.value())
        .query((rs, n) -> {
          String outcome = rs.getString("outcome");
          return new TransitionRow(CaseState.valueOf(rs.getString("from_state")),
              CaseState.valueOf(rs.getString("to_state")),
              rs.getObject("on_date", LocalDate.class),
              outcome == null ? null : CaseOutcome.valueOf(outcome), rs.getString("reason"),
              rs.getObject("recorded_by", UUID.class),
              rs.getTimestamp("recorded_at").toInstant());
        })
        .list();
  }

  /** A move as stored, before the recorder's name is looked up. */
  record TransitionRow(CaseState from, CaseState to, LocalDate on, CaseOutcome outcome,
      String reason, UUID recordedBy, Instant recordedAt) {}

  /**
   * Search criteria, already resolved against the actor (null means no filter).
   *
   * @param person the person's IIN or names, as typed
   */
  record Criteria(String[] territoryCodes, UUID officerId, CaseState state, ProbationKind kind,
      UUID personId, NameQuery person) {}

  /** The where clause of a search: the scope, then the criteria. */
  private static SqlFilter filter(Scope scope, Criteria criteria) {
    SqlFilter filter = new SqlFilter();
    if (!scope.everywhere()) {
      filter.and("c.territory_code = any(:scope)", "scope", scope.codes());
    }
    if (scope.byPerson()) {
      filter.and("c.person_id = any(:reach)", "reach", scope.personIds());
    }
    if (criteria.territoryCodes() != null) {
      filter.and("c.territory_code = any(:territories)", "territories",
          criteria.territoryCodes());
    }
    if (criteria.officerId() != null) {
      filter.and("c.officer_id = :officer", "officer", criteria.officerId());
    }
    if (criteria.state() != null) {
      filter.and("c.state = :state", "state", criteria.state().name());
    }
    if (criteria.kind() != null) {
      filter.and("c.kind = :kind", "kind", criteria.kind().name());
    }
    if (criteria.personId() != null) {
      filter.and("c.person_id = :person", "person", criteria.personId());
    }
    criteria.person().addTo(filter);
    return filter;
  }

  /** A case as a caseload sorts it, before anything about its person is read. */
  record CaseKeyRow(UUID id, CaseState state, LocalDate registrationDate) {}

  /** Every case the criteria match, unpaged: ids, states and dates only. */
  List<CaseKeyRow> keys(Scope scope, Criteria criteria) {
    SqlFilter filter = filter(scope, criteria);
    return jdbc.sql("select c.id, c.state, c.registration_date"
            + " from probation_case c join person p on p.id = c.person_id" + filter.where())
        .params(filter.params())
        .query((rs, n) -> new CaseKeyRow(rs.getObject("id", UUID.class),
            CaseState.valueOf(rs.getString("state")),
            rs.getObject("registration_date", LocalDate.class)))
        .list();
  }

  /** The rows of these cases that are within the scope, in no particular order. */
  List<CaseRow> rows(Scope scope, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    SqlFilter filter = filter(scope, new Criteria(null, null, null, null, null, NameQuery.NONE));
    filter.and("c.id = any(:ids)", "ids", ids.toArray(UUID[]::new));
    return jdbc.sql(ROW_COLUMNS + filter.where())
        .params(filter.params())
        .query((rs, n) -> row(rs))
        .list();
  }

  /**
   * Every case the criteria match, in case-number order, read through a forward-only cursor of
   * {@code chunk} rows at a time and handed over in chunks of that size: the caller's
   * transaction holds one connection while it streams and no more than one chunk is in memory.
   * PostgreSQL's driver reads with a cursor only inside a transaction (auto-commit off), which
   * the caller opens.
   *
   * @param openOnly leave closed cases out
   * @return how many rows were read
   */
  long stream(Scope scope, Criteria criteria, boolean openOnly, int chunk,
      Consumer<List<CaseRow>> sink) {
    SqlFilter filter = filter(scope, criteria);
    if (openOnly) {
      filter.and("c.state <> 'CLOSED'");
    }
    var template = new JdbcTemplate(dataSource);
    template.setFetchSize(chunk);
    List<CaseRow> rows = new ArrayList<>(chunk);
    long[] count = {0};
    RowCallbackHandler collect = rs -> {
      rows.add(row(rs));
      count[0]++;
      if (rows.size() == chunk) {
        sink.accept(List.copyOf(rows));
        rows.clear();
      }
    };
    new NamedParameterJdbcTemplate(template).query(
        ROW_COLUMNS + filter.where() + " order by c.case_number", filter.params(), collect);
    if (!rows.isEmpty()) {
      sink.accept(List.copyOf(rows));
    }
    return count[0];
  }

  ResultPage<CaseRow> search(Scope scope, Criteria criteria, Paging paging) {
    SqlFilter filter = filter(scope, criteria);
    long total = jdbc.sql(
            "select count(*) from probation_case c join person p on p.id = c.person_id"
                + filter.where())
        .params(filter.params())
        .query(Long.class)
        .single();
    List<CaseRow> rows = jdbc.sql(ROW_COLUMNS
            + filter.where()
            + " order by c.registration_date desc, c.case_number desc"
            + " offset :offset limit :limit")
        .params(filter.params())
        .param("offset", paging.offset())
        .param("limit", paging.size())
        .query((rs, n) -> row(rs))
        .list();
    return new ResultPage<>(rows, paging.page(), paging.size(), total);
  }

  private static final String ROW_COLUMNS = """
      select c.id, c.case_number, c.kind, c.state, c.state_since, c.registration_date,
             c.planned_end_date, c.territory_code, c.officer_id,
             p.id as person_id, p.iin, p.last_name, p.first_name, p.middle_name
        from probation_case c join person p on p.id = c.person_id""";

  private static CaseRow row(ResultSet rs) throws SQLException {
    return new CaseRow(
        rs.getObject("id", UUID.class), rs.getString("case_number"),
        new CaseView.PersonRef(rs.getObject("person_id", UUID.class), rs.getString("iin"),
            rs.getString("last_name"), rs.getString("first_name"),
            rs.getString("middle_name")),
        ProbationKind.valueOf(rs.getString("kind")), CaseState.valueOf(rs.getString("state")),
        rs.getObject("state_since", LocalDate.class),
        rs.getObject("registration_date", LocalDate.class),
        rs.getObject("planned_end_date", LocalDate.class), rs.getString("territory_code"),
        rs.getObject("officer_id", UUID.class));
  }

  /** A case as a list shows it, before the officer's name is looked up. */
  record CaseRow(UUID id, String number, CaseView.PersonRef person, ProbationKind kind,
      CaseState state, LocalDate stateSince, LocalDate registrationDate,
      LocalDate plannedEndDate, String territoryCode, UUID officerId) {}

  private static Map<String, Object> mutableParams(ProbationCase c) {
    var params = new HashMap<String, Object>();
    params.put("legalBasis", c.terms().legalBasis().name());
    params.put("court", c.terms().courtName());
    params.put("decisionDate", c.terms().decisionDate());
    params.put("plannedEnd", c.terms().plannedEndDate());
    params.put("releaseDate", c.terms().releaseDate());
    params.put("territory", c.territoryCode());
    params.put("officer", c.officerId());
    params.put("state", c.state().name());
    params.put("outcome", c.outcome() == null ? null : c.outcome().name());
    params.put("stateSince", c.stateSince());
    return params;
  }

  private static ProbationCase probationCase(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return ProbationCase.restore(
        new CaseId(rs.getObject("id", UUID.class)),
        rs.getString("case_number"),
        new PersonId(rs.getObject("person_id", UUID.class)),
        ProbationKind.valueOf(rs.getString("kind")),
        rs.getObject("registration_date", LocalDate.class),
        new CaseTerms(LegalBasis.valueOf(rs.getString("legal_basis")), rs.getString("court_name"),
            rs.getObject("decision_date", LocalDate.class),
            rs.getObject("planned_end_date", LocalDate.class),
            rs.getObject("release_date", LocalDate.class)),
        rs.getString("territory_code"),
        rs.getObject("officer_id", UUID.class),
        CaseState.valueOf(rs.getString("state")),
        outcome == null ? null : CaseOutcome.valueOf(outcome),
        rs.getObject("state_since", LocalDate.class),
        rs.getLong("version"));
  }
}
