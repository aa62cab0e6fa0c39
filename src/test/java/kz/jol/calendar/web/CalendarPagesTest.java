package kz.jol.calendar.web;

import static kz.jol.support.AdminPages.as;
import static kz.jol.support.AdminPages.lastAuditDetail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.jol.access.Role;
import kz.jol.calendar.internal.CalendarAdministration;
import kz.jol.support.AdminPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's calendar page. Routing and reintegration tests count on the seeded years
 * 2024–2028 and on 2029 being unknown, so every test runs in a transaction that is rolled back
 * (MockMvc serves on the test's thread; see CalendarYearApiTest).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CalendarPagesTest {

  /** A Wednesday of 2028 with no entry. */
  static final String FREE_WEDNESDAY = "2028-11-15";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  String admin = AdminPages.username("cal-admin");

  long version(int year) {
    return jdbc.sql("select version from calendar_year where year = :y").param("y", year)
        .query(Long.class).single();
  }

  long entries(String date) {
    return jdbc.sql("select count(*) from calendar_day where day = cast(:d as date)")
        .param("d", date).query(Long.class).single();
  }

  long auditRows() {
    return AdminPages.auditRows(jdbc, CalendarAdministration.AUDIT_TYPE,
        CalendarAdministration.AUDIT_RECORD_ID, admin);
  }

  @Test
  void theAdminSeesAYearAsTwelveMonthsWithItsHolidaysAndTransfers() throws Exception {
    mvc.perform(get("/admin/calendar").param("year", "2026").param("lang", "en")
            .with(as(Role.ADMIN, admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Working-day calendar")))
        .andExpect(content().string(containsString("2026, version " + version(2026))))
        .andExpect(content().string(containsString("January")))
        .andExpect(content().string(containsString("December")))
        .andExpect(content().string(containsString("day HOLIDAY")))
        .andExpect(content().string(containsString("Add the year 2029")));
    mvc.perform(get("/admin/calendar").param("year", "2026").param("lang", "kk")
            .with(as(Role.ADMIN, admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Жұмыс күндерінің күнтізбесі")))
        .andExpect(content().string(containsString("Мереке күні")));
  }

  @Test
  void anAddedAndARemovedEntryRaiseTheVersionAndAreAudited() throws Exception {
    long before = version(2028);
    mvc.perform(post("/admin/calendar/2028/entries").with(as(Role.ADMIN, admin)).with(csrf())
            .param("version", String.valueOf(before)).param("date", FREE_WEDNESDAY)
            .param("kind", "DAY_OFF").param("reason", "Test decree of a day off"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/calendar?year=2028"));
    assertThat(entries(FREE_WEDNESDAY)).isOne();
    assertThat(version(2028)).isEqualTo(before + 1);
    assertThat(lastAuditDetail(jdbc, CalendarAdministration.AUDIT_TYPE,
        CalendarAdministration.AUDIT_RECORD_ID, admin))
        .contains("2028", "+" + FREE_WEDNESDAY + " DAY_OFF Test decree of a day off");

    mvc.perform(post("/admin/calendar/2028/entries/remove").with(as(Role.ADMIN, admin))
            .with(csrf()).param("version", String.valueOf(before + 1))
            .param("date", FREE_WEDNESDAY))
        .andExpect(status().isFound());
    assertThat(entries(FREE_WEDNESDAY)).isZero();
    assertThat(auditRows()).isEqualTo(2);
    assertThat(lastAuditDetail(jdbc, CalendarAdministration.AUDIT_TYPE,
        CalendarAdministration.AUDIT_RECORD_ID, admin)).contains("-" + FREE_WEDNESDAY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|is a weekday; only a Saturday or Sunday can be made a working day|Say why",
      "ru|будний день; рабочим можно сделать только субботу или воскресенье|Укажите основание",
      "kk|тек сенбі немесе жексенбіні жұмыс күні етуге болады|Негіздемені көрсетіңіз"})
  void aWrongEntryIsRefusedBesideItsFieldsInTheUsersLanguageAndNothingIsWritten(String lang,
      String kindProblem, String reasonProblem) throws Exception {
    long before = version(2028);
    mvc.perform(post("/admin/calendar/2028/entries").param("lang", lang)
            .with(as(Role.ADMIN, admin)).with(csrf())
            .param("version", String.valueOf(before)).param("date", FREE_WEDNESDAY)
            .param("kind", "WORKING_DAY").param("reason", " "))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"kind-errors\"")))
        .andExpect(content().string(containsString(kindProblem)))
        .andExpect(content().string(containsString("id=\"reason-errors\"")))
        .andExpect(content().string(containsString(reasonProblem)))
        .andExpect(content().string(containsString("value=\"" + FREE_WEDNESDAY + "\"")));
    assertThat(entries(FREE_WEDNESDAY)).isZero();
    assertThat(version(2028)).isEqualTo(before);
    assertThat(auditRows()).isZero();
  }

  @Test
  void aStaleVersionSaysTheYearChangedAndWritesNothing() throws Exception {
    long before = version(2028);
    mvc.perform(post("/admin/calendar/2028/entries").param("lang", "en")
            .with(as(Role.ADMIN, admin)).with(csrf())
            .param("version", String.valueOf(before + 7)).param("date", FREE_WEDNESDAY)
            .param("kind", "DAY_OFF").param("reason", "Test decree"))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString(
            "The year 2028 was changed since you read it; reload it and try again.")));
    assertThat(entries(FREE_WEDNESDAY)).isZero();
    assertThat(auditRows()).isZero();
  }

  @Test
  void theNextYearIsAddedFromTheRulesWithItsTransfersAndAudited() throws Exception {
    mvc.perform(post("/admin/calendar/years").param("lang", "en").with(as(Role.ADMIN, admin))
            .with(csrf()).param("year", "2029").param("kurbanAit", "2029-04-24")
            .param("transfers[0].workingDay", "2029-05-05")
            .param("transfers[0].dayOff", "2029-05-08")
            .param("transfers[0].reason", "Test order on a transfer")
            .param("transfers[1].workingDay", "").param("transfers[1].dayOff", "")
            .param("transfers[1].reason", ""))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/calendar?year=2029"));
    assertThat(entries("2029-05-05")).isOne();
    assertThat(entries("2029-04-24")).isOne();
    assertThat(lastAuditDetail(jdbc, CalendarAdministration.AUDIT_TYPE,
        CalendarAdministration.AUDIT_RECORD_ID, admin)).startsWith("2029 added");
    mvc.perform(get("/admin/calendar").param("year", "2029").param("lang", "en")
            .with(as(Role.ADMIN, admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Test order on a transfer")));
  }

  @Test
  void aWrongNewYearShowsItsProblemsBesideTheFields() throws Exception {
    mvc.perform(post("/admin/calendar/years").param("lang", "ru").with(as(Role.ADMIN, admin))
            .with(csrf()).param("year", "2029").param("kurbanAit", "2030-04-24")
            .param("transfers[0].workingDay", "2029-05-07")
            .param("transfers[0].dayOff", "2029-05-08")
            .param("transfers[0].reason", "Test order"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"kurbanAit-errors\"")))
        .andExpect(content().string(containsString("2030-04-24")))
        .andExpect(content().string(containsString(
            "рабочим можно сделать только субботу или воскресенье")));
    assertThat(entries("2029-04-24")).isZero();
    assertThat(auditRows()).isZero();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "ADMIN")
  void onlyAnAdminOpensOrChangesTheCalendar(Role role) throws Exception {
    mvc.perform(get("/admin/calendar").with(as(role, "someone")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/admin/calendar/2028/entries").with(as(role, "someone")).with(csrf())
            .param("version", "0").param("date", FREE_WEDNESDAY).param("kind", "DAY_OFF")
            .param("reason", "x"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString("Working-day calendar"))));
    assertThat(entries(FREE_WEDNESDAY)).isZero();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kk|Наурыз мейрамы|Тәуелсіздік күні|Наурыз мейрамы (21.03.2026) сенбіге сәйкес келеді",
      "ru|Праздник единства народа Казахстана|День Независимости|Наурыз мейрамы (21.03.2026) выпадает на субботу",
      "en|Day of Unity of the People of Kazakhstan|Independence Day|Nauryz (2026-03-21) falls on a Saturday"})
  void theSeededHolidaysAreNamedInTheReadersLanguage(String lang, String unity,
      String independence, String moved) throws Exception {
    mvc.perform(get("/admin/calendar").param("year", "2026").param("lang", lang)
            .with(as(Role.ADMIN, admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(unity)))
        .andExpect(content().string(containsString(independence)))
        .andExpect(content().string(containsString(moved)));
  }

  @Test
  void anEntryKeepsAReasonPerLanguageAndOneReasonAloneIsShownInEvery() throws Exception {
    mvc.perform(post("/admin/calendar/2028/entries").with(as(Role.ADMIN, admin)).with(csrf())
            .param("version", String.valueOf(version(2028))).param("date", FREE_WEDNESDAY)
            .param("kind", "DAY_OFF").param("reasonKk", "Сынақ бұйрығы")
            .param("reasonRu", "Тестовый приказ").param("reason", "Test order"))
        .andExpect(status().isFound());
    for (String[] seen : new String[][] {
        {"kk", "Сынақ бұйрығы"}, {"ru", "Тестовый приказ"}, {"en", "Test order"}}) {
      mvc.perform(get("/admin/calendar").param("year", "2028").param("lang", seen[0])
              .with(as(Role.ADMIN, admin)))
          .andExpect(content().string(containsString("<td>" + seen[1] + "</td>")));
    }
    mvc.perform(post("/admin/calendar/2028/entries").with(as(Role.ADMIN, admin)).with(csrf())
            .param("version", String.valueOf(version(2028))).param("date", "2028-11-16")
            .param("kind", "DAY_OFF").param("reasonRu", "Только по-русски")
            .param("reasonKk", "").param("reason", ""))
        .andExpect(status().isFound());
    for (String lang : new String[] {"kk", "ru", "en"}) {
      mvc.perform(get("/admin/calendar").param("year", "2028").param("lang", lang)
              .with(as(Role.ADMIN, admin)))
          .andExpect(content().string(containsString("<td>Только по-русски</td>")));
    }
  }
}
