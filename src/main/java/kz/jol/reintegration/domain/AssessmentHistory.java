package kz.jol.reintegration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every assessment of a case, per domain, ordered by the day it was made. The state of a domain
 * as of a date is its latest assessment on or before that date; of two on the same day, the one
 * recorded later counts. Immutable.
 */
public final class AssessmentHistory {

  private static final Assessment[] NONE = new Assessment[0];
  private static final AssessmentHistory EMPTY = new AssessmentHistory(new EnumMap<>(Domain.class));

  private final Map<Domain, Assessment[]> byDomain;

  private AssessmentHistory(Map<Domain, Assessment[]> byDomain) {
    this.byDomain = byDomain;
  }

  public static AssessmentHistory empty() {
    return EMPTY;
  }

  /** The history of these assessments, in the order they were recorded. */
  public static AssessmentHistory of(List<Assessment> assessments) {
    Map<Domain, List<Assessment>> lists = new EnumMap<>(Domain.class);
    for (Assessment a : assessments) {
      Objects.requireNonNull(a, "assessment");
      lists.computeIfAbsent(a.domain(), d -> new ArrayList<>()).add(a);
    }
    Map<Domain, Assessment[]> sorted = new EnumMap<>(Domain.class);
    lists.forEach((domain, list) -> {
      Assessment[] array = list.toArray(NONE);
      // A stable sort keeps the recording order of assessments made on the same day.
      Arrays.sort(array, Comparator.comparing(Assessment::assessedOn));
      sorted.put(domain, array);
    });
    return new AssessmentHistory(sorted);
  }

  /** This history with one more assessment, recorded after all others. */
  public AssessmentHistory with(Assessment assessment) {
    List<Assessment> all = new ArrayList<>(all());
    all.add(assessment);
    return of(all);
  }

  /** Every assessment, domain by domain, each domain's in order. */
  public List<Assessment> all() {
    List<Assessment> all = new ArrayList<>();
    for (Domain domain : Domain.values()) {
      all.addAll(Arrays.asList(byDomain.getOrDefault(domain, NONE)));
    }
    return all;
  }

  /** The domain's state as of the date: its latest assessment on or before it. */
  public Optional<Assessment> current(Domain domain, LocalDate asOf) {
    Assessment[] array = byDomain.getOrDefault(domain, NONE);
    int count = countUpTo(array, asOf);
    return count == 0 ? Optional.empty() : Optional.of(array[count - 1]);
  }

  /** The domain's assessments made on or before the date, oldest first. */
  public List<Assessment> upTo(Domain domain, LocalDate asOf) {
    Assessment[] array = byDomain.getOrDefault(domain, NONE);
    return Arrays.asList(array).subList(0, countUpTo(array, asOf));
  }

  /** How many assessments are dated on or before the date (binary search for the upper bound). */
  private static int countUpTo(Assessment[] array, LocalDate asOf) {
    int low = 0;
    int high = array.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (array[mid].assessedOn().isAfter(asOf)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
