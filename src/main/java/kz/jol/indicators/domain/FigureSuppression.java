package kz.jol.indicators.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Hides the small cells of one figure and its breakdown (docs/indicators.md, "What is hidden"):
 * a count of persons from 1 to {@code minimum - 1}; a share's numerator when it or its complement
 * in the denominator is small (either gives the other back); everything of a share or a median
 * whose denominator is small. In a breakdown each group of parts (by domain, by organisation)
 * adds up to the whole, so the column rule of {@link ColumnSuppression} applies to the parts'
 * sizes (a count's numerator, a share's or median's denominator) and, for a share, to the parts'
 * numerators: while exactly one part is hidden the smallest other goes too, or the whole.
 */
public final class FigureSuppression {

  private FigureSuppression() {}

  /** The measure as it may be shown: hidden values are null, never zero. */
  public static Measure apply(Measure m, int minimum) {
    if (!m.persons()) {
      return m;
    }
    boolean wholeGone = small(size(m.unit(), m.numerator(), m.denominator()), minimum);
    boolean wholeNumeratorGone = wholeGone || m.numerator() == null && m.unit() != Unit.DAYS
        || m.unit() == Unit.SHARE && (small(m.numerator(), minimum)
            || small(m.denominator() - m.numerator(), minimum));
    List<Measure.Part> parts = new ArrayList<>();
    List<String> groups = m.parts().stream().map(Measure.Part::group).distinct().toList();
    List<boolean[]> goneByGroup = new ArrayList<>();
    List<boolean[]> numeratorGoneByGroup = new ArrayList<>();
    for (String group : groups) {
      List<Measure.Part> of = m.parts().stream().filter(p -> p.group().equals(group)).toList();
      long[] sizes = new long[of.size()];
      long[] numerators = new long[of.size()];
      boolean[] numeratorHidden = new boolean[of.size()];
      for (int i = 0; i < of.size(); i++) {
        Measure.Part p = of.get(i);
        sizes[i] = size(m.unit(), p.numerator(), p.denominator());
        if (m.unit() == Unit.SHARE) {
          numerators[i] = p.numerator();
          numeratorHidden[i] = small(p.numerator(), minimum)
              || small(p.denominator() - p.numerator(), minimum);
        }
      }
      var gone = ColumnSuppression.suppress(sizes, null,
          size(m.unit(), m.numerator(), m.denominator()), wholeGone, minimum);
      wholeGone |= gone.whole();
      boolean[] numeratorGone = new boolean[of.size()];
      if (m.unit() == Unit.SHARE) {
        for (int i = 0; i < of.size(); i++) {
          numeratorHidden[i] |= gone.parts()[i];
        }
        var n = ColumnSuppression.suppress(numerators, numeratorHidden, m.numerator(),
            wholeNumeratorGone, minimum);
        numeratorGone = n.parts();
        wholeNumeratorGone |= n.whole();
      }
      goneByGroup.add(gone.parts());
      numeratorGoneByGroup.add(numeratorGone);
    }
    for (int g = 0; g < groups.size(); g++) {
      String group = groups.get(g);
      List<Measure.Part> of = m.parts().stream().filter(p -> p.group().equals(group)).toList();
      for (int i = 0; i < of.size(); i++) {
        Measure.Part p = of.get(i);
        if (goneByGroup.get(g)[i]) {
          parts.add(new Measure.Part(group, p.key(), null, null, null));
        } else if (numeratorGoneByGroup.get(g)[i]) {
          parts.add(new Measure.Part(group, p.key(), null, p.denominator(), null));
        } else {
          parts.add(p);
        }
      }
    }
    if (wholeGone) {
      return new Measure(m.unit(), null, null, null, true, parts);
    }
    if (wholeNumeratorGone && m.unit() == Unit.SHARE) {
      return new Measure(m.unit(), null, m.denominator(), null, true, parts);
    }
    return m.withParts(parts);
  }

  /** Whether a count points at a person: from 1 to minimum - 1. */
  public static boolean small(Long count, int minimum) {
    return count != null && count > 0 && count < minimum;
  }

  private static long size(Unit unit, Long numerator, Long denominator) {
    Long n = unit == Unit.COUNT ? numerator : denominator;
    return n == null ? 0 : n;
  }
}
