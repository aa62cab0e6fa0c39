package kz.jol.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.PersonService;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The route sheet as the person gets it: the PDF is read back as text, so what is checked is
 * what prints, Kazakh letters included.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RouteSheetTest {

  static final String KAZAKH_LETTERS = "әғқңөұүһі";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;

  CaseloadFixture caseload;
  Actor officer;
  String district;
  UUID serviceCentre;
  UUID employmentCentre;

  @BeforeEach
  void aDistrictWithItsOffices() {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    officer = caseload.officer;
    district = officer.territoryCode();
    serviceCentre = Fixtures.organisation(jdbc, "PUBLIC_SERVICE_CENTRE", district);
    employmentCentre = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", district);
    office(serviceCentre, "Абай даңғылы, 15", "+7 727 000 00 15");
    office(employmentCentre, "Төле би көшесі, 7", "+7 727 000 00 07");
    office(officer.organisationId(), "Сәтпаев көшесі, 3", "+7 727 000 00 03");
  }

  private void office(UUID id, String address, String phone) {
    jdbc.sql("update organisation set address = :a, phone = :p where id = :id")
        .param("a", address).param("p", phone).param("id", id).update();
  }

  private String name(UUID organisation, String language) {
    return jdbc.sql("select name_" + language + " from organisation where id = :id")
        .param("id", organisation).query(String.class).single();
  }

  private ResultActions as(Actor actor, MockHttpServletRequestBuilder request, String body)
      throws Exception {
    request.with(user(JolPrincipal.of(actor)));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    return mvc.perform(request);
  }

  /** A case with an approved plan (documents, a job) and the ЦОН's referral for the documents. */
  private UUID aCaseOnItsRoute(LocalDate jobBy) throws Exception {
    LocalDate registered = LocalDate.now().minusDays(3);
    UUID caseId = caseload.caseRegistered(registered);
    as(officer, post("/api/v1/cases/{id}/plan", caseId), """
        {"actions":[
          {"domain":"LEGAL","goal":"Жеке куәлік","action":"Жеке куәлікті қалпына келтіру",
           "responsibleOrganisationId":"%s","dueOn":"%s"},
          {"domain":"ECONOMIC","goal":"Жұмыс","action":"Жұмыспен қамту орталығына тіркелу",
           "responsibleOrganisationId":"%s","dueOn":"%s"}]}"""
        .formatted(serviceCentre, registered.plusDays(20), employmentCentre, jobBy))
        .andExpect(status().isCreated());
    as(officer, post("/api/v1/cases/{id}/plan/transitions", caseId), "{\"state\":\"APPROVED\"}")
        .andExpect(status().isOk());
    as(officer, post("/api/v1/cases/{id}/referrals", caseId), """
        {"domain":"LEGAL","actionCode":"RESTORE_DOCUMENTS","organisationId":"%s"}"""
        .formatted(serviceCentre))
        .andExpect(status().isCreated());
    return caseId;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Lines break where the layout breaks them; sentences are checked across them.
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static String date(LocalDate day, String language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(Locale.forLanguageTag(language)).format(day);
  }

  private String iin(UUID caseId) {
    return jdbc.sql("""
            select p.iin from person p join probation_case c on c.person_id = p.id
            where c.id = :id""").param("id", caseId).query(String.class).single();
  }

  private String caseNumber(UUID caseId) {
    return jdbc.sql("select case_number from probation_case where id = :id").param("id", caseId)
        .query(String.class).single();
  }

  @Test
  void theKazakhSheetPrintsEveryStepWithItsOfficeDateAndChecklistInKazakhLetters()
      throws Exception {
    LocalDate jobBy = LocalDate.now().plusDays(14);
    UUID caseId = aCaseOnItsRoute(jobBy);

    MvcResult result = as(officer, get("/cases/{id}/route-sheet.pdf", caseId).param("lang", "kk"),
        null)
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"route-sheet-" + caseNumber(caseId) + "-kk.pdf\""))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andReturn();
    byte[] pdf = result.getResponse().getContentAsByteArray();
    // The sheet's language is the person's; it does not switch the officer's pages.
    assertThat(result.getResponse().getCookie("JOL_LANG")).isNull();
    String text = text(pdf);

    assertThat(text).contains("Бағыт парағы", "Сынақова Айгерім",
        "Қиын жағдайда хабарласыңыз",
        "«неден бастарымды білмеймін» десеңіз, пробация инспекторыңызға қоңырау шалыңыз");
    for (char letter : KAZAKH_LETTERS.toCharArray()) {
      assertThat(text).as("the letter %s prints", letter).contains(String.valueOf(letter));
    }
    // The referral and the plan's documents action at the ЦОН are one step: two in all.
    assertThat(text).contains("1-қадам", "2-қадам").doesNotContain("3-қадам");
    assertThat(text).contains(name(serviceCentre, "kk"), "Абай даңғылы, 15", "+7 727 000 00 15",
        name(employmentCentre, "kk"), "Төле би көшесі, 7", "+7 727 000 00 07");
    assertThat(text).contains(date(jobBy, "kk"));
    assertThat(text).contains("Өзіңізбен бірге алыңыз:", "Туу туралы куәлік",
        "Бас бостандығынан босату туралы анықтама", "Еңбек кітапшасы");
    assertThat(text).contains("Synthetic Officer", "+7 727 000 00 03");
    // Handed to the person: their name, nothing that identifies the case or the conviction.
    assertThat(text).doesNotContain(iin(caseId), caseNumber(caseId), "CONDITIONAL");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Бағыт парағы: Сынақова Айгерім");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("kk");
      // Every glyph comes from the bundled DejaVu, embedded: nothing from the server's fonts.
      for (var page : document.getPages()) {
        for (var fontName : page.getResources().getFontNames()) {
          var font = page.getResources().getFont(fontName);
          assertThat(font.getName()).as("font on the sheet").contains("DejaVuSans");
          assertThat(font.isEmbedded()).isTrue();
        }
      }
      // For the reviewer: what the page looks like.
      Files.createDirectories(Path.of("target"));
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 110), "png",
            Path.of("target", "route-sheet-kk-" + (page + 1) + ".png").toFile());
      }
    }

    assertThat(jdbc.sql("""
            select count(*) from audit_event
            where record_type = 'CASE' and record_id = :id and action = 'EXPORT'
              and user_id = :user""")
        .param("id", caseId).param("user", officer.userId()).query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void theRussianSheetSpeaksRussianAndTheApiGivesTheSameDocument() throws Exception {
    LocalDate jobBy = LocalDate.now().plusDays(9);
    UUID caseId = aCaseOnItsRoute(jobBy);

    byte[] pdf = as(officer, get("/api/v1/cases/{id}/route-sheet.pdf", caseId)
            .param("lang", "ru"), null)
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse().getContentAsByteArray();
    String text = text(pdf);

    assertThat(text).contains("Маршрутный лист", "Если трудно — позвоните",
        "«не знаете, с чего начать»", "Шаг 1", "Шаг 2", "Возьмите с собой:",
        "Справка об освобождении", "Свидетельство о рождении", "Трудовая книжка",
        name(serviceCentre, "ru"), name(employmentCentre, "ru"), date(jobBy, "ru"),
        "Ваш инспектор", "Synthetic Officer");
    assertThat(text).doesNotContain("Бағыт парағы", iin(caseId));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ru");
      ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png",
          Path.of("target", "route-sheet-ru.png").toFile());
    }
  }

  @Test
  void aCaseWithoutAPlanGetsTheOfficersNumberAndWordThatThePlanIsComing() throws Exception {
    UUID caseId = caseload.caseRegistered(LocalDate.now());

    String text = text(as(officer, get("/cases/{id}/route-sheet.pdf", caseId)
            .param("lang", "ru"), null)
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray());

    assertThat(text).contains("Ваш индивидуальный план ещё готовится", "Synthetic Officer",
        "+7 727 000 00 03", "Сәтпаев көшесі, 3").doesNotContain("Шаг 1");
  }

  @Test
  void onlyTheCasesProbationStaffPrintItAndOnlyInKazakhOrRussian() throws Exception {
    UUID caseId = caseload.caseRegistered(LocalDate.now());
    var stranger = new Actor(UUID.randomUUID(), "other-sheet", "Other", Role.PROBATION_OFFICER,
        null, Fixtures.territory(jdbc));
    var police = new Actor(UUID.randomUUID(), "police-sheet", "Police", Role.POLICE_INSPECTOR,
        null, district);
    var agency = new Actor(UUID.randomUUID(), "agency-sheet", "Agency", Role.AGENCY_WORKER,
        serviceCentre, district);

    for (String path : List.of("/cases/{id}/route-sheet.pdf", "/api/v1/cases/{id}/route-sheet.pdf")) {
      as(stranger, get(path, caseId).param("lang", "kk"), null).andExpect(status().isNotFound());
      as(police, get(path, caseId).param("lang", "kk"), null).andExpect(status().isForbidden());
      as(agency, get(path, caseId).param("lang", "kk"), null).andExpect(status().isForbidden());
    }
    as(officer, get("/api/v1/cases/{id}/route-sheet.pdf", caseId).param("lang", "en"), null)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.errors[0].field").value("lang"))
        .andExpect(jsonPath("$.errors[0].code").value("casework.route-sheet.language"));
    assertThat(jdbc.sql("""
            select count(*) from audit_event where record_id = :id and action = 'EXPORT'""")
        .param("id", caseId).query(Integer.class).single()).isZero();
  }
}
