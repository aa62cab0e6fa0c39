package kz.jol.routing.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Moments and days on the routing pages as the reader writes them, in Almaty time (the clock's
 * zone): 26.11.2026 18:00 in Kazakh and Russian, 26 Nov 2026, 18:00 in English.
 */
public final class RoutingDates {

  private static final DateTimeFormatter DAY_NUMERIC = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter AT_NUMERIC =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter DAY_EN =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter AT_EN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
  /** The value of an HTML datetime-local input. */
  static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final Clock clock;

  RoutingDates(Clock clock) {
    this.clock = clock;
  }

  public String at(Instant moment) {
    if (moment == null) {
      return "";
    }
    return (english() ? AT_EN : AT_NUMERIC).format(moment.atZone(clock.getZone()));
  }

  public String day(LocalDate day) {
    return day == null ? "" : (english() ? DAY_EN : DAY_NUMERIC).format(day);
  }

  /** The moment as a datetime-local input shows it. */
  public String input(Instant moment) {
    return moment == null ? "" : INPUT.format(moment.atZone(clock.getZone()));
  }

  private static boolean english() {
    return "en".equals(LocaleContextHolder.getLocale().getLanguage());
  }
}
