package kz.jol.calendar.web;

import static kz.jol.calendar.web.CalendarApiTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.access.Role;
import kz.jol.calendar.WorkingDays;
import kz.jol.calendar.domain.CalendarDay;
import kz.jol.calendar.domain.DayKind;
import kz.jol.calendar.domain.KazakhstanHolidays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * An admin adds a year from the rules. The calendar's years must stay contiguous, so the only
 * year a test can add is 2029, right after the seeded 2024–2028; other tests (and the seeded
 * years' checks) count on 2029 being unknown. Each test therefore runs in a transaction that is
 * rolled back at its end: MockMvc serves the request on the test's thread, so the service joins
 * that transaction, the working-day cache sees the new year inside it and reloads once the row
 * count is back to five years. Nothing is left behind, and the test can run again on the same
 * database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CalendarYearApiTest {

  static final String KURBAN_AIT_2029 = "2029-04-24";
  static final String DECREE = "Test order: from Saturday 5 May to Tuesday 8 May 2029";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired WorkingDays workingDays;

  String body(Object kurbanAit, List<?> transfers) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kurbanAit", kurbanAit);
    body.put("transfers", transfers);
    return json.writeValueAsString(body);
  }

  static Map<String, Object> transfer(String workingDay, String dayOff, String reason) {
    Map<String, Object> transfer = new LinkedHashMap<>();
    transfer.put("workingDay", workingDay);
    transfer.put("dayOff", dayOff);
    transfer.put("reason", reason);
    return transfer;
  }

  long years() {
    return jdbc.sql("select count(*) from calendar_year").query(Long.class).single();
  }

  @Test
  void anAdminAddsTheNextYearFromTheRulesAndWorkingDaysCoverItAtOnce() throws Exception {
    mvc.perform(get("/api/v1/calendar/working-days").with(as(Role.PROBATION_OFFICER))
            .param("from", "2029-03-19").param("to", "2029-03-25"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("calendar.year-unknown"));

    mvc.perform(post("/api/v1/admin/calendar/2029").with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body(KURBAN_AIT_2029,
                List.of(transfer("2029-05-05", "2029-05-08", " " + DECREE + " ")))))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/admin/calendar/2029"))
        .andExpect(jsonPath("$.year").value(2029))
        .andExpect(jsonPath("$.version").value(0))
        .andExpect(jsonPath("$.days[?(@.date == '2029-04-24')].reason")
            .value(contains("Kurban Ait")))
        .andExpect(jsonPath("$.days[?(@.date == '2029-12-17')].kind").value(contains("DAY_OFF")));

    Set<CalendarDay> stored = new HashSet<>(jdbc.sql(
            "select day, kind, reason, reason_kk, reason_ru from calendar_day where year = 2029")
        .query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
            DayKind.valueOf(rs.getString("kind")), rs.getString("reason"),
            rs.getString("reason_kk"), rs.getString("reason_ru"))).list());
    assertThat(stored).isEqualTo(new HashSet<>(KazakhstanHolidays.year(2029,
        LocalDate.parse(KURBAN_AIT_2029), List.of(new KazakhstanHolidays.Transfer(
            LocalDate.of(2029, 5, 5), LocalDate.of(2029, 5, 8), DECREE)))));
    assertThat(jdbc.sql("select distinct changed_by from calendar_day where year = 2029")
        .query(String.class).list()).containsExactly("c-admin");

    mvc.perform(get("/api/v1/calendar/working-days").with(as(Role.PROBATION_OFFICER))
            .header("Accept-Language", "en")
            .param("from", "2029-03-19").param("to", "2029-03-25"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.workingDays").value(2))
        .andExpect(jsonPath("$.days[2].reason").value("Nauryz"))
        .andExpect(jsonPath("$.days[4].working").value(false));
    // A year the rules made names its holidays in every language, as the seeded years do.
    for (String[] seen : new String[][] {{"kk", "Наурыз мейрамы"}, {"ru", "Наурыз мейрамы"}}) {
      mvc.perform(get("/api/v1/calendar/working-days").with(as(Role.PROBATION_OFFICER))
              .header("Accept-Language", seen[0])
              .param("from", "2029-01-01").param("to", "2029-03-25"))
          .andExpect(jsonPath("$.days[0].reason").value(
              seen[0].equals("kk") ? "Жаңа жыл" : "Новый год"))
          .andExpect(jsonPath("$.days[80].reason").value(seen[1]));
    }
    // Friday 29 December 2028, then the weekend and New Year's two days: Wednesday 3 January.
    assertThat(workingDays.addWorkingDays(LocalDate.of(2028, 12, 29), 1))
        .isEqualTo(LocalDate.of(2029, 1, 3));
    assertThat(workingDays.isWorkingDay(LocalDate.of(2029, 5, 5))).isTrue();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2029, 5, 8))).isFalse();

    mvc.perform(post("/api/v1/admin/calendar/2029").with(as(Role.ADMIN))
            .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
            .content(body(KURBAN_AIT_2029, List.of())))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("calendar.year-exists"))
        .andExpect(jsonPath("$.detail").value(
            "The calendar holds the year 2029 already; change its entries instead."));
    assertThat(years()).isEqualTo(6);
  }

  @Test
  void aYearHeldAlreadyIsAConflictWhateverTheBody() throws Exception {
    long version = jdbc.sql("select version from calendar_year where year = 2027")
        .query(Long.class).single();
    mvc.perform(post("/api/v1/admin/calendar/2027").with(as(Role.ADMIN))
            .header("Accept-Language", "ru").contentType(MediaType.APPLICATION_JSON)
            .content("{}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("calendar.year-exists"))
        .andExpect(jsonPath("$.detail").value(
            "Год 2027 уже есть в календаре; измените его записи."));
    assertThat(jdbc.sql("select version from calendar_year where year = 2027")
        .query(Long.class).single()).isEqualTo(version);
  }

  @Test
  void everyProblemWithANewYearIsReportedAtOnceAndNothingIsWritten() throws Exception {
    long years = years();
    mvc.perform(post("/api/v1/admin/calendar/2029").with(as(Role.ADMIN))
            .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
            .content(body("2028-05-05", Arrays.asList(
                null,
                transfer("2029-05-07", "2029-05-05", " "),
                transfer("2030-05-04", "2029-05-09", "x".repeat(301)),
                transfer("2029-06-02", "2029-06-04", "A valid transfer"),
                transfer("2029-06-02", null, "The same Saturday again")))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(contains("kurbanAit", "transfers[0]",
            "transfers[1].workingDay", "transfers[1].dayOff", "transfers[1].reason",
            "transfers[2].workingDay", "transfers[2].dayOff", "transfers[2].reason",
            "transfers[4].workingDay", "transfers[4].dayOff")))
        .andExpect(jsonPath("$.errors[*].code").value(contains("calendar.date-outside-year",
            "calendar.transfer-required", "calendar.working-day-on-weekday",
            "calendar.day-off-on-weekend", "calendar.reason-required",
            "calendar.date-outside-year", "calendar.transfer-on-holiday",
            "calendar.reason-too-long", "calendar.date-duplicate", "calendar.date-required")))
        .andExpect(jsonPath("$.errors[6].message").value(
            "2029-05-09 is a holiday (Victory Day); a transfer cannot use it."));

    mvc.perform(post("/api/v1/admin/calendar/2029").with(as(Role.ADMIN))
            .header("Accept-Language", "kk").contentType(MediaType.APPLICATION_JSON)
            .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(contains("kurbanAit")))
        .andExpect(jsonPath("$.errors[0].message").value("Қазақстан мұсылмандары діни "
            + "басқармасы жариялаған 2029 жылғы Құрбан айттың бірінші күнін көрсетіңіз."));

    mvc.perform(post("/api/v1/admin/calendar/2031").with(as(Role.ADMIN))
            .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
            .content(body("2031-04-02", List.of())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].code").value(contains("calendar.year-not-adjacent")))
        .andExpect(jsonPath("$.errors[0].message").value("The calendar holds the years 2024 to "
            + "2028; only 2029 or 2023 can be added next, so that no year in between is missing."));

    mvc.perform(post("/api/v1/admin/calendar/2101").with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content(body("2101-01-01", List.of())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(contains("year")))
        .andExpect(jsonPath("$.errors[0].code").value("calendar.year-out-of-range"));

    mvc.perform(post("/api/v1/admin/calendar/2029").with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON).content("{\"kurbanAit\": \"24.04.2029\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kurbanAit"));

    assertThat(years()).isEqualTo(years);
    assertThat(jdbc.sql("select count(*) from calendar_day where year = 2029")
        .query(Long.class).single()).isZero();
  }

  @Test
  void theOperationIsDocumentedForAdminsWithAnExampleBody() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/admin/calendar/{year}'].post.description",
            containsString("**Allowed:** ADMIN")))
        .andExpect(jsonPath("$.paths['/api/v1/admin/calendar/{year}'].post.requestBody.content"
            + "['application/json'].examples['2029'].value.kurbanAit").value(KURBAN_AIT_2029))
        .andExpect(jsonPath("$.paths['/api/v1/admin/calendar/{year}'].post.requestBody.content"
            + "['application/json'].examples['2029'].value.transfers[0].dayOff")
            .value("2029-05-08"));
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void onlyAnAdminAddsAYear(Role role) throws Exception {
    long years = years();
    mvc.perform(post("/api/v1/admin/calendar/2029").with(as(role))
            .contentType(MediaType.APPLICATION_JSON).content(body(KURBAN_AIT_2029, List.of())))
        .andExpect(status().isForbidden());
    assertThat(years()).isEqualTo(years);
  }
}
