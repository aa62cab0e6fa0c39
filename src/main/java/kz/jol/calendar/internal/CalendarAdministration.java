package kz.jol.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jol.calendar.domain.CalendarDay;
import kz.jol.calendar.domain.DayKind;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin's edits of one year: entries added and removed together, all or nothing, against
 * the version the admin read.
 */
@Service
public class CalendarAdministration {

  static final int MAX_REASON = 300;

  private final JdbcClient jdbc;
  private final CalendarStore store;

  CalendarAdministration(JdbcClient jdbc, CalendarStore store) {
    this.jdbc = jdbc;
    this.store = store;
  }

  /** A year as the admin sees it. */
  public record Year(int year, long version, List<CalendarDay> days) {}

  /** An entry to add. */
  public record Addition(LocalDate date, DayKind kind, String reason) {}

  /** The changes to one year, made against the version read. */
  public record Changes(Long version, List<Addition> add, List<LocalDate> remove) {}

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
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY
            || date.getDayOfWeek() == DayOfWeek.SUNDAY;
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
      String reason = addition.reason();
      if (reason == null || reason.isBlank()) {
        problems.add(new FieldProblem(prefix + "reason", "calendar.reason-required",
            "say why, e.g. the holiday's name or the decree"));
      } else if (reason.strip().length() > MAX_REASON) {
        problems.add(new FieldProblem(prefix + "reason", "calendar.reason-too-long",
            "at most " + MAX_REASON + " characters", MAX_REASON));
      }
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
      jdbc.sql("""
              insert into calendar_day (day, year, kind, reason, changed_by)
              values (:day, :year, :kind, :reason, :by)""")
          .param("day", addition.date()).param("year", year)
          .param("kind", addition.kind().name()).param("reason", addition.reason().strip())
          .param("by", username).update();
    }
    return year(year);
  }

  private static FieldProblem outsideYear(String field, LocalDate date, int year) {
    return new FieldProblem(field, "calendar.date-outside-year",
        date + " is not in " + year, date.toString(), year);
  }
}
