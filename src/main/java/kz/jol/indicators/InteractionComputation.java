package kz.jol.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.indicators.domain.Measure;
import kz.jol.indicators.domain.Unit;
import kz.jol.interaction.CouncilFigures;
import kz.jol.interaction.RegistryFigures;
import org.springframework.stereotype.Component;

/**
 * Block 3 of seed 000 (intensity of interaction) in the catalogue, from the interaction module's
 * feeds: the advisory bodies' decisions ({@link CouncilFigures}) and the registry's events,
 * agreements, programmes, proposals and partner contacts ({@link RegistryFigures}), with the
 * definitions of {@link InteractionIndicators}. None of these counts persons on probation (bodies,
 * documents, events of bodies), so none is hidden. The caller has checked the reader's scope.
 *
 * <p>The share of decisions carried out counts those carried out by their due day among the
 * decisions due in the period that can be judged: a decision whose due day is still ahead of
 * today is not yet judged (CouncilFigures judges open decisions as of today).
 */
@Component
class InteractionComputation implements IndicatorComputation {

  private static final Set<String> CODES = Set.of("ADVISORY_DECISIONS",
      "ADVISORY_DECISIONS_CARRIED_OUT", "REGIONAL_PROGRAMMES", "JOINT_EVENTS", "AGREEMENTS",
      "PROPOSALS", "NGO_CONTACTS");

  private final CouncilFigures councils;
  private final RegistryFigures registry;

  InteractionComputation(CouncilFigures councils, RegistryFigures registry) {
    this.councils = councils;
    this.registry = registry;
  }

  @Override
  public Set<String> codes() {
    return CODES;
  }

  @Override
  public Map<String, Measure> compute(Scope scope, Set<String> wanted) {
    Map<String, Measure> figures = new HashMap<>();
    if (wanted.contains("ADVISORY_DECISIONS") || wanted.contains("ADVISORY_DECISIONS_CARRIED_OUT")) {
      CouncilFigures.Figures f = councils.of(scope.territoryCode(), scope.from(), scope.to());
      figures.put("ADVISORY_DECISIONS", thing(f.decisionsTaken()));
      long judged = f.shareDenominator();
      long onTime = f.carriedOutOnTime();
      figures.put("ADVISORY_DECISIONS_CARRIED_OUT", new Measure(Unit.SHARE, onTime, judged,
          judged == 0 ? null : Math.round(1000.0 * onTime / judged) / 1000.0, false, List.of()));
    }
    if (wanted.stream().anyMatch(c -> !c.startsWith("ADVISORY_"))) {
      long programmes = 0;
      long events = 0;
      long agreements = 0;
      long proposals = 0;
      long contacts = 0;
      for (RegistryFigures.Counts c : registry.count(scope.territoryCodes(), scope.from(),
          scope.to())) {
        programmes += c.programmesActive();
        events += c.events();
        agreements += c.agreementsSigned();
        proposals += c.proposalsSent();
        contacts += c.partnerContacts();
      }
      figures.put("REGIONAL_PROGRAMMES", thing(programmes));
      figures.put("JOINT_EVENTS", thing(events));
      figures.put("AGREEMENTS", thing(agreements));
      figures.put("PROPOSALS", thing(proposals));
      figures.put("NGO_CONTACTS", thing(contacts));
    }
    figures.keySet().retainAll(wanted);
    return figures;
  }

  private static Measure thing(long n) {
    return Measure.countOfThings(n);
  }
}
