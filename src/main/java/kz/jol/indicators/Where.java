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
   * Joins, for each row, the groups asked for ({@link IndicatorComputation.Groups}: each
   * territory code paired with the number of the territory and period asked for that contains
   * it, {@code g.grp}, with the period's days {@code g.from_day}, {@code g.to_day} and
   * {@code g.year_start}) whose territory the case ({@code caseId}) was in on the day
   * ({@code day}, which may name {@code g}'s columns). A case counts once in every territory
   * asked for that it was in. Group by {@code g.grp} to compute many territories and periods in
   * one pass. Both expressions come from the code, never from a request.
   */
  static String joinGroupOn(String caseId, String day) {
    return """
        join indicators_case_territory ct on ct.case_id = %1$s
        join unnest(cast(:members as text[]), cast(:groups as text[]),
                    cast(cast(:froms as text[]) as date[]), cast(cast(:tos as text[]) as date[]),
                    cast(cast(:yearStarts as text[]) as date[]))
               as g(member, grp, from_day, to_day, year_start)
          on g.member = ct.territory_code and ct.from_day <= %2$s
         and (ct.to_day is null or ct.to_day > %2$s)""".formatted(caseId, day);
  }

  /** {@link #joinGroupOn}, and the day falls in the group's period. */
  static String joinGroupIn(String caseId, String day) {
    return joinGroupOn(caseId, day) + "\n and %1$s between g.from_day and g.to_day"
        .formatted(day);
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
