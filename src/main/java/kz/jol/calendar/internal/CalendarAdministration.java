package kz.jol.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.calendar.domain.CalendarDay;
import kz.jol.calendar.domain.DayKind;
import kz.jol.calendar.domain.KazakhstanHolidays;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's years: a new year generated from the rules, and edits of one year's entries, added
 * and removed together, all or nothing, against the version the admin read. Who did it is kept
 * on every row written ({@code calendar_day.changed_by}); a removed entry leaves no row, so every
 * change also leaves an audit row ({@link #AUDIT_TYPE}, {@link #AUDIT_RECORD_ID}) saying what was
 * added and removed.
 */
@Service
public class CalendarAdministration {

  /** The audit trail's record type of the working-day calendar. */
  public static final String AUDIT_TYPE = "CALENDAR";

  /**
   * The audit trail's record id of the calendar: its years have no UUID, and audit_event wants
   * one, so this fixed one stands for the whole calendar; the detail names the year.
   */
  public static final UUID AUDIT_RECORD_ID =
      UUID.fromString("7f3c1e2a-52c1-4a7e-9b1d-000000000060");

  static final int MAX_REASON = 300;

  /** The years calendar_year accepts (its check constraint). */
  static final int FIRST_POSSIBLE_YEAR = 2000;

  static final int LAST_POSSIBLE_YEAR = 2100;

  private final JdbcClient jdbc;
  private final CalendarStore store;
  private final AuditTrail audit;

  CalendarAdministration(JdbcClient jdbc, CalendarStore store, AuditTrail audit) {
    this.jdbc = jdbc;
    this.store = store;
    this.audit = audit;
  }

  /** The years the calendar holds, in order. */
  public List<Integer> years() {
    return jdbc.sql("select year from calendar_year order by year").query(Integer.class).list();
  }

  /** A year as the admin sees it. */
  public record Year(int year, long version, List<CalendarDay> days) {}

  /**
   * An entry to add. {@code reason} is required: the English text, or the one text shown in
   * every language; {@code reasonKk} and {@code reasonRu} are optional Kazakh and Russian texts.
   */
  public record Addition(LocalDate date, DayKind kind, String reason, String reasonKk,
      String reasonRu) {

    /** An entry with one reason shown in every language. */
    public Addition(LocalDate date, DayKind kind, String reason) {
      this(date, kind, reason, null, null);
    }
  }

  /** The changes to one year, made against the version read. */
  public record Changes(Long version, List<Addition> add, List<LocalDate> remove) {}

  /**
   * What an admin gives for a new year: the first day of Kurban Ait as the Spiritual
   * Administration of Muslims of Kazakhstan announced it, and the decreed transfers (none when
   * absent).
   */
  public record NewYear(LocalDate kurbanAit, List<KazakhstanHolidays.Transfer> transfers) {}

  public Year year(int year) {
    Long version = jdbc.sql("select version from calendar_year where year = :year")
        .param("year", year).query(Long.class).optional()
        .orElseThrow(() -> new NotFoundException("calendar year", year));
    return new Year(year, version, store.days(year));
  }

  /**
   * Checks every change first and reports every problem at once (400); a stale version is a
   * 409. Nothing is written unless everything is right.
   */
  @Transactional
  public Year change(int year, Changes changes, String username) {
    Year current = year(year);
    List<Addition> add = changes.add() == null ? List.of() : changes.add();
    List<LocalDate> remove = changes.remove() == null ? List.of() : changes.remove();
    List<FieldProblem> problems = new ArrayList<>();
    if (changes.version() == null) {
      problems.add(new FieldProblem("version", "calendar.version-required",
          "give the version of the year you read"));
    }
    if (add.isEmpty() && remove.isEmpty()) {
      problems.add(new FieldProblem("add", "calendar.no-changes",
          "add or remove at least one day"));
    }
    Map<LocalDate, CalendarDay> existing = current.days().stream()
        .collect(Collectors.toMap(CalendarDay::date, Function.identity()));
    Set<LocalDate> removed = new HashSet<>();
    for (int i = 0; i < remove.size(); i++) {
      String field = "remove[" + i + "]";
      LocalDate date = remove.get(i);
      if (date == null) {
        problems.add(new FieldProblem(field, "calendar.date-required", "give the date"));
      } else if (date.getYear() != year) {
        problems.add(outsideYear(field, date, year));
      } else if (!existing.containsKey(date)) {
        problems.add(new FieldProblem(field, "calendar.no-entry",
            date + " has no entry to remove", date.toString()));
      } else if (!removed.add(date)) {
        problems.add(new FieldProblem(field, "calendar.date-duplicate",
            date + " is listed twice", date.toString()));
      }
    }
    Set<LocalDate> added = new HashSet<>();
    for (int i = 0; i < add.size(); i++) {
      String prefix = "add[" + i + "].";
      Addition addition = add.get(i);
      if (addition == null) {
        problems.add(new FieldProblem("add[" + i + "]", "calendar.entry-required",
            "give the date, kind and reason"));
        continue;
      }
      LocalDate date = addition.date();
      if (date == null) {
        problems.add(new FieldProblem(prefix + "date", "calendar.date-required", "give the date"));
      } else if (date.getYear() != year) {
        problems.add(outsideYear(prefix + "date", date, year));
      } else if (!added.add(date)) {
        problems.add(new FieldProblem(prefix + "date", "calendar.date-duplicate",
            date + " is listed twice", date.toString()));
      } else if (existing.containsKey(date) && !removed.contains(date)) {
        problems.add(new FieldProblem(prefix + "date", "calendar.date-taken",
            date + " already has an entry; remove it in the same change to replace it",
            date.toString()));
      }
      if (addition.kind() == null) {
        problems.add(new FieldProblem(prefix + "kind", "calendar.kind-required",
            "give the kind: HOLIDAY, DAY_OFF or WORKING_DAY"));
      } else if (date != null) {
        boolean weekend = isWeekend(date);
        if (addition.kind() == DayKind.DAY_OFF && weekend) {
          problems.add(new FieldProblem(prefix + "kind", "calendar.day-off-on-weekend",
              date + " is a Saturday or Sunday, a day off already", date.toString()));
        }
        if (addition.kind() == DayKind.WORKING_DAY && !weekend) {
          problems.add(new FieldProblem(prefix + "kind", "calendar.working-day-on-weekday",
              date + " is a weekday; only a Saturday or Sunday can be made a working day",
              date.toString()));
        }
      }
      checkReason(prefix + "reason", addition.reason(), problems);
      checkOptionalReason(prefix + "reasonKk", addition.reasonKk(), problems);
      checkOptionalReason(prefix + "reasonRu", addition.reasonRu(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int bumped = jdbc.sql("""
            update calendar_year set version = version + 1, changed_at = now()
             where year = :year and version = :version""")
        .param("year", year).param("version", changes.version()).update();
    if (bumped == 0) {
      throw new ConflictException("calendar.stale-version",
          "the year " + year + " was changed since you read it; reload and try again", year);
    }
    for (LocalDate date : removed) {
      jdbc.sql("delete from calendar_day where day = :day").param("day", date).update();
    }
    for (Addition addition : add) {
      insert(new CalendarDay(addition.date(), addition.kind(), addition.reason(),
          addition.reasonKk(), addition.reasonRu()), year, username);
    }
    List<String> detail = new ArrayList<>();
    removed.stream().sorted().forEach(date -> detail.add("-" + date + " "
        + existing.get(date).kind()));
    add.forEach(a -> detail.add("+" + a.date() + " " + a.kind() + " " + a.reason().strip()));
    audit.record(AUDIT_TYPE, AUDIT_RECORD_ID, AuditAction.UPDATE,
        abbreviate(year + " version " + (changes.version() + 1) + ": " + String.join("; ", detail)));
    return year(year);
  }

  /**
   * Adds a year the calendar does not hold, with the entries the rules give for it ({@link
   * KazakhstanHolidays#year}), at version 0. The years held stay contiguous: {@link
   * kz.jol.calendar.domain.WorkingCalendar} knows every date from its first to its last year, so
   * a missing year in between would be counted as twelve months without a holiday. Hence only
   * the year after the last (or before the first) can be added. A year held already is a 409;
   * every problem with the input is reported at once (400) and nothing is written.
   */
  @Transactional
  public Year add(int year, NewYear request, String username) {
    if (held(year)) {
      throw new ConflictException("calendar.year-exists",
          "the calendar holds " + year + " already; change its entries instead", year);
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (year < FIRST_POSSIBLE_YEAR || year > LAST_POSSIBLE_YEAR) {
      problems.add(new FieldProblem("year", "calendar.year-out-of-range",
          "the calendar takes the years " + FIRST_POSSIBLE_YEAR + " to " + LAST_POSSIBLE_YEAR
              + ", not " + year, year, FIRST_POSSIBLE_YEAR, LAST_POSSIBLE_YEAR));
    } else {
      List<Integer> years = jdbc.sql("select year from calendar_year order by year")
          .query(Integer.class).list();
      if (!years.isEmpty() && year != years.getLast() + 1 && year != years.getFirst() - 1) {
        int first = years.getFirst();
        int last = years.getLast();
        problems.add(new FieldProblem("year", "calendar.year-not-adjacent",
            "the calendar holds the years " + first + " to " + last + "; only " + (last + 1)
                + " or " + (first - 1) + " can be added next, so that no year in between is "
                + "missing", year, first, last, last + 1, first - 1));
      }
    }
    LocalDate kurbanAit = request.kurbanAit();
    if (kurbanAit == null) {
      problems.add(new FieldProblem("kurbanAit", "calendar.kurban-ait-required",
          "give the first day of Kurban Ait as the Spiritual Administration of Muslims of "
              + "Kazakhstan announced it for " + year, year));
    } else if (kurbanAit.getYear() != year) {
      problems.add(outsideYear("kurbanAit", kurbanAit, year));
      kurbanAit = null;
    }
    Map<LocalDate, String> holidays = new HashMap<>(KazakhstanHolidays.fixedHolidays(year));
    if (kurbanAit != null) {
      holidays.putIfAbsent(kurbanAit, "Kurban Ait");
    }
    List<KazakhstanHolidays.Transfer> transfers =
        request.transfers() == null ? List.of() : request.transfers();
    Set<LocalDate> used = new HashSet<>();
    for (int i = 0; i < transfers.size(); i++) {
      String prefix = "transfers[" + i + "].";
      KazakhstanHolidays.Transfer transfer = transfers.get(i);
      if (transfer == null) {
        problems.add(new FieldProblem("transfers[" + i + "]", "calendar.transfer-required",
            "give the working day, the day off and the reason"));
        continue;
      }
      checkTransferDate(prefix + "workingDay", transfer.workingDay(), true, year, holidays,
          used, problems);
      checkTransferDate(prefix + "dayOff", transfer.dayOff(), false, year, holidays, used,
          problems);
      checkReason(prefix + "reason", transfer.reason(), problems);
      checkOptionalReason(prefix + "reasonKk", transfer.reasonKk(), problems);
      checkOptionalReason(prefix + "reasonRu", transfer.reasonRu(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    // Two admins adding the same year: the second waits for the first and then inserts nothing.
    int inserted = jdbc.sql("""
            insert into calendar_year (year) values (:year) on conflict (year) do nothing""")
        .param("year", year).update();
    if (inserted == 0) {
      throw new ConflictException("calendar.year-exists",
          "the calendar holds " + year + " already; change its entries instead", year);
    }
    List<KazakhstanHolidays.Transfer> stripped = transfers.stream()
        .map(t -> new KazakhstanHolidays.Transfer(t.workingDay(), t.dayOff(), t.reason().strip(),
            t.reasonKk(), t.reasonRu()))
        .toList();
    for (CalendarDay day : KazakhstanHolidays.year(year, kurbanAit, stripped)) {
      insert(day, year, username);
    }
    audit.record(AUDIT_TYPE, AUDIT_RECORD_ID, AuditAction.CREATE,
        abbreviate(year + " added: Kurban Ait " + kurbanAit + ", transfers "
            + stripped.stream().map(t -> t.workingDay() + "→" + t.dayOff()).toList()));
    return year(year);
  }

  /**
   * A transfer's date: in the year, not a holiday by the rules, not used twice, and a Saturday
   * or Sunday for the working day, a weekday for the day off.
   */
  private static void checkTransferDate(String field, LocalDate date, boolean workingDay,
      int year, Map<LocalDate, String> holidays, Set<LocalDate> used,
      List<FieldProblem> problems) {
    if (date == null) {
      problems.add(new FieldProblem(field, "calendar.date-required", "give the date"));
    } else if (date.getYear() != year) {
      problems.add(outsideYear(field, date, year));
    } else if (workingDay && !isWeekend(date)) {
      problems.add(new FieldProblem(field, "calendar.working-day-on-weekday",
          date + " is a weekday; only a Saturday or Sunday can be made a working day",
          date.toString()));
    } else if (!workingDay && isWeekend(date)) {
      problems.add(new FieldProblem(field, "calendar.day-off-on-weekend",
          date + " is a Saturday or Sunday, a day off already", date.toString()));
    } else if (holidays.containsKey(date)) {
      problems.add(new FieldProblem(field, "calendar.transfer-on-holiday",
          date + " is a holiday (" + holidays.get(date) + "); a transfer cannot use it",
          date.toString(), holidays.get(date)));
    } else if (!used.add(date)) {
      problems.add(new FieldProblem(field, "calendar.date-duplicate",
          date + " is listed twice", date.toString()));
    }
  }

  private static void checkReason(String field, String reason, List<FieldProblem> problems) {
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem(field, "calendar.reason-required",
          "say why, e.g. the holiday's name or the decree"));
    } else if (reason.strip().length() > MAX_REASON) {
      problems.add(new FieldProblem(field, "calendar.reason-too-long",
          "at most " + MAX_REASON + " characters", MAX_REASON));
    }
  }

  private static void checkOptionalReason(String field, String reason,
      List<FieldProblem> problems) {
    if (reason != null && reason.strip().length() > MAX_REASON) {
      problems.add(new FieldProblem(field, "calendar.reason-too-long",
          "at most " + MAX_REASON + " characters", MAX_REASON));
    }
  }

  private boolean held(int year) {
    return jdbc.sql("select count(*) from calendar_year where year = :year")
        .param("year", year).query(Long.class).single() > 0;
  }

  private void insert(CalendarDay day, int year, String username) {
    jdbc.sql("""
            insert into calendar_day (day, year, kind, reason, reason_kk, reason_ru, changed_by)
            values (:day, :year, :kind, :reason, :reasonKk, :reasonRu, :by)""")
        .param("day", day.date()).param("year", year)
        .param("kind", day.kind().name()).param("reason", day.reason().strip())
        .param("reasonKk", day.reasonKk()).param("reasonRu", day.reasonRu())
        .param("by", username).update();
  }

  /** An audit detail is a short text; a change of many days is cut, the rows keep the rest. */
  private static String abbreviate(String detail) {
    return detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static FieldProblem outsideYear(String field, LocalDate date, int year) {
    return new FieldProblem(field, "calendar.date-outside-year",
        date + " is not in " + year, date.toString(), year);
  }
}
