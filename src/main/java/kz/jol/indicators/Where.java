package kz.jol.indicators;

/**
 * SQL pieces shared by the computations: the precomputed facts (V154) hold the territory a case
 * was in on each fact's day, so that a case transferred between districts counts where it was
 * on the day that matters, not where it is now.
 */
final class Where {

  private Where() {}

  /**
   * Joins the territories asked for ({@code :members}, {@code :groups}: each territory code
   * paired with the code of the territory asked for that contains it, so a fact counts once in
   * every territory asked for that holds it) to a precomputed fact by the territory it holds
   * for its day ({@code territory}, a column of V154's facts, from the code, never from a
   * request); the territory asked for is {@code g.grp}. Group by it to compute many
   * territories in one pass.
   */
  static String joinGroupOf(String territory) {
    return """
        join unnest(cast(:members as text[]), cast(:groups as text[])) as g(member, grp)
          on g.member = %s""".formatted(territory);
  }
}
