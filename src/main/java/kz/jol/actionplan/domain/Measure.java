package kz.jol.actionplan.domain;

import java.util.List;
import java.util.Objects;

/**
 * One measure of a plan, as the plan states it.
 *
 * @param number its number in the plan, from 1
 * @param textRu the measure in Russian
 * @param textKk the measure in Kazakh
 * @param textKkOfficial false when the Kazakh text is Jol's translation, not the official one
 * @param form the form of completion
 * @param executors its executors in the plan's order, exactly one of them the lead
 * @param deadline its deadline
 * @param costRu the expected cost as written («не требуются», an amount and its source)
 */
public record Measure(int number, String textRu, String textKk, boolean textKkOfficial,
    CompletionForm form, List<Executor> executors, Deadline deadline, String costRu) {

  public Measure {
    Objects.requireNonNull(textRu, "textRu");
    Objects.requireNonNull(textKk, "textKk");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(deadline, "deadline");
    executors = List.copyOf(executors);
    if (number < 1) {
      throw new IllegalArgumentException("a measure's number starts at 1");
    }
    if (executors.stream().filter(Executor::isLead).count() != 1) {
      throw new IllegalArgumentException("measure " + number + " needs exactly one lead");
    }
  }

  /** The lead executor. */
  public Executor lead() {
    return executors.stream().filter(Executor::isLead).findFirst().orElseThrow();
  }

  /** Whether the body of the code is among the executors. */
  public boolean executedBy(String code) {
    return executors.stream().anyMatch(e -> e.code().equals(code));
  }
}
