package kz.jol.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.ProbationKind;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseSummary;
import kz.jol.register.application.CaseView;
import kz.jol.register.application.PersonService;
import kz.jol.register.domain.Address;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.PersonDetails;
import kz.jol.reintegration.application.AssessmentInput;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.reintegration.application.ReintegrationSweep;
import kz.jol.reintegration.domain.Domain;
import kz.jol.support.CaseloadFixture;
import kz.jol.support.Fixtures;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The caseload export (issue 9, point 4): the officer's own cases, a unit's, a head's
 * territory; never a case outside; the page's filters; headers in the reader's language; one
 * audit entry with the cases' ids; a bad filter as a problem in the reader's language.
 *
 * <p>As in {@link CaseloadPagesTest}, as of today: {@code fresh} registered today (index 5,
 * R2), {@code late} 40 days ago (R3 on documents and the plan, plan overdue), {@code soon} 28
 * days ago (R3, day 30 in two days), {@code referred} today with a referral two days late; a
 * colleague's case in the same district; a case of another district.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseloadExportTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PersonService persons;
  @Autowired CaseService cases;
  @Autowired ReintegrationService reintegration;
  @Autowired ReintegrationSweep sweep;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;

  CaseloadFixture caseload;
  Actor officer;
  Actor colleague;
  UUID fresh;
  UUID late;
  UUID soon;
  UUID referred;
  UUID colleaguesCase;
  UUID othersCase;

  @BeforeEach
  void casesOfAnOfficerAColleagueAndAnotherDistrict() {
    caseload = new CaseloadFixture(jdbc, users, persons, cases);
    officer = caseload.officer;
    LocalDate today = LocalDate.now(clock);
    fresh = caseload.caseRegistered(today, "Жаңабаева", "Әсем");
    late = caseload.caseRegistered(today.minusDays(40), "Кешікова", "Гүлнар");
    soon = caseload.caseRegistered(today.minusDays(28), "Жақынова", "Ұлжан");
    referred = caseload.caseRegistered(today, "Жолдамова", "Өркен");
    as(officer, () -> {
      reintegration.assess(fresh, assessment(Domain.LEGAL, 2, "Жеке куәлік алынды"));
      reintegration.assess(fresh, assessment(Domain.HOUSING, 2, "Тұрақты пәтер"));
      reintegration.assess(fresh, assessment(Domain.ECONOMIC, 1, null));
      reintegration.assess(late, assessment(Domain.HOUSING, 1, null));
      return null;
    });
    overdueReferral(referred);
    colleague = user(Role.PROBATION_OFFICER);
    colleaguesCase = as(colleague, () -> registered(today.minusDays(3), "Әріптесова", "Дана"));
    othersCase = new CaseloadFixture(jdbc, users, persons, cases)
        .caseRegistered(today.minusDays(40));
    sweep.sweep();
  }

  @Test
  void anOfficersFileHoldsTheirOwnCasesWithRiskIndexPlanAndReferrals() throws Exception {
    List<Map<String, String>> rows = csv(export(officer, "en", "/caseload.csv"));

    // In case-number order (region, year, serial), whatever the page's urgency order.
    assertThat(numbers(rows)).containsExactlyElementsOf(sorted(fresh, late, soon, referred))
        .doesNotContain(number(colleaguesCase), number(othersCase));
    Map<String, String> lateRow = byNumber(rows, late);
    assertThat(lateRow).containsEntry("Risk level", "R3")
        .containsEntry("Integral index (0–10)", "1")
        .containsEntry("Critical failures (R3)", "Documents, Plan and routing")
        .containsEntry("Individual plan", "Overdue")
        .containsEntry("Kind of probation", "Sentence probation")
        .containsEntry("State", "Active")
        .containsEntry("Person", "Кешікова Гүлнар")
        .containsEntry("Registered on", LocalDate.now(clock).minusDays(40).toString())
        .containsEntry("Next milestone", "Day 60: income or a job track")
        .containsEntry("Officer", officer.fullName())
        .containsEntry("KATO code", officer.territoryCode())
        .doesNotContainKey("IIN");
    assertThat(lateRow.get("District")).startsWith("Test district ");
    assertThat(byNumber(rows, fresh)).containsEntry("Risk level", "R2")
        .containsEntry("Integral index (0–10)", "5")
        .containsEntry("Individual plan", "Being drawn up")
        .containsEntry("Open referrals", "0");
    assertThat(byNumber(rows, referred)).containsEntry("Open referrals", "1")
        .containsEntry("Overdue referrals", "1")
        .containsEntry("Overdue since", LocalDate.now(clock).minusDays(2).toString());
  }

  @Test
  void theUnitViewAddsTheColleaguesCasesButNeverAnotherDistricts() throws Exception {
    List<Map<String, String>> rows = csv(export(officer, "en", "/caseload.csv", "view",
        "unit"));

    assertThat(numbers(rows)).contains(number(fresh), number(colleaguesCase))
        .doesNotContain(number(othersCase));
  }

  @Test
  void aHeadsWorkbookHoldsTheTerritoryWithNumbersAsNumbersAndNothingOutside()
      throws Exception {
    Actor head = user(Role.PROBATION_HEAD);

    MockHttpServletResponse response = export(head, "ru", "/caseload.xlsx");

    assertThat(response.getContentType()).startsWith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
        .contains(".xlsx");
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Дела");
      List<String> header = texts(sheet.getRow(0));
      assertThat(header).startsWith("Номер дела", "Вид пробации", "Состояние", "Лицо", "Код КАТО");
      List<String> numbers = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        numbers.add(sheet.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(numbers).containsExactlyInAnyOrder(number(fresh), number(late), number(soon),
          number(referred), number(colleaguesCase));
      Row lateRow = sheet.getRow(numbers.indexOf(number(late)) + 1);
      var index = lateRow.getCell(header.indexOf("Интегральный индекс (0–10)"));
      assertThat(index.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(index.getNumericCellValue()).isEqualTo(1.0);
      assertThat(lateRow.getCell(header.indexOf("Дата постановки на учёт")).getStringCellValue())
          .isEqualTo(LocalDate.now(clock).minusDays(40).toString());
      assertThat(lateRow.getCell(header.indexOf("Индивидуальный план")).getStringCellValue())
          .isEqualTo("Просрочен");
    }
    // The head may narrow it to one officer, as on the page.
    assertThat(numbers(csv(export(head, "en", "/caseload.csv", "officer",
        colleague.userId().toString())))).containsExactly(number(colleaguesCase));
  }

  @Test
  void aHeadNarrowsTheFileToADistrictAndADistrictOutsideTheReachFindsNothing()
      throws Exception {
    Actor head = user(Role.PROBATION_HEAD);
    String othersDistrict = jdbc.sql("select territory_code from probation_case where id = :id")
        .param("id", othersCase).query(String.class).single();

    assertThat(numbers(csv(export(head, "en", "/caseload.csv", "territory",
        officer.territoryCode())))).contains(number(fresh), number(colleaguesCase));
    assertThat(csv(export(head, "en", "/caseload.csv", "territory", othersDistrict))).isEmpty();
    assertThat(exportsOf(head)).allSatisfy(detail -> assertThat(detail)
        .contains(", territory "));
    mvc.perform(MockMvcRequestBuilders.get("/api/v1/caseload.csv").param("territory", "35x")
            .header("Accept-Language", "en").with(as(head)))
        .andExpect(status().isBadRequest())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
            .jsonPath("$.errors[0].field").value("territory"));
  }

  @Test
  void theFiltersOfThePageAreHonoured() throws Exception {
    assertThat(numbers(csv(export(officer, "en", "/caseload.csv", "risk", "R3"))))
        .containsExactlyInAnyOrder(number(late), number(soon));
    assertThat(numbers(csv(export(officer, "en", "/caseload.csv", "due", "week"))))
        .contains(number(soon), number(fresh)).doesNotContain(number(late));
    assertThat(numbers(csv(export(officer, "en", "/caseload.csv", "q", "жақынова ұлжан"))))
        .containsExactly(number(soon));

    as(officer, () -> {
      CaseView.Full card = (CaseView.Full) cases.get(fresh);
      return cases.transition(fresh, new CaseService.Transition(card.version(),
          CaseState.CLOSED, LocalDate.now(clock), "Мерзімі аяқталды", CaseOutcome.COMPLETED));
    });
    assertThat(numbers(csv(export(officer, "en", "/caseload.csv"))))
        .doesNotContain(number(fresh)).contains(number(late));
    List<Map<String, String>> closed = csv(export(officer, "en", "/caseload.csv", "state",
        "CLOSED"));
    assertThat(numbers(closed)).containsExactly(number(fresh));
    assertThat(closed.getFirst()).containsEntry("State", "Closed")
        .containsEntry("Individual plan", "Case closed")
        .containsEntry("Integral index (0–10)", "");
    assertThat(numbers(csv(export(officer, "en", "/caseload.csv", "state", "all"))))
        .contains(number(fresh), number(late), number(soon), number(referred));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kk|Іс нөмірі,Пробация түрі,Күйі,Тұлға,ӘАОЖ (КАТО) коды,Аудан,Инспектор",
      "ru|Номер дела,Вид пробации,Состояние,Лицо,Код КАТО,Район,Инспектор",
      "en|Case number,Kind of probation,State,Person,KATO code,District,Officer"})
  void theHeadersAreInTheReadersLanguageOrTheOneAsked(String language, String header)
      throws Exception {
    String file = export(officer, language, "/caseload.csv").getContentAsString(
        StandardCharsets.UTF_8);
    assertThat(file).startsWith("\uFEFF" + header + ",");
    String asked = export(officer, "en", "/caseload.csv", "lang", language)
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(asked).startsWith("\uFEFF" + header + ",");
  }

  @Test
  void theIinIsInTheFileOnlyWhenAskedAndTheAuditSaysSo() throws Exception {
    String iin = jdbc.sql("""
            select p.iin from person p join probation_case c on c.person_id = p.id
            where c.id = :id""").param("id", late).query(String.class).single();

    assertThat(export(officer, "en", "/caseload.csv").getContentAsString(StandardCharsets.UTF_8))
        .doesNotContain(iin);
    List<Map<String, String>> rows = csv(export(officer, "en", "/caseload.csv", "iin", "true"));
    assertThat(byNumber(rows, late)).containsEntry("IIN", iin);
    assertThat(exportsOf(officer)).anySatisfy(detail -> assertThat(detail)
        .startsWith("caseload export, csv with IIN: own cases"));
  }

  @Test
  void anExportIsOneAuditEntryNamingTheFilterWithTheCasesIdsNotARowPerCase()
      throws Exception {
    long caseRowsBefore = auditRows(late);

    export(officer, "en", "/caseload.xlsx", "q", "кешікова");

    List<String> details = exportsOf(officer);
    assertThat(details).containsExactly("caseload export, xlsx: own cases, state open, "
        + "search by name; 1 case (ids in caseload_export_case, 1 chunk)");
    UUID exportId = jdbc.sql("""
            select record_id from audit_event
             where record_type = 'CASELOAD_EXPORT' and user_id = :user and action = 'EXPORT'""")
        .param("user", officer.userId()).query(UUID.class).single();
    assertThat(exportedIds(exportId)).containsExactly(late);
    assertThat(auditRows(late)).isEqualTo(caseRowsBefore);
    // "Which exports carried this case" is one indexed query.
    assertThat(jdbc.sql("""
            select count(*) from caseload_export_case where case_ids @> array[:id]::uuid[]""")
        .param("id", late).query(Long.class).single()).isEqualTo(1);

    export(officer, "en", "/caseload.csv");
    assertThat(exportsOf(officer)).hasSize(2)
        .anySatisfy(detail -> assertThat(detail).startsWith("caseload export, csv: own cases,")
            .contains("; 4 cases"));
  }

  @Test
  void theApiAnswersTheSameFile() throws Exception {
    List<Map<String, String>> rows = csv(export(officer, "en", "/api/v1/caseload.csv"));
    assertThat(numbers(rows)).containsExactlyElementsOf(sorted(fresh, late, soon, referred));
    MockHttpServletResponse workbook = export(officer, "kk", "/api/v1/caseload.xlsx");
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook.getContentAsByteArray()))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Іс нөмірі");
      assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(4);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ru|/caseload.csv|Выберите состояние из списка или ALL",
      "kk|/api/v1/caseload.xlsx|Тізімнен күйді таңдаңыз",
      "en|/caseload.xlsx|Choose a state from the list, or ALL"})
  void aBadFilterIsAProblemInTheReadersLanguageAndNoFile(String language, String path,
      String stateMessage) throws Exception {
    MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)
            .param("state", "OPENED").param("risk", "R9").param("due", "tomorrow")
            .param("view", "everything").param("lang", "fr")
            .header("Accept-Language", language).with(as(officer)))
        .andExpect(status().isBadRequest()).andReturn().getResponse();

    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getHeader("Content-Disposition")).isNull();
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).contains("\"field\":\"state\"", "\"field\":\"risk\"", "\"field\":\"due\"",
        "\"field\":\"view\"", "\"field\":\"lang\"", stateMessage);
    assertThat(exportsOf(officer)).isEmpty();
  }

  @Test
  void aSearchTheRegisterRefusesIsAProblemBeforeAnyByte() throws Exception {
    MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/caseload.csv")
            .param("q", "a b c d e f g h i j k l").header("Accept-Language", "en")
            .with(as(officer)))
        .andExpect(status().isBadRequest()).andReturn().getResponse();

    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getHeader("Content-Disposition")).isNull();
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"q\"");
    assertThat(exportsOf(officer)).isEmpty();
  }

  @Test
  void otherRolesAreRefused() throws Exception {
    for (Role role : List.of(Role.PROSECUTOR, Role.POLICE_INSPECTOR, Role.ANALYST)) {
      Actor someone = new Actor(UUID.randomUUID(), "ce.refused", "Synthetic " + role, role,
          null, officer.territoryCode());
      mvc.perform(MockMvcRequestBuilders.get("/caseload.csv").with(as(someone)))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void theRegisterHandsTheCasesOverInChunksInCaseNumberOrder() {
    List<List<String>> chunks = new ArrayList<>();
    long count = as(officer, () -> new TransactionTemplate(transactions).execute(status ->
        cases.export(new CaseService.CaseFilter(null, null, true, null, null, null), true, 3,
            chunk -> chunks.add(chunk.stream().map(CaseSummary::caseNumber).toList()))));

    assertThat(count).isEqualTo(4);
    assertThat(chunks).hasSize(2);
    assertThat(chunks.get(0)).hasSize(3);
    assertThat(chunks.stream().flatMap(List::stream).toList())
        .containsExactlyElementsOf(sorted(fresh, late, soon, referred));
  }

  // ---------------------------------------------------------------- helpers

  private MockHttpServletResponse export(Actor actor, String language, String path,
      String... params) throws Exception {
    var request = MockMvcRequestBuilders.get(path).with(as(actor))
        .header("Accept-Language", language);
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
  }

  /** RFC 4180 as the export writes it: a BOM, a header line, quoted fields where needed. */
  private static List<Map<String, String>> csv(MockHttpServletResponse response)
      throws Exception {
    assertThat(response.getContentType()).startsWith("text/csv");
    String text = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        lines.add(fields);
        fields = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field).as("the file ends with CRLF").isEmpty();
    List<String> header = lines.getFirst();
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> line : lines.subList(1, lines.size())) {
      assertThat(line).hasSameSizeAs(header);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), line.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> numbers(List<Map<String, String>> rows) {
    return rows.stream().map(r -> r.getOrDefault("Case number", r.get("Іс нөмірі"))).toList();
  }

  private Map<String, String> byNumber(List<Map<String, String>> rows, UUID caseId) {
    String number = number(caseId);
    return rows.stream().filter(r -> number.equals(r.get("Case number"))).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + number));
  }

  private List<String> sorted(UUID... caseIds) {
    return Arrays.stream(caseIds).map(this::number).sorted().toList();
  }

  private String number(UUID caseId) {
    return jdbc.sql("select case_number from probation_case where id = :id")
        .param("id", caseId).query(String.class).single();
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  private List<String> exportsOf(Actor actor) {
    return jdbc.sql("""
            select detail from audit_event
             where record_type = 'CASELOAD_EXPORT' and user_id = :user and action = 'EXPORT'
             order by id""")
        .param("user", actor.userId()).query(String.class).list();
  }

  private Set<UUID> exportedIds(UUID exportId) {
    return jdbc.sql("select case_ids from caseload_export_case where export_id = :id")
        .param("id", exportId)
        .query((rs, n) -> Arrays.asList((UUID[]) rs.getArray("case_ids").getArray()))
        .list().stream().flatMap(List::stream).collect(Collectors.toSet());
  }

  private long auditRows(UUID caseId) {
    return jdbc.sql("select count(*) from audit_event where record_id = :id")
        .param("id", caseId).query(Long.class).single();
  }

  private static AssessmentInput assessment(Domain domain, int score, String evidence) {
    boolean closed = score == 2;
    return new AssessmentInput(domain, score, evidence, null, closed, closed, false, false,
        false, closed, closed, false, null, null, null, null, null, null);
  }

  private void overdueReferral(UUID caseId) {
    UUID organisation = Fixtures.organisation(jdbc, "EMPLOYMENT_CENTRE", officer.territoryCode());
    Instant now = clock.instant();
    jdbc.sql("""
            insert into referral (id, case_id, domain, action_code, action_kk, action_ru,
                action_en, organisation_id, priority, created_by, created_at, due_at, state,
                state_at)
            values (:id, :caseId, 'ECONOMIC', 'JOB_SEARCH', 'Жұмыс іздеу', 'Поиск работы',
                'Job search', :organisation, 'NORMAL', :by, :created, :due, 'SENT', :created)""")
        .param("id", UUID.randomUUID()).param("caseId", caseId)
        .param("organisation", organisation).param("by", officer.userId())
        .param("created", Timestamp.from(now.minus(10, ChronoUnit.DAYS)))
        .param("due", Timestamp.from(now.minus(2, ChronoUnit.DAYS)))
        .update();
  }

  /** A case of a synthetic person registered by the signed-in officer in their district. */
  private UUID registered(LocalDate on, String lastName, String firstName) {
    String district = officer.territoryCode();
    var person = persons.create(new PersonService.PersonInput(new PersonDetails(
        Fixtures.unusedIin(jdbc), lastName, firstName, null, "KZ",
        new Address(district, "ул. Тестовая, 4"), null, null, 0, null, null, null, district),
        null, null));
    return cases.create(new CaseService.NewCase(person.id(), ProbationKind.SENTENCE, on,
        new CaseTerms(LegalBasis.CONDITIONAL_SENTENCE, null, on.minusDays(5), on.plusYears(1),
            null), district, null)).id();
  }

  private Actor user(Role role) {
    UUID organisation = Fixtures.organisation(jdbc, "PROBATION_UNIT", officer.territoryCode());
    var created = users.create(new UserAdministration.UserForm(
        "ce." + UUID.randomUUID().toString().substring(0, 8), "Synthetic " + role, role,
        organisation, officer.territoryCode(), true, "a-long-password", null)).user();
    return new Actor(created.id(), created.username(), created.fullName(), created.role(),
        created.organisationId(), created.territoryCode());
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor as(
      Actor actor) {
    var principal = JolPrincipal.of(actor);
    return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
        principal.getAuthorities()));
  }
}
