package kz.jol.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.actionplan.ActionPlanFixture;
import kz.jol.actionplan.domain.Deadline;
import kz.jol.actionplan.domain.HalfYear;
import kz.jol.support.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ministry's consolidated report as PDF and XLSX, in Kazakh and Russian, read back: the
 * title, every measure with its state, a filed report's text, each executor's discipline.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsolidatedReportTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired Clock clock;

  Actor ministryAnalyst() {
    String territory = Fixtures.territory(jdbc);
    UUID ministry = Fixtures.organisation(jdbc, "MINISTRY", territory);
    var u = users.create(new UserAdministration.UserForm("min." + UUID.randomUUID()
        .toString().substring(0, 8), "Analyst", Role.ANALYST, ministry, territory, true,
        ActionPlanFixture.PASSWORD, null)).user();
    return new Actor(u.id(), u.username(), u.fullName(), u.role(), u.organisationId(),
        u.territoryCode());
  }

  UUID decree912() {
    return jdbc.sql("select id from action_plan where code = 'decree-912'").query(UUID.class)
        .single();
  }

  @Test
  void theFinalReportOnDecree912ReadsBackInKazakh() throws Exception {
    byte[] pdf = mvc.perform(get("/action-plans/" + decree912() + "/report.pdf")
            .param("language", "kk").with(user(JolPrincipal.of(ministryAnalyst()))))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andReturn().getResponse().getContentAsByteArray();
    String text;
    try (var document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text).contains("Жоспардың орындалуы туралы қорытынды жиынтық есеп",
        "25.02.2020", "«Қақпа алдындағы кездесу»", "Мерзімі өтті",
        "Қазақстан Республикасының Бас прокуратурасы");
  }

  @Test
  void aYearlyEvaluationCarriesTheFiledReportsInRussianPdfAndXlsx() throws Exception {
    LocalDate today = LocalDate.now(clock);
    HalfYear past = HalfYear.of(today).previous().previous();
    var f = new ActionPlanFixture(jdbc, users, past.firstDay(), HalfYear.of(today).lastDay(),
        Deadline.span(past.year(), past.year() + 1));
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .post("/api/v1/action-plans/" + f.planId + "/measures/" + f.measureId + "/reports")
            .with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf())
            .with(user(JolPrincipal.of(f.lead)))
            .contentType("application/json")
            .content("{\"period\": \"" + past.key() + "\", \"state\": \"IN_PROGRESS\", "
                + "\"text\": \"Проведено два совещания рабочей группы\"}"))
        .andExpect(status().isCreated());
    var analyst = ministryAnalyst();
    byte[] pdf = mvc.perform(get("/api/v1/action-plans/" + f.planId + "/report.pdf")
            .param("year", String.valueOf(past.year())).param("language", "ru")
            .with(user(JolPrincipal.of(analyst))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (var document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Ежегодная оценка реализации плана: " + past.year() + " год",
              "Проведено два совещания рабочей группы", "Исполняется", "Соисполнитель");
    }
    byte[] xlsx = mvc.perform(get("/action-plans/" + f.planId + "/report.xlsx")
            .param("year", String.valueOf(past.year())).param("language", "ru")
            .with(user(JolPrincipal.of(analyst))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var measures = book.getSheet("Мероприятия");
      assertThat(measures.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Ежегодная оценка реализации плана: " + past.year() + " год");
      var row = measures.getRow(4);
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1);
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Исполняется");
      assertThat(row.getCell(6).getStringCellValue())
          .endsWith("Проведено два совещания рабочей группы");
      var discipline = book.getSheet("Дисциплина");
      var co = discipline.getRow(3).getCell(0).getStringCellValue().equals("Соисполнитель")
          ? discipline.getRow(3) : discipline.getRow(4);
      assertThat(co.getCell(0).getStringCellValue()).isEqualTo("Соисполнитель");
      assertThat(co.getCell(3).getNumericCellValue()).isEqualTo(1);
    }
  }

  @Test
  void anExecutorGetsNoConsolidatedReportAndAForeignYearIsRefused() throws Exception {
    LocalDate today = LocalDate.now(clock);
    var f = new ActionPlanFixture(jdbc, users, HalfYear.of(today).firstDay(),
        HalfYear.of(today).lastDay(), Deadline.year(today.getYear()));
    mvc.perform(get("/api/v1/action-plans/" + f.planId + "/report.pdf")
            .with(user(JolPrincipal.of(new Actor(f.lead.userId(), f.lead.username(),
                f.lead.fullName(), Role.ANALYST, f.lead.organisationId(),
                f.lead.territoryCode())))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/action-plans/" + f.planId + "/report.xlsx").param("year", "1990")
            .with(user(JolPrincipal.of(ministryAnalyst()))))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/v1/action-plans/" + f.planId + "/report.xlsx").param("language", "de")
            .with(user(JolPrincipal.of(ministryAnalyst()))))
        .andExpect(status().isBadRequest());
  }
}
