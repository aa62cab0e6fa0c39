package kz.jol.demo.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The profile of the women surveyed in Karaganda region (seed 001, N=200): ages 31–40 44 %,
 * 21–30 28 %, 41–50 20 %, other 8 %; 72 % with children under 18; education 46 % vocational,
 * 41 % secondary, 13 % higher; before conviction 52 % informal work, 33 % unemployed, 15 %
 * employed. Synthetic populations drawn from it have exactly these shares (largest-remainder
 * quotas), each attribute shuffled independently with a fixed seed so runs are repeatable.
 */
public final class SurveyProfile {

  /** Age groups of the survey; "other" is under 21 or over 50. */
  public enum AgeBand {
    AGE_21_30(21, 30), AGE_31_40(31, 40), AGE_41_50(41, 50), OTHER_UNDER_21(18, 20),
    OTHER_OVER_50(51, 62);

    public final int from;
    public final int to;

    AgeBand(int from, int to) {
      this.from = from;
      this.to = to;
    }
  }

  /** Education as the survey counts it. */
  public enum Education { VOCATIONAL, SECONDARY, HIGHER }

  /** Work before conviction as the survey counts it. */
  public enum WorkBefore { INFORMAL, UNEMPLOYED, EMPLOYED }

  /** The attributes of one synthetic respondent. */
  public record Respondent(AgeBand ageBand, boolean hasChildrenUnder18, Education education,
      WorkBefore workBefore) {}

  static final Map<AgeBand, Integer> AGE_PERCENT = ordered(
      AgeBand.AGE_31_40, 44, AgeBand.AGE_21_30, 28, AgeBand.AGE_41_50, 20,
      AgeBand.OTHER_UNDER_21, 3, AgeBand.OTHER_OVER_50, 5);
  static final int CHILDREN_PERCENT = 72;
  static final Map<Education, Integer> EDUCATION_PERCENT = ordered(
      Education.VOCATIONAL, 46, Education.SECONDARY, 41, Education.HIGHER, 13);
  static final Map<WorkBefore, Integer> WORK_PERCENT = ordered(
      WorkBefore.INFORMAL, 52, WorkBefore.UNEMPLOYED, 33, WorkBefore.EMPLOYED, 15);

  private SurveyProfile() {}

  /** {@code size} respondents whose shares match the survey as closely as whole people allow. */
  public static List<Respondent> draw(int size, long seed) {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
    Random random = new Random(seed);
    List<AgeBand> ages = shuffled(quotas(AGE_PERCENT, size), random);
    List<Boolean> children = shuffled(quotas(ordered(true, CHILDREN_PERCENT, false,
        100 - CHILDREN_PERCENT), size), random);
    List<Education> education = shuffled(quotas(EDUCATION_PERCENT, size), random);
    List<WorkBefore> work = shuffled(quotas(WORK_PERCENT, size), random);
    List<Respondent> respondents = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      respondents.add(new Respondent(ages.get(i), children.get(i), education.get(i), work.get(i)));
    }
    return respondents;
  }

  /**
   * Whole counts for percentages that add up to {@code size}: each share's floor, then the
   * remaining people to the largest remainders (ties to the earlier, larger category).
   */
  static <T> List<T> quotas(Map<T, Integer> percent, int size) {
    int total = percent.values().stream().mapToInt(Integer::intValue).sum();
    if (total != 100) {
      throw new IllegalArgumentException("percentages add up to " + total + ", not 100");
    }
    Map<T, Integer> counts = new LinkedHashMap<>();
    Map<T, Integer> remainders = new LinkedHashMap<>();
    int assigned = 0;
    for (var entry : percent.entrySet()) {
      int exact = entry.getValue() * size;
      counts.put(entry.getKey(), exact / 100);
      remainders.put(entry.getKey(), exact % 100);
      assigned += exact / 100;
    }
    List<T> byRemainder = new ArrayList<>(percent.keySet());
    byRemainder.sort((a, b) -> remainders.get(b) - remainders.get(a));
    for (int i = 0; assigned < size; i++, assigned++) {
      T key = byRemainder.get(i % byRemainder.size());
      counts.merge(key, 1, Integer::sum);
    }
    List<T> items = new ArrayList<>(size);
    counts.forEach((key, count) -> items.addAll(Collections.nCopies(count, key)));
    return items;
  }

  private static <T> List<T> shuffled(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  @SafeVarargs
  private static <T> Map<T, Integer> ordered(Object... keysAndValues) {
    Map<T, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      T key = (T) keysAndValues[i];
      map.put(key, (Integer) keysAndValues[i + 1]);
    }
    return map;
  }
}
