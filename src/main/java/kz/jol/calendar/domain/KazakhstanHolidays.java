package kz.jol.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default calendar of Kazakhstan for a year, from the Law "On holidays in the Republic of
 * Kazakhstan" and article 84 of the Labour Code, as in force since 2022.
 *
 * <ul>
 *   <li>National and state holidays: 1–2 January (New Year), 8 March, 21–23 March (Nauryz),
 *       1 May, 7 May, 9 May, 6 July, 30 August, 25 October, 16 December. When one falls on a
 *       Saturday or Sunday, the next weekday that is neither a holiday nor already a moved day
 *       off becomes a day off (Nauryz on Saturday to Monday gives Tuesday and Wednesday).
 *   <li>Religious holidays: 7 January (Orthodox Christmas) and the first day of Kurban Ait. They
 *       are days off but are not moved when they fall on a weekend.
 *   <li>Decreed transfers: the authorised body (the government until 2023, the Ministry of
 *       Labour and Social Protection since 2024) may move a day off onto a working day; the
 *       weekend day it came from becomes a working day. These are data, per year.
 * </ul>
 */
public final class KazakhstanHolidays {

  private KazakhstanHolidays() {}

  /** A holiday's name in English, Kazakh and Russian, as the Law on holidays names it. */
  private record Name(String en, String kk, String ru) {}

  private static final Name NEW_YEAR = new Name("New Year", "Жаңа жыл", "Новый год");
  private static final Name NAURYZ = new Name("Nauryz", "Наурыз мейрамы", "Наурыз мейрамы");
  private static final Name KURBAN_AIT_NAME = new Name("Kurban Ait", "Құрбан айт", "Курбан айт");

  /** A holiday by its date in every year. */
  private record Fixed(MonthDay day, Name name, boolean religious) {}

  private static final List<Fixed> FIXED = List.of(
      new Fixed(MonthDay.of(1, 1), NEW_YEAR, false),
      new Fixed(MonthDay.of(1, 2), NEW_YEAR, false),
      new Fixed(MonthDay.of(1, 7), new Name("Orthodox Christmas", "Православиелік Рождество",
          "Православное Рождество"), true),
      new Fixed(MonthDay.of(3, 8), new Name("International Women's Day",
          "Халықаралық әйелдер күні", "Международный женский день"), false),
      new Fixed(MonthDay.of(3, 21), NAURYZ, false),
      new Fixed(MonthDay.of(3, 22), NAURYZ, false),
      new Fixed(MonthDay.of(3, 23), NAURYZ, false),
      new Fixed(MonthDay.of(5, 1), new Name("Day of Unity of the People of Kazakhstan",
          "Қазақстан халқының бірлігі мерекесі", "Праздник единства народа Казахстана"), false),
      new Fixed(MonthDay.of(5, 7), new Name("Defender of the Fatherland Day",
          "Отан қорғаушы күні", "День защитника Отечества"), false),
      new Fixed(MonthDay.of(5, 9), new Name("Victory Day", "Жеңіс күні", "День Победы"), false),
      new Fixed(MonthDay.of(7, 6), new Name("Capital Day", "Астана күні", "День столицы"), false),
      new Fixed(MonthDay.of(8, 30), new Name("Constitution Day", "Конституция күні",
          "День Конституции"), false),
      new Fixed(MonthDay.of(10, 25), new Name("Republic Day", "Республика күні",
          "День Республики"), false),
      new Fixed(MonthDay.of(12, 16), new Name("Independence Day", "Тәуелсіздік күні",
          "День Независимости"), false));

  /**
   * The first day of Kurban Ait, by the lunar calendar as announced by the Spiritual
   * Administration of Muslims of Kazakhstan (ДУМК/ҚМДБ), which may still move it by a day when
   * the moon is seen; a year missing here has to be entered by an admin. Checked against press
   * reports of ДУМК's calendar: 2024 is Monday 17 June in Kazakhstan (informburo.kz,
   * massaget.kz), not the 16th some world calendars give; 2025 Friday 6 June (mgorod.kz,
   * lada.kz); 2026 Wednesday 27 May (zakon.kz and baq.kz, ДУМК calendar of 6 November 2025).
   *
   * <p>2027 (Sunday 16 May) and 2028 (Friday 5 May) are astronomical estimates. A search of
   * Kazakh, Russian and English press on 24 November 2026 found no date from ДУМК for either
   * year; ДУМК publishes the next year's calendar in November (2026's on 6 November 2025). The
   * only published dates found are world tables of Eid al-Adha, e.g. calendar-yearly.com, which
   * agree with the estimates but are no authority for Kazakhstan: the same table gives 16 June
   * for 2024, where Kazakhstan kept the 17th. When ДУМК announces a year, correct it here and in
   * the stored rows by a migration, or an admin moves the entry (POST .../changes).
   */
  public static final Map<Integer, LocalDate> KURBAN_AIT = Map.of(
      2024, LocalDate.of(2024, 6, 17),
      2025, LocalDate.of(2025, 6, 6),
      2026, LocalDate.of(2026, 5, 27),
      2027, LocalDate.of(2027, 5, 16),
      2028, LocalDate.of(2028, 5, 5));

  /**
   * A decreed transfer: the day off moves from {@code workingDay} to {@code dayOff}. {@code
   * reason} is the English text or the one text for every language; {@code reasonKk} and {@code
   * reasonRu} are the Kazakh and Russian texts, if any.
   */
  public record Transfer(LocalDate workingDay, LocalDate dayOff, String reason, String reasonKk,
      String reasonRu) {

    /** A transfer with one reason shown in every language. */
    public Transfer(LocalDate workingDay, LocalDate dayOff, String reason) {
      this(workingDay, dayOff, reason, null, null);
    }
  }

  /**
   * The decreed transfers Jol ships with. Each is a weekend day made a working day and a weekday
   * made a day off. 2024: order of 17 April 2024 (sputniknews.kz, nur.kz). 2025: order moving
   * Sunday 5 January to Friday 3 January (kursiv.media, informburo.kz), and no transfer for
   * 8 May 2025 (informburo.kz quoting the ministry). 2026: none found; the ministry's reported
   * calendar has 3–4 January as an ordinary weekend (inform.kz, alau.kz).
   */
  public static final List<Transfer> DECREED = List.of(
      new Transfer(LocalDate.of(2024, 5, 4), LocalDate.of(2024, 5, 8),
          "Order of the Minister of Labour and Social Protection on transferring a day off in "
              + "2024: from Saturday 4 May to Wednesday 8 May",
          "Еңбек және халықты әлеуметтік қорғау министрінің 2024 жылы демалыс күнін ауыстыру "
              + "туралы бұйрығы: 4 мамыр, сенбіден 8 мамыр, сәрсенбіге",
          "Приказ Министра труда и социальной защиты населения о переносе выходного дня в "
              + "2024 году: с субботы 4 мая на среду 8 мая"),
      new Transfer(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 3),
          "Order of the Minister of Labour and Social Protection on transferring a day off in "
              + "2025: from Sunday 5 January to Friday 3 January",
          "Еңбек және халықты әлеуметтік қорғау министрінің 2025 жылы демалыс күнін ауыстыру "
              + "туралы бұйрығы: 5 қаңтар, жексенбіден 3 қаңтар, жұмаға",
          "Приказ Министра труда и социальной защиты населения о переносе выходного дня в "
              + "2025 году: с воскресенья 5 января на пятницу 3 января"));

  /** The year's calendar entries by the rules, with the given Kurban Ait and transfers. */
  public static List<CalendarDay> year(int year, LocalDate kurbanAit, List<Transfer> transfers) {
    if (kurbanAit.getYear() != year) {
      throw new IllegalArgumentException("Kurban Ait " + kurbanAit + " is not in " + year);
    }
    List<CalendarDay> days = new ArrayList<>();
    Set<LocalDate> taken = new HashSet<>();
    Map<LocalDate, Name> toMove = new LinkedHashMap<>();
    for (Fixed fixed : FIXED) {
      LocalDate date = fixed.day().atYear(year);
      days.add(holiday(date, DayKind.HOLIDAY, fixed.name()));
      taken.add(date);
      if (!fixed.religious() && isWeekend(date)) {
        toMove.put(date, fixed.name());
      }
    }
    if (taken.add(kurbanAit)) {
      days.add(holiday(kurbanAit, DayKind.HOLIDAY, KURBAN_AIT_NAME));
    }
    for (Transfer transfer : transfers) {
      taken.add(transfer.dayOff());
    }
    for (Map.Entry<LocalDate, Name> moved : toMove.entrySet()) {
      LocalDate date = moved.getKey();
      LocalDate next = date.plusDays(1);
      while (isWeekend(next) || taken.contains(next)) {
        next = next.plusDays(1);
      }
      taken.add(next);
      days.add(holiday(next, DayKind.DAY_OFF, movedFrom(date, moved.getValue())));
    }
    for (Transfer transfer : transfers) {
      if (transfer.workingDay().getYear() == year) {
        days.add(new CalendarDay(transfer.workingDay(), DayKind.WORKING_DAY, transfer.reason(),
            transfer.reasonKk(), transfer.reasonRu()));
      }
      if (transfer.dayOff().getYear() == year) {
        days.add(new CalendarDay(transfer.dayOff(), DayKind.DAY_OFF, transfer.reason(),
            transfer.reasonKk(), transfer.reasonRu()));
      }
    }
    days.sort(Comparator.comparing(CalendarDay::date));
    return List.copyOf(days);
  }

  /**
   * The holidays of a year that do not depend on the moon or on a decree, by date. A decreed
   * transfer cannot use one of these dates: the day off would already be a holiday, and a
   * weekend holiday made a working day would contradict the law.
   */
  public static Map<LocalDate, String> fixedHolidays(int year) {
    Map<LocalDate, String> holidays = new LinkedHashMap<>();
    for (Fixed fixed : FIXED) {
      holidays.put(fixed.day().atYear(year), fixed.name().en());
    }
    return Collections.unmodifiableMap(holidays);
  }

  /** The shipped defaults for a year Jol has Kurban Ait for. */
  public static List<CalendarDay> defaults(int year) {
    LocalDate kurbanAit = KURBAN_AIT.get(year);
    if (kurbanAit == null) {
      throw new IllegalArgumentException("no Kurban Ait date for " + year);
    }
    return year(year, kurbanAit, DECREED);
  }

  /** A working calendar over consecutive years from their entries. */
  public static WorkingCalendar calendar(int firstYear, int lastYear, List<CalendarDay> days,
      WorkingHours hours) {
    Set<LocalDate> nonWorking = new HashSet<>();
    Set<LocalDate> extraWorking = new HashSet<>();
    for (CalendarDay day : days) {
      switch (day.kind()) {
        case HOLIDAY, DAY_OFF -> nonWorking.add(day.date());
        case WORKING_DAY -> extraWorking.add(day.date());
      }
    }
    return WorkingCalendar.of(firstYear, lastYear, nonWorking, extraWorking, hours);
  }

  private static CalendarDay holiday(LocalDate date, DayKind kind, Name name) {
    return new CalendarDay(date, kind, name.en(), name.kk(), name.ru());
  }

  /**
   * Why a weekday is off: the holiday of {@code date}, a Saturday or Sunday, moved here. The
   * texts are stored as they are (V61, V62), so they must not change wording silently.
   */
  private static Name movedFrom(LocalDate date, Name holiday) {
    boolean saturday = date.getDayOfWeek() == DayOfWeek.SATURDAY;
    String local = String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(),
        date.getYear());
    return new Name(
        holiday.en() + " (" + date + ") falls on a " + (saturday ? "Saturday" : "Sunday")
            + "; the day off moves here",
        holiday.kk() + " (" + local + ") " + (saturday ? "сенбіге" : "жексенбіге")
            + " сәйкес келеді; демалыс күні осы күнге ауыстырылады",
        holiday.ru() + " (" + local + ") выпадает на " + (saturday ? "субботу" : "воскресенье")
            + "; выходной день переносится на этот день");
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
