package kz.jol.register.web;

import java.time.LocalDate;
import java.util.Set;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.application.CaseService;

/** The state-change form on a case's card, as posted. */
public record TransitionForm(
    String version, String target, String on, String reason, String outcome) {

  /** The fields the form shows, named as the service names their problems. */
  static final Set<String> FIELDS = Set.of("target", "on", "reason", "outcome");

  /** An empty form over the version shown, dated today. */
  static TransitionForm blank(long version, LocalDate today) {
    return new TransitionForm(Long.toString(version), null, today.toString(), null, null);
  }

  CaseService.Transition toTransition(FormInput in) {
    return new CaseService.Transition(in.version(version),
        in.choice("target", CaseState.class, target), in.date("on", on), reason,
        in.choice("outcome", CaseOutcome.class, outcome));
  }
}
