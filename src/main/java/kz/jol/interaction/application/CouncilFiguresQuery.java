package kz.jol.interaction.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.jol.interaction.CouncilFigures;
import kz.jol.interaction.application.CouncilData.Body;
import kz.jol.interaction.application.CouncilData.Decision;
import kz.jol.interaction.application.CouncilService.BodyShare;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CouncilFigures} from the records: the caller (the indicators) answers for who may ask
 * about which territory; these are counts, with no person in them.
 */
@Service
class CouncilFiguresQuery implements CouncilFigures {

  private final CouncilRepository repository;
  private final TerritoryScope territories;
  private final Clock clock;

  CouncilFiguresQuery(CouncilRepository repository, TerritoryScope territories, Clock clock) {
    this.repository = repository;
    this.territories = territories;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Figures of(String territoryCode, LocalDate from, LocalDate to) {
    List<BodyFigures> bodies = byBody(territoryCode, from, to);
    int[] sum = new int[11];
    for (BodyFigures b : bodies) {
      Figures f = b.figures();
      int[] row = {f.meetingsHeld(), f.decisionsTaken(), f.decisionsDue(), f.carriedOutOnTime(),
          f.carriedOutLate(), f.notCarriedOut(), f.overdueOpen(), f.notYetDue(), f.cancelled(),
          f.shareNumerator(), f.shareDenominator()};
      for (int i = 0; i < sum.length; i++) {
        sum[i] += row[i];
      }
    }
    return new Figures(territoryCode, from, to, LocalDate.now(clock), sum[0], sum[1], sum[2],
        sum[3], sum[4], sum[5], sum[6], sum[7], sum[8], sum[9], sum[10]);
  }

  @Override
  @Transactional(readOnly = true)
  public List<BodyFigures> byBody(String territoryCode, LocalDate from, LocalDate to) {
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> codes = territoryCode == null ? Set.of() : territories.codesWithin(territoryCode);
    if (codes.isEmpty()) {
      problems.add(new FieldProblem("territory", "councils.territory-unknown",
          "no such territory", territoryCode));
    }
    if (from == null || to == null || to.isBefore(from)) {
      problems.add(new FieldProblem("to", "councils.period-reversed",
          "the period ends before it starts"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    LocalDate today = LocalDate.now(clock);
    List<Body> bodies = repository.bodiesIn(codes);
    List<UUID> ids = bodies.stream().map(Body::id).toList();
    List<Decision> decisions = repository.decisionsOfBodies(ids);
    Map<UUID, Integer> held = repository.meetingsHeld(ids, from, to);
    List<BodyFigures> out = new ArrayList<>();
    for (Body b : bodies) {
      BodyShare s = CouncilService.share(b, decisions, held.getOrDefault(b.id(), 0), from, to,
          today);
      out.add(new BodyFigures(b.id(), b.kind().name(), b.nameKk(), b.nameRu(), b.nameEn(),
          b.territoryCode(), figures(territoryCode, from, to, today, s)));
    }
    return out;
  }

  static Figures figures(String territory, LocalDate from, LocalDate to, LocalDate today,
      BodyShare s) {
    var c = s.counts();
    return new Figures(territory, from, to, today, s.meetingsHeld(), s.decisionsTaken(), c.due(),
        c.doneOnTime(), c.doneLate(), c.notDone(), c.overdueOpen(), c.notYetDue(), c.cancelled(),
        c.carriedOut(), c.judged());
  }
}
