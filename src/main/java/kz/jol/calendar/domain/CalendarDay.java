package kz.jol.calendar.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of a year's calendar: a date, what it is, and why. {@code reason} is the English
 * text, or the one text an admin gave for every language; {@code reasonKk} and {@code reasonRu}
 * are the Kazakh and Russian texts when there are any (null shows {@code reason} instead).
 */
public record CalendarDay(LocalDate date, DayKind kind, String reason, String reasonKk,
    String reasonRu) {

  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    reasonKk = blankToNull(reasonKk);
    reasonRu = blankToNull(reasonRu);
  }

  /** An entry with one reason shown in every language. */
  public CalendarDay(LocalDate date, DayKind kind, String reason) {
    this(date, kind, reason, null, null);
  }

  /** The reason in the reader's language, or the one reason there is. */
  public String reasonIn(Locale locale) {
    String language = locale == null ? "" : locale.getLanguage();
    String own = switch (language) {
      case "kk" -> reasonKk;
      case "ru" -> reasonRu;
      default -> null;
    };
    return own != null ? own : reason;
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
