package kz.jol.actionplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.jol.actionplan.domain.HalfYear;
import org.springframework.context.MessageSource;

/** Half-years and dates as the pages show them, in the reader's language. */
public final class ActionPlanLabels {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final MessageSource messages;
  private final Locale locale;

  ActionPlanLabels(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** «2031 жылғы 1-жартыжылдық», «1-е полугодие 2031 года», "H1 2031". */
  public String period(HalfYear period) {
    // Passed as text: MessageFormat would write the year 2031 as "2,031".
    return messages.getMessage("actionplan.period", new Object[] {
        String.valueOf(period.year()), String.valueOf(period.half())}, period.key(), locale);
  }

  public String date(LocalDate day) {
    return day == null ? "" : day.format(DAY);
  }
}
