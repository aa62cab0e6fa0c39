package kz.jol.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.calendar.WorkingDays;
import kz.jol.calendar.domain.CalendarDay;
import kz.jol.calendar.domain.DayKind;
import kz.jol.calendar.internal.CalendarAdministration;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Working days for everyone signed in; a year's holidays, days off and transfers for admins. */
@RestController
@Tag(name = "Calendar", description = "Kazakhstan's working-day calendar")
class CalendarApi {

  static final int MAX_RANGE_DAYS = 366;

  private final WorkingDays workingDays;
  private final CalendarAdministration administration;
  private final CurrentActor currentActor;

  CalendarApi(WorkingDays workingDays, CalendarAdministration administration,
      CurrentActor currentActor) {
    this.workingDays = workingDays;
    this.administration = administration;
    this.currentActor = currentActor;
  }

  /**
   * One date: whether it is worked, and the calendar's entry for it if it has one, its reason
   * in the request's language (Accept-Language or {@code lang}; the one reason there is when the
   * entry has none in that language).
   */
  record DayView(LocalDate date, boolean working, DayKind kind, String reason) {}

  /** The dates from..to (both included) and how many of them are working days. */
  record RangeView(LocalDate from, LocalDate to, long workingDays, List<DayView> days) {}

  @GetMapping("/api/v1/calendar/working-days")
  @Allowed(anyRole = true)
  @Operation(summary = "Every date from..to (both included, at most 366 days) with whether it is "
      + "a working day and why not, in the request's language")
  RangeView range(
      @Parameter(description = "first date, e.g. 2026-03-01") @RequestParam(required = false)
      LocalDate from,
      @Parameter(description = "last date, e.g. 2026-03-31") @RequestParam(required = false)
      LocalDate to) {
    List<FieldProblem> problems = new ArrayList<>();
    if (from == null) {
      problems.add(new FieldProblem("from", "calendar.date-required", "give the date"));
    }
    if (to == null) {
      problems.add(new FieldProblem("to", "calendar.date-required", "give the date"));
    }
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        problems.add(new FieldProblem("to", "calendar.range-order", "to comes before from"));
      } else if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
        problems.add(new FieldProblem("to", "calendar.range-too-long",
            "ask for at most " + MAX_RANGE_DAYS + " days", MAX_RANGE_DAYS));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    // Refuses dates of years the calendar does not hold (400) before the years are looked up.
    workingDays.isWorkingDay(from);
    workingDays.isWorkingDay(to);
    Map<LocalDate, CalendarDay> entries = new HashMap<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      entries.putAll(administration.year(year).days().stream()
          .collect(Collectors.toMap(CalendarDay::date, Function.identity())));
    }
    List<DayView> days = new ArrayList<>();
    long working = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      boolean isWorking = workingDays.isWorkingDay(d);
      working += isWorking ? 1 : 0;
      CalendarDay entry = entries.get(d);
      days.add(new DayView(d, isWorking, entry == null ? null : entry.kind(),
          entry == null ? null : entry.reasonIn(LocaleContextHolder.getLocale())));
    }
    return new RangeView(from, to, working, days);
  }

  @GetMapping("/api/v1/admin/calendar/{year}")
  @Allowed(Role.ADMIN)
  @Operation(summary = "A year's holidays, days off and transferred working days, with its "
      + "version for the next change")
  CalendarAdministration.Year year(@PathVariable int year) {
    return administration.year(year);
  }

  @PostMapping("/api/v1/admin/calendar/{year}")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Add a year the calendar does not hold yet, with its entries from the "
      + "rules",
      description = """
          Body: {"kurbanAit": the first day of Kurban Ait in that year, as the Spiritual
          Administration of Muslims of Kazakhstan (ДУМК) announced it, "transfers": [{"workingDay",
          "dayOff", "reason"}], the transfers of days off the ministry decreed for the year, if
          any}. The year gets the national and religious holidays, the days off moved from
          holidays on a weekend and the transfers, as GET shows them, at version 0; edit them
          afterwards with /changes. The calendar's years stay contiguous, so only the year after
          the last one held (or before the first) can be added, between 2000 and 2100. A
          transfer's working day is a Saturday or Sunday and its day off a weekday, both in the
          year and neither a holiday. Every problem is reported at once (400) and nothing is
          written; a year held already is a 409.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = @ExampleObject(name = "2029", value = """
              {"kurbanAit": "2029-04-24",
               "transfers": [{"workingDay": "2029-05-05", "dayOff": "2029-05-08",
                              "reason": "Order of the Minister of Labour and Social Protection \
              on transferring a day off in 2029: from Saturday 5 May to Tuesday 8 May"}]}"""))))
  ResponseEntity<CalendarAdministration.Year> add(@PathVariable int year,
      @RequestBody CalendarAdministration.NewYear request) {
    CalendarAdministration.Year added =
        administration.add(year, request, currentActor.require().username());
    return ResponseEntity.created(URI.create("/api/v1/admin/calendar/" + year)).body(added);
  }

  @PostMapping("/api/v1/admin/calendar/{year}/changes")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Add and remove entries of a year, all or nothing",
      description = """
          Body: {"version": the year's version as read, "add": [{"date", "kind", "reason"}],
          "remove": [dates]}. kind is HOLIDAY (a public holiday, any weekday), DAY_OFF (a
          weekday off: moved from a holiday on a weekend, or decreed) or WORKING_DAY (a Saturday
          or Sunday worked by decree). To change an entry, remove and add its date in one
          change. Every problem is reported at once (400) and nothing is written; a version
          that is no longer current is a 409.""")
  CalendarAdministration.Year change(@PathVariable int year,
      @RequestBody CalendarAdministration.Changes changes) {
    return administration.change(year, changes, currentActor.require().username());
  }
}
