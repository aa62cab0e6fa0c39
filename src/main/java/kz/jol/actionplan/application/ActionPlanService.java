package kz.jol.actionplan.application;

import static kz.jol.access.Role.ADMIN;
import static kz.jol.access.Role.ANALYST;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.actionplan.ActionPlanExecutors;
import kz.jol.actionplan.ActionPlanReportFiled;
import kz.jol.actionplan.application.PlanData.Assignment;
import kz.jol.actionplan.application.PlanData.ExecutorBody;
import kz.jol.actionplan.application.PlanData.MeasureItem;
import kz.jol.actionplan.application.PlanData.Plan;
import kz.jol.actionplan.application.PlanData.Report;
import kz.jol.actionplan.domain.HalfYear;
import kz.jol.actionplan.domain.MeasureState;
import kz.jol.actionplan.domain.ReportState;
import kz.jol.actionplan.domain.Timeliness;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, measures, reports and the reporting discipline, as the signed-in user may see them.
 *
 * <p>Scope: the ministry — an administrator, or an analyst of a MINISTRY organisation — sees
 * every plan; anyone else sees a plan only when their organisation acts for one of its executors
 * (404 otherwise, as if there were no such plan). A report is filed by a user of an organisation
 * acting for the executor; the lead executor's report is the measure's consolidated report.
 */
@Service
public class ActionPlanService implements ActionPlanExecutors {

  /** The longest report text. */
  public static final int MAX_TEXT = 8000;

  private final ActionPlanRepository repository;
  private final CurrentActor currentActor;
  private final Organisations organisations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ActionPlanService(ActionPlanRepository repository, CurrentActor currentActor,
      Organisations organisations, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.currentActor = currentActor;
    this.organisations = organisations;
    this.events = events;
    this.clock = clock;
  }

  /** One expected report: an executor of a measure for a half-year, filed or not. */
  public record Slot(UUID measureId, int measureNumber, Assignment executor, HalfYear period,
      LocalDate due, Report report, Timeliness timeliness) {

    /** Whether the slot is the lead's consolidated report. */
    public boolean consolidated() {
      return executor.lead();
    }
  }

  /** A measure, its state and its expected reports by half-year, latest first. */
  public record MeasureLine(MeasureItem measure, MeasureState state, List<PeriodSlots> periods) {

    /** The reports of one half-year. */
    public record PeriodSlots(HalfYear period, LocalDate due, List<Slot> slots) {}

    public long missing() {
      return periods.stream().flatMap(p -> p.slots().stream())
          .filter(s -> s.timeliness().status() == Timeliness.Status.MISSING).count();
    }
  }

  /**
   * A plan as the reader may see it.
   *
   * @param ministry whether the reader sees it as the ministry does (every plan)
   * @param mine the executors the reader's organisation acts for
   */
  public record PlanView(Plan plan, List<ExecutorBody> executors, List<MeasureLine> measures,
      Map<MeasureState, Long> states, boolean ministry, List<ExecutorBody> mine, LocalDate asOf) {}

  /**
   * A measure's page.
   *
   * @param fileable the measure's executors the reader may file for, lead first
   * @param openPeriods the half-years a report may be filed on now, latest first
   */
  public record MeasureView(Plan plan, MeasureLine line, List<Assignment> fileable,
      List<HalfYear> openPeriods, LocalDate asOf) {}

  /** One executor's reporting discipline: its expected reports by how they stand. */
  public record Discipline(ExecutorBody executor, int onTime, int late, int missing,
      int notYetDue, List<Slot> flagged) {}

  /** The reporting-discipline dashboard of a plan. */
  public record Dashboard(Plan plan, LocalDate asOf, List<Discipline> executors) {}

  /**
   * The ministry's consolidated report on a plan: the yearly evaluation of one year of the plan,
   * or the final report on the whole plan (due on the plan's {@code finalReportDue}).
   *
   * @param year the evaluated year, or null for the final report
   * @param asOf the day it was generated: states and timeliness are as of that day
   * @param measures every measure with its state and the reports it was owed in the period
   * @param discipline each executor's reports owed in the period, by how they stand
   */
  public record Consolidated(Plan plan, Integer year, LocalDate asOf, List<MeasureLine> measures,
      List<Discipline> discipline) {

    public boolean isFinal() {
      return year == null;
    }

    /** The lead's latest consolidated report within the period, if any. */
    public static Report latestConsolidated(MeasureLine line) {
      return line.periods().stream().flatMap(p -> p.slots().stream())
          .filter(s -> s.consolidated() && s.report() != null).map(Slot::report)
          .max(java.util.Comparator.comparing(Report::period)).orElse(null);
    }
  }

  /** What a report says, as typed: every field is checked and refused with its reason. */
  public record ReportInput(String executor, String period, String state, String text) {}

  /** The plans the reader may see. */
  @Transactional(readOnly = true)
  public List<Plan> plans() {
    Actor actor = currentActor.require();
    boolean ministry = ministry(actor);
    return repository.plans().stream()
        .filter(p -> ministry || !repository.executorsOf(p.id(), actor.organisationId()).isEmpty())
        .toList();
  }

  @Transactional(readOnly = true)
  public PlanView plan(UUID planId) {
    Plan plan = repository.plan(planId).orElseThrow(() -> notFound(planId));
    Scope scope = scope(plan);
    LocalDate today = LocalDate.now(clock);
    List<MeasureLine> lines = lines(plan, today);
    Map<MeasureState, Long> states = new EnumMap<>(MeasureState.class);
    for (MeasureState s : MeasureState.values()) {
      states.put(s, lines.stream().filter(l -> l.state() == s).count());
    }
    List<ExecutorBody> executors = repository.executors(planId);
    return new PlanView(plan, executors, lines, states, scope.ministry(),
        executors.stream().filter(e -> scope.mine().contains(e.id())).toList(), today);
  }

  @Transactional(readOnly = true)
  public MeasureView measure(UUID planId, UUID measureId) {
    Plan plan = repository.plan(planId).orElseThrow(() -> notFound(planId));
    Scope scope = scope(plan);
    LocalDate today = LocalDate.now(clock);
    MeasureLine line = lines(plan, today).stream()
        .filter(l -> l.measure().id().equals(measureId)).findFirst()
        .orElseThrow(() -> new NotFoundException("action-plan-measure", measureId));
    List<Assignment> fileable = line.measure().executors().stream()
        .filter(a -> scope.mine().contains(a.body().id())).toList();
    // A half-year stays open to the form while one of the reader's executors still owes it.
    List<HalfYear> open = openPeriods(plan, today).stream()
        .filter(p -> fileable.stream().anyMatch(a -> line.periods().stream()
            .filter(ps -> ps.period().equals(p)).flatMap(ps -> ps.slots().stream())
            .noneMatch(s -> s.executor().equals(a) && s.report() != null)))
        .toList();
    return new MeasureView(plan, line, fileable, open, today);
  }

  @Transactional(readOnly = true)
  public Dashboard dashboard(UUID planId) {
    Plan plan = repository.plan(planId).orElseThrow(() -> notFound(planId));
    scope(plan);
    LocalDate today = LocalDate.now(clock);
    return new Dashboard(plan, today, discipline(plan, lines(plan, today)));
  }

  private List<Discipline> discipline(Plan plan, List<MeasureLine> lines) {
    UUID planId = plan.id();
    List<Slot> slots = lines.stream()
        .flatMap(l -> l.periods().stream()).flatMap(p -> p.slots().stream()).toList();
    List<Discipline> rows = new ArrayList<>();
    for (ExecutorBody executor : repository.executors(planId)) {
      int[] counts = new int[Timeliness.Status.values().length];
      List<Slot> flagged = new ArrayList<>();
      for (Slot slot : slots) {
        if (!slot.executor().body().id().equals(executor.id())) {
          continue;
        }
        Timeliness.Status status = slot.timeliness().status();
        counts[status.ordinal()]++;
        if (status == Timeliness.Status.LATE || status == Timeliness.Status.MISSING) {
          flagged.add(slot);
        }
      }
      flagged.sort(java.util.Comparator.comparing(Slot::period).reversed()
          .thenComparing(Slot::measureNumber));
      rows.add(new Discipline(executor, counts[Timeliness.Status.ON_TIME.ordinal()],
          counts[Timeliness.Status.LATE.ordinal()], counts[Timeliness.Status.MISSING.ordinal()],
          counts[Timeliness.Status.NOT_YET_DUE.ordinal()], flagged));
    }
    return rows;
  }

  /**
   * The yearly evaluation of a year of the plan, or with no year the final consolidated report:
   * for the ministry only (an administrator, an analyst of a MINISTRY organisation).
   *
   * @throws InvalidInputException when the year is not one of the plan's
   * @throws ForbiddenException for an executor's user: the evaluation is the ministry's
   */
  @Transactional(readOnly = true)
  public Consolidated consolidated(UUID planId, Integer year) {
    Plan plan = repository.plan(planId).orElseThrow(() -> notFound(planId));
    Scope scope = scope(plan);
    if (!scope.ministry()) {
      throw new ForbiddenException("actionplan.ministry-only",
          "the consolidated report is the ministry's");
    }
    if (year != null && (year < plan.startsOn().getYear() || year > plan.endsOn().getYear())) {
      throw new InvalidInputException("year", "actionplan.year-not-in-plan",
          "the year is not one of the plan's", String.valueOf(year));
    }
    LocalDate today = LocalDate.now(clock);
    List<MeasureLine> lines = lines(plan, today).stream()
        .map(l -> new MeasureLine(l.measure(), l.state(), l.periods().stream()
            .filter(p -> year == null || p.period().year() == year).toList()))
        .toList();
    return new Consolidated(plan, year, today, lines, discipline(plan, lines));
  }

  /**
   * Files the reader's organisation's report on a measure for a half-year: an executor's report,
   * or when the executor is the lead, the measure's consolidated report. A report after the due
   * day is accepted and marked late.
   *
   * @throws InvalidInputException naming every wrong field
   * @throws ForbiddenException when the reader's organisation acts for none of the measure's
   *     executors
   * @throws ConflictException when the executor has filed for the half-year already
   */
  @Transactional
  public Slot file(UUID planId, UUID measureId, ReportInput input) {
    Actor actor = currentActor.require();
    Plan plan = repository.plan(planId).orElseThrow(() -> notFound(planId));
    Scope scope = scope(plan);
    LocalDate today = LocalDate.now(clock);
    MeasureItem measure = repository.measures(planId).stream()
        .filter(m -> m.id().equals(measureId)).findFirst()
        .orElseThrow(() -> new NotFoundException("action-plan-measure", measureId));
    List<Assignment> fileable = measure.executors().stream()
        .filter(a -> scope.mine().contains(a.body().id())).toList();
    if (fileable.isEmpty()) {
      throw new ForbiddenException("actionplan.not-an-executor",
          "your organisation is not an executor of this measure");
    }
    ReportInput in = input == null ? new ReportInput(null, null, null, null) : input;
    List<FieldProblem> problems = new ArrayList<>();
    Assignment executor = null;
    if (blank(in.executor())) {
      if (fileable.size() == 1) {
        executor = fileable.getFirst();
      } else {
        problems.add(new FieldProblem("executor", "actionplan.executor-required",
            "choose the executor you report for"));
      }
    } else {
      executor = fileable.stream().filter(a -> a.body().code().equals(in.executor().strip()))
          .findFirst().orElse(null);
      if (executor == null) {
        problems.add(new FieldProblem("executor", "actionplan.executor-not-yours",
            "your organisation does not report for this executor on this measure",
            in.executor()));
      }
    }
    HalfYear period = HalfYear.parse(in.period() == null ? null : in.period().strip());
    if (blank(in.period())) {
      problems.add(new FieldProblem("period", "actionplan.period-required",
          "choose the half-year"));
    } else if (period == null || !plan.periods().contains(period)) {
      problems.add(new FieldProblem("period", "actionplan.period-not-in-plan",
          "the half-year is not one of the plan's", in.period()));
    } else if (period.firstDay().isAfter(today)) {
      problems.add(new FieldProblem("period", "actionplan.period-not-started",
          "the half-year has not started yet", period.key()));
    }
    ReportState state = null;
    if (blank(in.state())) {
      problems.add(new FieldProblem("state", "actionplan.state-required",
          "say where the measure stands"));
    } else {
      try {
        state = ReportState.valueOf(in.state().strip());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("state", "actionplan.state-unknown",
            "not one of the states", in.state()));
      }
    }
    String text = in.text() == null ? "" : in.text().strip();
    if (text.isEmpty()) {
      problems.add(new FieldProblem("text", "actionplan.text-required",
          "say what was done in the half-year"));
    } else if (text.length() > MAX_TEXT) {
      problems.add(new FieldProblem("text", "actionplan.text-too-long",
          "at most " + MAX_TEXT + " characters", MAX_TEXT));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Report report = new Report(UUID.randomUUID(), measureId, executor.body().id(), period,
        executor.lead(), text, state, period.dueDate(), today, clock.instant(),
        actor.organisationId());
    if (!repository.insert(report, actor.userId())) {
      throw new ConflictException("actionplan.report-exists",
          "the executor has filed its report for this half-year already",
          executor.body().code(), period.key());
    }
    Timeliness timeliness = Timeliness.of(report.dueOn(), report.filedOn(), today);
    events.publishEvent(new ActionPlanReportFiled(report.id(), planId, measureId,
        executor.body().code(), period.key(), executor.lead(),
        timeliness.status() == Timeliness.Status.LATE));
    return new Slot(measureId, measure.number(), executor, period, period.dueDate(), report,
        timeliness);
  }

  /**
   * Replaces the organisations acting for an executor (an administrator's act).
   *
   * @throws NotFoundException for an unknown plan, executor or organisation
   */
  @Transactional
  public List<UUID> replaceMembers(UUID planId, String executorCode, List<UUID> organisationIds) {
    Plan plan = repository.plan(planId).orElseThrow(() -> notFound(planId));
    ExecutorBody executor = executor(plan, executorCode);
    List<UUID> ids = organisationIds == null ? List.of() : organisationIds.stream().distinct()
        .toList();
    for (UUID id : ids) {
      if (id == null || !repository.organisationExists(id)) {
        throw new InvalidInputException("organisationIds", "actionplan.organisation-unknown",
            "no such organisation", id);
      }
    }
    repository.unlinkAll(executor.id());
    ids.forEach(id -> repository.link(executor.id(), id));
    return ids;
  }

  @Override
  @Transactional
  public void link(String planCode, String executorCode, UUID organisationId) {
    Plan plan = repository.planByCode(planCode)
        .orElseThrow(() -> new NotFoundException("action-plan", planCode));
    ExecutorBody executor = executor(plan, executorCode);
    if (!repository.organisationExists(organisationId)) {
      throw new NotFoundException("organisation", organisationId);
    }
    repository.link(executor.id(), organisationId);
  }

  /** The organisations acting for each executor of the plan, by executor code. */
  @Transactional(readOnly = true)
  public Map<String, List<UUID>> members(UUID planId) {
    Plan plan = repository.plan(planId).orElseThrow(() -> notFound(planId));
    Map<UUID, List<UUID>> byId = repository.members(planId);
    Map<String, List<UUID>> byCode = new LinkedHashMap<>();
    for (ExecutorBody e : repository.executors(plan.id())) {
      byCode.put(e.code(), byId.getOrDefault(e.id(), List.of()));
    }
    return byCode;
  }

  // ---- shared with the sweep

  /** Every measure of the plan with its state and expected reports as of the day. */
  List<MeasureLine> lines(Plan plan, LocalDate today) {
    List<Report> reports = repository.reports(plan.id());
    List<HalfYear> started = plan.periods().stream()
        .filter(p -> !p.firstDay().isAfter(today)).toList();
    List<MeasureLine> lines = new ArrayList<>();
    for (MeasureItem m : repository.measures(plan.id())) {
      List<Report> mine = reports.stream().filter(r -> r.measureId().equals(m.id())).toList();
      Optional<Report> latestConsolidated = mine.stream().filter(Report::consolidated)
          .max(java.util.Comparator.comparing(Report::period));
      // Reports are asked for until the half-year in which the lead reported the measure done.
      HalfYear doneIn = mine.stream()
          .filter(r -> r.consolidated() && r.claimed() == ReportState.DONE)
          .map(Report::period).min(HalfYear::compareTo).orElse(null);
      MeasureState state = MeasureState.of(m.deadline(),
          latestConsolidated.map(Report::claimed).orElse(null),
          mine.stream().filter(r -> !r.consolidated()).map(Report::claimed).toList(), today);
      List<MeasureLine.PeriodSlots> periods = new ArrayList<>();
      for (HalfYear period : started) {
        if (doneIn != null && period.compareTo(doneIn) > 0) {
          break;
        }
        List<Slot> slots = new ArrayList<>();
        for (Assignment a : m.executors()) {
          Report filed = mine.stream()
              .filter(r -> r.period().equals(period) && r.executorId().equals(a.body().id()))
              .findFirst().orElse(null);
          slots.add(new Slot(m.id(), m.number(), a, period, period.dueDate(), filed,
              Timeliness.of(period.dueDate(), filed == null ? null : filed.filedOn(), today)));
        }
        periods.add(new MeasureLine.PeriodSlots(period, period.dueDate(), slots));
      }
      lines.add(new MeasureLine(m, state, periods.reversed()));
    }
    return lines;
  }

  Map<UUID, List<UUID>> membersById(UUID planId) {
    return repository.members(planId);
  }

  // ----

  private static List<HalfYear> openPeriods(Plan plan, LocalDate today) {
    return plan.periods().stream().filter(p -> !p.firstDay().isAfter(today)).toList()
        .reversed();
  }

  private ExecutorBody executor(Plan plan, String code) {
    return repository.executors(plan.id()).stream().filter(e -> e.code().equals(code))
        .findFirst().orElseThrow(() -> new NotFoundException("action-plan-executor", code));
  }

  private record Scope(boolean ministry, Set<UUID> mine) {}

  private Scope scope(Plan plan) {
    Actor actor = currentActor.require();
    Set<UUID> mine = repository.executorsOf(plan.id(), actor.organisationId());
    boolean ministry = ministry(actor);
    if (!ministry && mine.isEmpty()) {
      throw notFound(plan.id());
    }
    return new Scope(ministry, mine);
  }

  private boolean ministry(Actor actor) {
    if (actor.is(ADMIN)) {
      return true;
    }
    return actor.is(ANALYST) && actor.organisationId() != null
        && organisations.find(actor.organisationId())
            .map(o -> o.type() == OrganisationType.MINISTRY).orElse(false);
  }

  private static NotFoundException notFound(UUID planId) {
    return new NotFoundException("action-plan", planId);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
