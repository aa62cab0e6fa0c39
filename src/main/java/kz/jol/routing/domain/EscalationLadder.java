package kz.jol.routing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * The escalation ladder of one version: level 1, 2, 3... Defaults (version 1): the akimat
 * department of the case's territory, then the region's, then the ministry.
 *
 * <p>The rule of the SLA sweep ({@link #due}): an open referral past its deadline with no
 * escalation yet is escalated to level 1. A live escalation (open or answered) whose own
 * deadline has passed — the new deadline its head gave, or, unanswered, its answer-by moment —
 * is escalated one level up, while the ladder has a level above. At the top the escalation
 * stays as it is: still open and shown overdue, but nobody higher to go to.
 */
public record EscalationLadder(int version, List<LadderStep> steps) {

  public static final int MAX_LEVELS = 10;
  public static final int MAX_ANSWER_HOURS = 24 * 31;

  public EscalationLadder {
    steps = steps.stream().sorted(Comparator.comparingInt(LadderStep::level)).toList();
  }

  public Optional<LadderStep> step(int level) {
    return steps.stream().filter(s -> s.level() == level).findFirst();
  }

  public int topLevel() {
    return steps.isEmpty() ? 0 : steps.getLast().level();
  }

  /**
   * The last escalation of a referral as the rule needs it.
   *
   * @param deadline the head's new deadline once answered, else the answer-by moment
   */
  public record Last(int level, Escalation.State state, Instant deadline) {}

  /**
   * The level an open referral must be escalated to now, if any.
   *
   * @param referralDue the referral's own deadline
   * @param last its highest escalation, or null when it has none
   * @param now the moment judged
   */
  public Optional<LadderStep> due(Instant referralDue, Last last, Instant now) {
    if (last == null) {
      return referralDue.isBefore(now) ? step(1) : Optional.empty();
    }
    if (!last.state().isLive() || !last.deadline().isBefore(now)) {
      return Optional.empty();
    }
    return step(last.level() + 1);
  }

  /**
   * Checks the steps an admin sends, in order (the first is level 1), and reports every problem
   * at once with fields named {@code steps[i].field}.
   */
  public static List<LadderStep> check(List<StepInput> input) {
    List<FieldProblem> problems = new ArrayList<>();
    List<LadderStep> steps = new ArrayList<>();
    if (input == null || input.isEmpty()) {
      problems.add(new FieldProblem("steps", "escalation.ladder-empty",
          "a ladder has at least one level"));
    } else if (input.size() > MAX_LEVELS) {
      problems.add(new FieldProblem("steps", "escalation.ladder-too-long",
          "at most " + MAX_LEVELS + " levels", MAX_LEVELS));
    } else {
      for (int i = 0; i < input.size(); i++) {
        StepInput s = input.get(i);
        String p = "steps[" + i + "].";
        if (s == null) {
          problems.add(new FieldProblem("steps[" + i + "]", "field.required", "is required"));
          continue;
        }
        if (s.reach() == null) {
          problems.add(new FieldProblem(p + "reach", "field.required", "is required"));
        }
        if (s.organisationType() == null) {
          problems.add(new FieldProblem(p + "organisationType", "field.required",
              "is required"));
        }
        if (s.answerHours() == null) {
          problems.add(new FieldProblem(p + "answerHours", "field.required", "is required"));
        } else if (s.answerHours() < 1 || s.answerHours() > MAX_ANSWER_HOURS) {
          problems.add(new FieldProblem(p + "answerHours", "escalation.answer-hours-range",
              "from 1 to " + MAX_ANSWER_HOURS, 1, MAX_ANSWER_HOURS));
        }
        if (problems.isEmpty()) {
          steps.add(new LadderStep(i + 1, s.reach(), s.organisationType(), s.answerHours()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return steps;
  }

  /** A level as an admin sends it; its level is its place in the list. */
  public record StepInput(Reach reach, kz.jol.organisation.OrganisationType organisationType,
      Integer answerHours) {}
}
