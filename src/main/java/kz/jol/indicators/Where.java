package kz.jol.indicators;

/**
 * SQL pieces shared by the computations: where a case was on a day (its territory history,
 * V151), so that a case transferred between districts counts where it was on the day that
 * matters, not where it is now.
 */
final class Where {

  private Where() {}

  /**
   * A condition: the case ({@code caseId}, an SQL expression) was within {@code :codes} on the
   * day ({@code day}, an SQL expression of type date). Both come from the code, never from a
   * request.
   */
  static String inTerritoryOn(String caseId, String day) {
    return """
        exists (select 1 from indicators_case_territory ct
                 where ct.case_id = %1$s and ct.territory_code = any(:codes)
                   and ct.from_day <= %2$s and (ct.to_day is null or ct.to_day > %2$s))"""
        .formatted(caseId, day);
  }

  /**
   * Joins, for each row, the territories asked for ({@code :members}, {@code :groups}: each
   * territory code paired with the code of the territory asked for that contains it, so a case
   * counts once in every territory asked for that it was in) where the case ({@code caseId}) was
   * on the day ({@code day}); the territory asked for is {@code g.grp}. Group by it to compute
   * many territories in one pass. Both expressions come from the code, never from a request.
   */
  static String joinGroupOn(String caseId, String day) {
    return """
        join indicators_case_territory ct
          on ct.case_id = %1$s and ct.from_day <= %2$s
         and (ct.to_day is null or ct.to_day > %2$s)
        join unnest(cast(:members as text[]), cast(:groups as text[])) as g(member, grp)
          on g.member = ct.territory_code""".formatted(caseId, day);
  }

  /**
   * Joins the territories asked for (as {@link #joinGroupOn}) to a precomputed fact by the
   * territory it holds for its day ({@code territory}, a column of V154's facts): the
   * territory asked for is {@code g.grp}.
   */
  static String joinGroupOf(String territory) {
    return """
        join unnest(cast(:members as text[]), cast(:groups as text[])) as g(member, grp)
          on g.member = %s""".formatted(territory);
  }

  /** The first moment of an Almaty day, for a range over a timestamp column. */
  static java.sql.Timestamp almatyStart(java.time.LocalDate day) {
    return java.sql.Timestamp.from(day.atStartOfDay(java.time.ZoneId.of("Asia/Almaty"))
        .toInstant());
  }

  /** The Almaty day of a timestamp column. */
  static String almatyDay(String timestamp) {
    return "cast((%s at time zone 'Asia/Almaty') as date)".formatted(timestamp);
  }
}
