package kz.jol.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * The calendar API on the real schema. Tests that edit change November 2028, which no other
 * test reads, and put back what they changed, so the seeded years stay as the rules say.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarApiTest {

  static final LocalDate WEDNESDAY = LocalDate.of(2028, 11, 15);
  static final LocalDate SATURDAY = LocalDate.of(2028, 11, 18);

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired WorkingDays workingDays;

  static RequestPostProcessor as(Role role) {
    return user(JolPrincipal.of(new Actor(UUID.randomUUID(), "c-" + role.name().toLowerCase(),
        "Test " + role, role, null, "000000000")));
  }

  long version(int year) {
    return jdbc.sql("select version from calendar_year where year = :y").param("y", year)
        .query(Long.class).single();
  }

  String changes(long version, List<Map<String, Object>> add, List<String> remove) {
    return json.writeValueAsString(Map.of("version", version, "add", add, "remove", remove));
  }

  @Test
  void anAdminMovesADayOffAndWorkingDaysFollowAtOnce() throws Exception {
    long version = version(2028);
    assertThat(workingDays.isWorkingDay(WEDNESDAY)).isTrue();
    assertThat(workingDays.isWorkingDay(SATURDAY)).isFalse();
    try {
      mvc.perform(post("/api/v1/admin/calendar/2028/changes").with(as(Role.ADMIN))
              .contentType(MediaType.APPLICATION_JSON)
              .content(changes(version, List.of(
                  Map.of("date", "2028-11-15", "kind", "DAY_OFF", "reason", "Test decree, day off"),
                  Map.of("date", "2028-11-18", "kind", "WORKING_DAY",
                      "reason", "Test decree, working Saturday")), List.of())))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.version").value(version + 1))
          .andExpect(jsonPath("$.days[?(@.date == '2028-11-15')].kind").value(contains("DAY_OFF")));

      assertThat(workingDays.isWorkingDay(WEDNESDAY)).isFalse();
      assertThat(workingDays.isWorkingDay(SATURDAY)).isTrue();
      assertThat(workingDays.addWorkingDays(LocalDate.of(2028, 11, 14), 1))
          .isEqualTo(LocalDate.of(2028, 11, 16));
      assertThat(jdbc.sql("select changed_by from calendar_day where day = :d")
          .param("d", WEDNESDAY).query(String.class).single()).isEqualTo("c-admin");
      mvc.perform(get("/api/v1/calendar/working-days").with(as(Role.AGENCY_WORKER))
              .param("from", "2028-11-13").param("to", "2028-11-19"))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.workingDays").value(5))
          .andExpect(jsonPath("$.days[2].working").value(false))
          .andExpect(jsonPath("$.days[2].reason").value("Test decree, day off"))
          .andExpect(jsonPath("$.days[5].working").value(true));
    } finally {
      mvc.perform(post("/api/v1/admin/calendar/2028/changes").with(as(Role.ADMIN))
              .contentType(MediaType.APPLICATION_JSON)
              .content(changes(version(2028), List.of(), List.of("2028-11-15", "2028-11-18"))))
          .andExpect(status().isOk());
    }
    assertThat(workingDays.isWorkingDay(WEDNESDAY)).isTrue();
    assertThat(workingDays.isWorkingDay(SATURDAY)).isFalse();
  }

  @Test
  void everyWrongChangeIsReportedAndNothingIsWritten() throws Exception {
    long version = version(2028);

    mvc.perform(post("/api/v1/admin/calendar/2028/changes").with(as(Role.ADMIN))
            .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
            .content(changes(version, List.of(
                Map.of("date", "2028-11-15", "kind", "HOLIDAY", "reason", "A valid entry"),
                Map.of("date", "2028-11-18", "kind", "DAY_OFF", "reason", "Saturday"),
                Map.of("date", "2028-11-16", "kind", "WORKING_DAY", "reason", "Thursday"),
                Map.of("date", "2027-11-17", "kind", "HOLIDAY", "reason", "Last year"),
                Map.of("date", "2028-11-17", "kind", "HOLIDAY", "reason", " "),
                Map.of("date", "2028-12-16", "kind", "HOLIDAY", "reason", "Taken")),
                List.of("2028-11-20"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(contains("remove[0]", "add[1].kind",
            "add[2].kind", "add[3].date", "add[4].reason", "add[5].date")))
        .andExpect(jsonPath("$.errors[*].code").value(contains("calendar.no-entry",
            "calendar.day-off-on-weekend", "calendar.working-day-on-weekday",
            "calendar.date-outside-year", "calendar.reason-required", "calendar.date-taken")))
        .andExpect(jsonPath("$.errors[3].message").value("2027-11-17 is not in the year 2028."));

    assertThat(version(2028)).isEqualTo(version);
    assertThat(workingDays.isWorkingDay(WEDNESDAY)).isTrue();
  }

  @Test
  void aStaleVersionIsAConflictAndAnUnknownYearIsNotFound() throws Exception {
    long version = version(2028);
    mvc.perform(post("/api/v1/admin/calendar/2028/changes").with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON)
            .content(changes(version - 1, List.of(
                Map.of("date", "2028-11-15", "kind", "HOLIDAY", "reason", "Too late")), List.of())))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("calendar.stale-version"));
    mvc.perform(get("/api/v1/admin/calendar/2031").with(as(Role.ADMIN)))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/v1/admin/calendar/2028/changes").with(as(Role.ADMIN))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\": 0, \"add\": [{\"date\": \"2028-11-15\", \"kind\": \"FEAST\"}]}"))
        .andExpect(status().isBadRequest());

    assertThat(version(2028)).isEqualTo(version);
    assertThat(workingDays.isWorkingDay(WEDNESDAY)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
  void onlyAnAdminReadsOrEditsAYear(Role role) throws Exception {
    long version = version(2028);
    mvc.perform(get("/api/v1/admin/calendar/2028").with(as(role)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/admin/calendar/2028/changes").with(as(role))
            .contentType(MediaType.APPLICATION_JSON)
            .content(changes(version, List.of(
                Map.of("date", "2028-11-15", "kind", "DAY_OFF", "reason", "Not mine")), List.of())))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/calendar/working-days").with(as(role))
            .param("from", "2026-03-20").param("to", "2026-03-27"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.workingDays").value(3))
        .andExpect(jsonPath("$.days[4].kind").value("DAY_OFF"));

    assertThat(version(2028)).isEqualTo(version);
  }

  @Test
  void theReadRefusesAMissingBackwardsLongOrUnknownRange() throws Exception {
    mvc.perform(get("/api/v1/calendar/working-days").with(as(Role.PROBATION_OFFICER)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(contains("from", "to")));
    mvc.perform(get("/api/v1/calendar/working-days").with(as(Role.PROBATION_OFFICER))
            .param("from", "2026-03-27").param("to", "2026-03-20"))
        .andExpect(jsonPath("$.errors[0].code").value("calendar.range-order"));
    mvc.perform(get("/api/v1/calendar/working-days").with(as(Role.PROBATION_OFFICER))
            .param("from", "2025-01-01").param("to", "2026-01-02"))
        .andExpect(jsonPath("$.errors[0].code").value("calendar.range-too-long"));
    mvc.perform(get("/api/v1/calendar/working-days").with(as(Role.PROBATION_OFFICER))
            .header("Accept-Language", "en").param("from", "2028-12-30").param("to", "2029-01-02"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].code").value("calendar.year-unknown"))
        .andExpect(jsonPath("$.errors[0].message").value(
            "The working-day calendar holds the years 2024 to 2028, not the date 2029-01-02; an "
                + "admin has to set up that year."));
  }

  @Test
  void theSeededYearsAreWhatTheRulesSay() {
    for (int year = 2024; year <= 2028; year++) {
      Set<CalendarDay> stored = new HashSet<>(jdbc.sql(
              "select day, kind, reason, reason_kk, reason_ru from calendar_day where year = :y")
          .param("y", year)
          .query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class),
              DayKind.valueOf(rs.getString("kind")), rs.getString("reason"),
              rs.getString("reason_kk"), rs.getString("reason_ru"))).list());
      assertThat(stored).as("%d", year)
          .isEqualTo(new HashSet<>(new ArrayList<>(KazakhstanHolidays.defaults(year))));
    }
  }
}
