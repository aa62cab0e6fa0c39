package kz.jol.routing.web;

import java.util.Set;
import kz.jol.routing.application.ReferralService;
import kz.jol.routing.domain.ReferralState;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * One of the answer forms on a referral's page, as posted: the state it moves the referral to,
 * with the result and evidence (done) or the reason (declined, impossible), over the version the
 * page showed.
 */
public record AnswerForm(String state, String result, String evidence, String reason,
    String version) {

  static final Set<String> FIELDS = Set.of("result", "evidence", "reason");

  ReferralService.Answer toAnswer() {
    ReferralState target;
    try {
      target = state == null || state.isBlank() ? null : ReferralState.valueOf(state.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(new FieldProblem("state", "routing.not-a-choice",
          "is not one of the choices", state));
    }
    if (target == null) {
      throw new InvalidInputException("state", "field.required", "is required");
    }
    Long expected;
    try {
      expected = version == null || version.isBlank() ? null : Long.valueOf(version.strip());
    } catch (NumberFormatException e) {
      expected = -1L; // a mangled version is as stale as an old one
    }
    return new ReferralService.Answer(target, result, evidence, reason, expected);
  }
}
