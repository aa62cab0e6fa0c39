package kz.jol.calendar.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.calendar.domain.CalendarDay;
import kz.jol.calendar.domain.DayKind;
import kz.jol.calendar.domain.KazakhstanHolidays;
import kz.jol.calendar.internal.CalendarAdministration;
import kz.jol.shared.FormProblems;
import kz.jol.shared.JolException;
import kz.jol.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's working-day calendar: a year as twelve month grids, its entries with a
 * form to add one and a button to remove each, against the year's version; and the next year
 * generated from the rules, given Kurban Ait and the decreed transfers.
 */
@Controller
@Allowed(Role.ADMIN)
class CalendarPages {

  /** How many transfer rows the new-year form offers; ministries decree one to three a year. */
  static final int TRANSFER_ROWS = 3;

  private final CalendarAdministration administration;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  CalendarPages(CalendarAdministration administration, CurrentActor currentActor,
      MessageSource messages) {
    this.administration = administration;
    this.currentActor = currentActor;
    this.messages = messages;
  }

  /** One date of a month grid: null for the blanks before the 1st and after the last day. */
  record Cell(LocalDate date, String kind, String reason) {}

  /** An entry of the year as the list shows it: the reason in the reader's language. */
  record Entry(LocalDate date, DayKind kind, String reason) {}

  /** A month: its name and its weeks, Monday first. */
  record MonthGrid(String name, List<List<Cell>> weeks) {}

  /**
   * What the add form posts, kept to refill it: the reason in English ({@code reason}), Kazakh
   * and Russian. Any one of them is enough: when English is blank the Russian (or else the
   * Kazakh) text is the one shown in every language without its own.
   */
  record Addition(LocalDate date, DayKind kind, String reason, String reasonKk,
      String reasonRu) {

    CalendarAdministration.Addition toChange() {
      String shared = Stream.of(reason, reasonRu, reasonKk)
          .filter(t -> t != null && !t.isBlank()).findFirst().orElse(reason);
      return new CalendarAdministration.Addition(date, kind, shared, reasonKk, reasonRu);
    }
  }

  /** A transfer row of the new-year form. */
  record TransferRow(LocalDate workingDay, LocalDate dayOff, String reason) {}

  /** What the new-year form posts. */
  record NewYearForm(Integer year, LocalDate kurbanAit, List<TransferRow> transfers) {}

  @GetMapping("/admin/calendar")
  String show(@RequestParam(required = false) Integer year, Locale locale, Model model,
      HttpServletResponse response) {
    List<Integer> years = administration.years();
    int shown = year != null ? year : years.contains(LocalDate.now().getYear())
        ? LocalDate.now().getYear() : years.isEmpty() ? LocalDate.now().getYear() : years.getLast();
    CalendarAdministration.Year held;
    try {
      held = administration.year(shown);
    } catch (NotFoundException unknown) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
      return "error";
    }
    model.addAttribute("years", years);
    model.addAttribute("year", held);
    model.addAttribute("months", months(held, locale));
    model.addAttribute("entries", held.days().stream()
        .map(d -> new Entry(d.date(), d.kind(), d.reasonIn(locale))).toList());
    model.addAttribute("weekdays", Arrays.stream(DayOfWeek.values())
        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList());
    model.addAttribute("kinds", Arrays.asList(DayKind.values()));
    if (!model.containsAttribute("addition")) {
      model.addAttribute("addition", new Addition(null, null, "", "", ""));
    }
    int next = years.isEmpty() ? LocalDate.now().getYear() : years.getLast() + 1;
    if (!model.containsAttribute("newYear")) {
      model.addAttribute("newYear", new NewYearForm(next, null, List.of()));
    }
    NewYearForm form = (NewYearForm) model.getAttribute("newYear");
    List<TransferRow> rows = new ArrayList<>(form.transfers() == null ? List.of()
        : form.transfers());
    while (rows.size() < TRANSFER_ROWS) {
      rows.add(new TransferRow(null, null, ""));
    }
    model.addAttribute("transferRows", rows);
    model.addAttribute("nextYear", next);
    for (String errors : List.of("addErrors", "removeErrors", "newYearErrors")) {
      if (!model.containsAttribute(errors)) {
        model.addAttribute(errors, FormProblems.NONE);
      }
    }
    return "calendar/admin";
  }

  @PostMapping("/admin/calendar/{year}/entries")
  String add(@PathVariable int year, @RequestParam(required = false) Long version,
      Addition addition, Locale locale, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      administration.change(year, new CalendarAdministration.Changes(version,
          List.of(addition.toChange()), List.of()), currentActor.require().username());
      redirect.addFlashAttribute("saved", "calendar.page.added");
      redirect.addFlashAttribute("savedDate", addition.date());
      return "redirect:/admin/calendar?year=" + year;
    } catch (JolException refused) {
      if (refused instanceof NotFoundException) {
        return show(year, locale, model, response);
      }
      model.addAttribute("addErrors", problems(refused, locale, field -> switch (field) {
        case "add[0].date" -> "date";
        case "add[0].kind" -> "kind";
        case "add[0].reason" -> "reason";
        case "add[0].reasonKk" -> "reasonKk";
        case "add[0].reasonRu" -> "reasonRu";
        default -> null;
      }));
      model.addAttribute("addition", addition);
      response.setStatus(status(refused));
      return show(year, locale, model, response);
    }
  }

  @PostMapping("/admin/calendar/{year}/entries/remove")
  String remove(@PathVariable int year, @RequestParam(required = false) Long version,
      @RequestParam(required = false) LocalDate date, Locale locale, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      List<LocalDate> removed = new ArrayList<>();
      removed.add(date);
      administration.change(year, new CalendarAdministration.Changes(version, List.of(),
          removed), currentActor.require().username());
      redirect.addFlashAttribute("saved", "calendar.page.removed");
      redirect.addFlashAttribute("savedDate", date);
      return "redirect:/admin/calendar?year=" + year;
    } catch (JolException refused) {
      if (!(refused instanceof NotFoundException)) {
        model.addAttribute("removeErrors", problems(refused, locale, field -> null));
        response.setStatus(status(refused));
      }
      return show(year, locale, model, response);
    }
  }

  @PostMapping("/admin/calendar/years")
  String addYear(NewYearForm form, Locale locale, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    int year = form.year() == null ? 0 : form.year();
    List<KazakhstanHolidays.Transfer> transfers = form.transfers() == null ? List.of()
        : form.transfers().stream()
            .filter(t -> t != null && (t.workingDay() != null || t.dayOff() != null
                || (t.reason() != null && !t.reason().isBlank())))
            .map(t -> new KazakhstanHolidays.Transfer(t.workingDay(), t.dayOff(), t.reason()))
            .toList();
    try {
      administration.add(year, new CalendarAdministration.NewYear(form.kurbanAit(), transfers),
          currentActor.require().username());
      redirect.addFlashAttribute("saved", "calendar.page.year-added");
      return "redirect:/admin/calendar?year=" + year;
    } catch (JolException refused) {
      // The rows sent blank are dropped before checking, so transfers[i] of the service is the
      // i-th filled row; the form shows the filled rows first.
      model.addAttribute("newYearErrors", problems(refused, locale,
          field -> field.equals("year") || field.equals("kurbanAit")
              || field.startsWith("transfers[") ? field : null));
      model.addAttribute("newYear", new NewYearForm(form.year(), form.kurbanAit(),
          transfers.stream().map(t -> new TransferRow(t.workingDay(), t.dayOff(), t.reason()))
              .toList()));
      response.setStatus(status(refused));
      return show(null, locale, model, response);
    }
  }

  private FormProblems problems(JolException refused, Locale locale,
      java.util.function.UnaryOperator<String> toField) {
    return FormProblems.of(refused, (code, fallback, args) ->
        messages.getMessage("error." + code, args, fallback, locale), toField);
  }

  /** A page refused keeps its 200-style form but says why in the status too. */
  private static int status(JolException refused) {
    return switch (refused) {
      case kz.jol.shared.ConflictException c -> HttpServletResponse.SC_CONFLICT;
      case kz.jol.shared.InvalidInputException i -> HttpServletResponse.SC_BAD_REQUEST;
      default -> HttpServletResponse.SC_BAD_REQUEST;
    };
  }

  private static List<MonthGrid> months(CalendarAdministration.Year year, Locale locale) {
    Map<LocalDate, CalendarDay> entries = year.days().stream()
        .collect(Collectors.toMap(CalendarDay::date, Function.identity()));
    List<MonthGrid> months = new ArrayList<>();
    for (Month month : Month.values()) {
      YearMonth ym = YearMonth.of(year.year(), month);
      List<List<Cell>> weeks = new ArrayList<>();
      List<Cell> week = new ArrayList<>();
      for (int blank = 1; blank < ym.atDay(1).getDayOfWeek().getValue(); blank++) {
        week.add(new Cell(null, "blank", null));
      }
      for (int d = 1; d <= ym.lengthOfMonth(); d++) {
        LocalDate date = ym.atDay(d);
        CalendarDay entry = entries.get(date);
        String kind = entry != null ? entry.kind().name()
            : date.getDayOfWeek().getValue() >= 6 ? "WEEKEND" : "WORKING";
        week.add(new Cell(date, kind, entry == null ? null : entry.reasonIn(locale)));
        if (week.size() == 7) {
          weeks.add(week);
          week = new ArrayList<>();
        }
      }
      if (!week.isEmpty()) {
        while (week.size() < 7) {
          week.add(new Cell(null, "blank", null));
        }
        weeks.add(week);
      }
      String name = month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
      months.add(new MonthGrid(name.substring(0, 1).toUpperCase(locale) + name.substring(1),
          weeks));
    }
    return months;
  }
}
