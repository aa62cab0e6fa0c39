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

  /** The Almaty day of a timestamp column. */
  static String almatyDay(String timestamp) {
    return "cast((%s at time zone 'Asia/Almaty') as date)".formatted(timestamp);
  }
}
