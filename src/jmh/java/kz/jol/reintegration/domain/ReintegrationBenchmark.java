package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.jol.register.CaseId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The reintegration engine's speed (issue 3, "Speed"): one case, and a caseload of synthetic
 * cases re-evaluated as of one day. Each synthetic case is registered on one of the 365 days
 * before that day and has two to four assessments per domain with random scores and facts, and
 * half of the plans approved; the data come from a fixed seed, so every run judges the same
 * cases.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class ReintegrationBenchmark {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  record SyntheticCase(CaseTimeline timeline, AssessmentHistory history, PlanStatus plan) {}

  @Param("300000")
  int cases;

  List<SyntheticCase> caseload;
  SyntheticCase one;

  @Setup(Level.Trial)
  public void buildCaseload() {
    SplittableRandom random = new SplittableRandom(20261124L);
    caseload = new ArrayList<>(cases);
    for (int i = 0; i < cases; i++) {
      caseload.add(synthetic(random, i));
    }
    one = caseload.get(0);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public CaseEvaluation evaluateOneCase() {
    return ReintegrationPolicy.evaluate(one.timeline(), one.history(), one.plan(), AS_OF,
        RiskRules.DEFAULTS);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void reevaluateCaseload(Blackhole blackhole) {
    for (SyntheticCase c : caseload) {
      blackhole.consume(ReintegrationPolicy.evaluate(c.timeline(), c.history(), c.plan(), AS_OF,
          RiskRules.DEFAULTS));
    }
  }

  /** The same caseload on every core (a nightly re-evaluation may use them all). */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public long reevaluateCaseloadInParallel() {
    return caseload.parallelStream()
        .map(c -> ReintegrationPolicy.evaluate(c.timeline(), c.history(), c.plan(), AS_OF,
            RiskRules.DEFAULTS))
        .filter(e -> e.risk() == RiskLevel.R3)
        .count();
  }

  private static SyntheticCase synthetic(SplittableRandom random, int i) {
    LocalDate registered = AS_OF.minusDays(random.nextInt(365));
    CaseTimeline timeline = new CaseTimeline(new CaseId(new UUID(0L, i)), registered,
        registered.plusDays(3 + random.nextInt(3)));
    List<Assessment> assessments = new ArrayList<>();
    for (Domain domain : Domain.values()) {
      int count = 2 + random.nextInt(3);
      for (int k = 0; k < count; k++) {
        int score = random.nextInt(3);
        assessments.add(new Assessment(Score.of(score), score == 2 ? "confirmed" : null,
            "officer-" + random.nextInt(50), registered.plusDays(random.nextInt(200) - 10),
            facts(domain, random)));
      }
    }
    PlanStatus plan = random.nextBoolean()
        ? PlanStatus.approvedOn(registered.plusDays(random.nextInt(8)))
        : PlanStatus.notApproved();
    return new SyntheticCase(timeline, AssessmentHistory.of(assessments), plan);
  }

  private static DomainFacts facts(Domain domain, SplittableRandom r) {
    return switch (domain) {
      case LEGAL -> new DomainFacts.Legal(r.nextInt(4) > 0, r.nextInt(4) > 0);
      case HOUSING -> new DomainFacts.Housing(r.nextInt(10) == 0, r.nextInt(20) == 0,
          r.nextInt(20) == 0);
      case ECONOMIC -> new DomainFacts.Economic(r.nextBoolean(), r.nextBoolean(),
          r.nextInt(30) == 0);
      case HEALTH -> new DomainFacts.Health(HealthNeed.values()[r.nextInt(3)], r.nextBoolean(),
          r.nextInt(4) > 0, r.nextBoolean());
      case INSTITUTIONAL -> new DomainFacts.Institutional(r.nextInt(4) > 0, r.nextInt(10) == 0);
    };
  }
}
