package kz.jol.routing.web;

import static kz.jol.support.AdminPages.as;
import static kz.jol.support.AdminPages.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kz.jol.access.Role;
import kz.jol.routing.application.EscalationService;
import kz.jol.routing.application.RoutingMatrixService;
import kz.jol.routing.domain.LadderStep;
import kz.jol.routing.domain.RoutingMatrix;
import kz.jol.routing.domain.RoutingRule;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's routing-matrix and escalation-ladder editors. Routing tests count on the default
 * matrix and ladder, so each test runs in a transaction that is rolled back (MockMvc serves on
 * the test's thread).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RoutingAdminPagesTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RoutingMatrixService matrix;
  @Autowired EscalationService escalations;

  String admin = AdminPages.username("matrix-admin");

  /** The form of the matrix in force, as the page posts it. */
  MockHttpServletRequestBuilder matrixForm(RoutingMatrix current) {
    MockHttpServletRequestBuilder post = post("/admin/routing-matrix")
        .with(as(Role.ADMIN, admin)).with(csrf())
        .param("baseVersion", String.valueOf(current.version())).param("note", "Test change");
    List<RoutingRule> rules = current.rules();
    for (int i = 0; i < rules.size(); i++) {
      RoutingRule r = rules.get(i);
      String p = "rules[" + i + "].";
      post.param(p + "domain", r.domain().name()).param(p + "level", r.level().name())
          .param(p + "actionCode", r.actionCode()).param(p + "actionKk", r.actionKk())
          .param(p + "actionRu", r.actionRu()).param(p + "actionEn", r.actionEn())
          .param(p + "targetType", r.targetType().name())
          .param(p + "deadlineAmount", String.valueOf(r.deadline().amount()))
          .param(p + "deadlineUnit", r.deadline().unit().name())
          .param(p + "targetAmount", r.target() == null ? "" : "" + r.target().amount())
          .param(p + "targetUnit", r.target() == null ? "" : r.target().unit().name())
          .param(p + "priority", r.priority().name());
    }
    return post;
  }

  int housingRow(RoutingMatrix current) {
    for (int i = 0; i < current.rules().size(); i++) {
      if (current.rules().get(i).actionCode().equals("SAFE_PLACEMENT")) {
        return i;
      }
    }
    throw new IllegalStateException("the default matrix places people in a crisis centre");
  }

  @Test
  void theAdminSeesTheRulesInForceAndTheirVersions() throws Exception {
    RoutingMatrix current = matrix.current();
    mvc.perform(get("/admin/routing-matrix").param("lang", "en").with(as(Role.ADMIN, admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Routing matrix")))
        .andExpect(content().string(containsString("value=\"SAFE_PLACEMENT\"")))
        .andExpect(content().string(containsString(
            "name=\"rules[" + (current.rules().size() - 1) + "].priority\"")))
        .andExpect(content().string(containsString("Save as version " + (current.version() + 1))))
        .andExpect(content().string(containsString("Defaults from seed 001")));
    mvc.perform(get("/admin/routing-matrix/versions/1").param("lang", "ru")
            .with(as(Role.ADMIN, admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Матрица маршрутизации, версия 1")))
        .andExpect(content().string(containsString("Безопасное размещение")));
    mvc.perform(get("/admin/routing-matrix/versions/9999").with(as(Role.ADMIN, admin)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aChangedDeadlineIsSavedAsTheNextVersionWithItsAuthorAndNote() throws Exception {
    RoutingMatrix current = matrix.current();
    int row = housingRow(current);
    mvc.perform(matrixForm(current).with(set("rules[" + row + "].deadlineAmount", "36"))
            .with(set("note", "Crisis centres answer within 36 hours")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/routing-matrix"))
        .andExpect(flash().attribute("saved", current.version() + 1));
    RoutingMatrix saved = matrix.current();
    assertThat(saved.version()).isEqualTo(current.version() + 1);
    assertThat(saved.rules()).hasSameSizeAs(current.rules());
    assertThat(saved.rules().stream().filter(r -> r.actionCode().equals("SAFE_PLACEMENT"))
        .findFirst().orElseThrow().deadline().amount()).isEqualTo(36);
    RoutingMatrixService.VersionInfo info = matrix.versions().getFirst();
    assertThat(info.createdBy()).isEqualTo(admin);
    assertThat(info.note()).isEqualTo("Crisis centres answer within 36 hours");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|From 1 to 744.|This field is required.",
      "ru|От 1 до 744.|Это поле обязательно.",
      "kk|1 бастап 744 дейін.|Бұл өрісті толтыру міндетті."})
  void wrongRowsAreRefusedBesideTheirFieldsInTheUsersLanguageAndNothingIsSaved(String lang,
      String rangeProblem, String requiredProblem) throws Exception {
    RoutingMatrix current = matrix.current();
    int row = housingRow(current);
    mvc.perform(matrixForm(current).param("lang", lang)
            .with(set("rules[" + row + "].deadlineAmount", "0"))
            .with(set("rules[" + row + "].actionKk", " ")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString(rangeProblem)))
        .andExpect(content().string(containsString(requiredProblem)))
        // the amount the admin typed comes back, beside its error
        .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*name=\"rules\\["
            + row + "\\]\\.deadlineAmount\"\\s+value=\"0\"[^>]*aria-invalid=\"true\".*")));
    assertThat(matrix.current().version()).isEqualTo(current.version());
  }

  @Test
  void lettersInANumberAreRefusedNotFailed() throws Exception {
    RoutingMatrix current = matrix.current();
    mvc.perform(matrixForm(current).param("lang", "en").with(set("rules[0].deadlineAmount", "abc")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("This value is not valid.")));
    assertThat(matrix.current().version()).isEqualTo(current.version());
  }

  @Test
  void aStaleVersionSaysSomeoneElseChangedTheMatrix() throws Exception {
    RoutingMatrix current = matrix.current();
    mvc.perform(matrixForm(current).param("lang", "en")
            .with(set("baseVersion", String.valueOf(current.version() - 1))))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString(
            "The matrix was changed by someone else; reload and try again.")));
    assertThat(matrix.current().version()).isEqualTo(current.version());
  }

  @Test
  void rowsAreAddedAndRemovedOnThePageWithoutSaving() throws Exception {
    RoutingMatrix current = matrix.current();
    int size = current.rules().size();
    mvc.perform(matrixForm(current).param("lang", "en").param("addRow", "1"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"rules[" + size + "].domain\"")));
    mvc.perform(matrixForm(current).param("lang", "en").param("removeRow", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("name=\"rules[" + (size - 2) + "].domain\"")))
        .andExpect(content().string(org.hamcrest.Matchers.not(
            containsString("name=\"rules[" + (size - 1) + "].domain\""))));
    assertThat(matrix.current().version()).isEqualTo(current.version());
  }

  MockHttpServletRequestBuilder ladderForm(EscalationService.LadderView ladder) {
    MockHttpServletRequestBuilder post = post("/admin/escalation-ladder")
        .with(as(Role.ADMIN, admin)).with(csrf())
        .param("baseVersion", String.valueOf(ladder.version())).param("note", "Test ladder");
    for (int i = 0; i < ladder.steps().size(); i++) {
      LadderStep s = ladder.steps().get(i);
      post.param("steps[" + i + "].reach", s.reach().name())
          .param("steps[" + i + "].organisationType", s.organisationType().name())
          .param("steps[" + i + "].answerHours", String.valueOf(s.answerHours()));
    }
    return post;
  }

  @Test
  void theLadderIsShownAndSavedAsTheNextVersion() throws Exception {
    EscalationService.LadderView ladder = escalations.ladder();
    mvc.perform(get("/admin/escalation-ladder").param("lang", "kk").with(as(Role.ADMIN, admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Эскалация сатысы")))
        .andExpect(content().string(containsString("name=\"steps[0].answerHours\"")));
    mvc.perform(ladderForm(ladder).with(set("steps[1].answerHours", "24")))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/admin/escalation-ladder"));
    EscalationService.LadderView saved = escalations.ladder();
    assertThat(saved.version()).isEqualTo(ladder.version() + 1);
    assertThat(saved.createdBy()).isEqualTo(admin);
    assertThat(saved.steps().get(1).answerHours()).isEqualTo(24);
  }

  @Test
  void pastVersionsOfTheLadderAreListedAndShownReadOnly() throws Exception {
    EscalationService.LadderView before = escalations.ladder();
    mvc.perform(ladderForm(before).with(set("steps[0].answerHours", "12"))
            .with(set("note", "Akimats answer within 12 hours")))
        .andExpect(status().isFound());
    int now = before.version() + 1;
    mvc.perform(get("/admin/escalation-ladder").param("lang", "en").with(as(Role.ADMIN, admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"versions\"")))
        .andExpect(content().string(containsString(
            "href=\"/admin/escalation-ladder/versions/" + before.version() + "\"")))
        .andExpect(content().string(containsString("Akimats answer within 12 hours")))
        .andExpect(content().string(containsString(admin)));
    String old = String.valueOf(before.steps().getFirst().answerHours());
    mvc.perform(get("/admin/escalation-ladder/versions/" + before.version()).param("lang", "ru")
            .with(as(Role.ADMIN, admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(
            "Лестница эскалации, версия " + before.version())))
        .andExpect(content().string(containsString("<td>" + old + "</td>")))
        .andExpect(content().string(not(containsString("<form method=\"post\" action=\"/admin"))))
        .andExpect(content().string(not(containsString("name=\"steps[0].answerHours\""))));
    String inForce = mvc.perform(get("/admin/escalation-ladder/versions/" + now)
            .param("lang", "en").with(as(Role.ADMIN, admin)))
        .andReturn().getResponse().getContentAsString();
    assertThat(inForce).contains("<td>12</td>", "in force");
    assertThat(mvc.perform(get("/admin/escalation-ladder/versions/9999")
        .with(as(Role.ADMIN, admin))).andReturn().getResponse().getStatus()).isEqualTo(404);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|From 1 to 744 hours.", "ru|От 1 до 744 часов.", "kk|1 сағаттан 744 сағатқа дейін."})
  void aWrongLevelIsRefusedBesideItsFieldAndNothingIsSaved(String lang, String problem)
      throws Exception {
    EscalationService.LadderView ladder = escalations.ladder();
    mvc.perform(ladderForm(ladder).param("lang", lang).with(set("steps[0].answerHours", "1000")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString(problem)))
        .andExpect(content().string(containsString("value=\"1000\"")));
    mvc.perform(ladderForm(ladder).param("lang", "en")
            .with(set("baseVersion", String.valueOf(ladder.version() + 3))))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("The ladder was changed by someone else")));
    assertThat(escalations.ladder().version()).isEqualTo(ladder.version());
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, mode = EnumSource.Mode.EXCLUDE, names = "ADMIN")
  void onlyAnAdminOpensOrChangesTheMatrixAndTheLadder(Role role) throws Exception {
    RoutingMatrix current = matrix.current();
    for (String page : List.of("/admin/routing-matrix", "/admin/routing-matrix/versions/1",
        "/admin/escalation-ladder", "/admin/escalation-ladder/versions/1")) {
      mvc.perform(get(page).with(as(role, "someone"))).andExpect(status().isForbidden());
    }
    mvc.perform(matrixForm(current).with(as(role, "someone")))
        .andExpect(status().isForbidden());
    mvc.perform(ladderForm(escalations.ladder()).with(as(role, "someone")))
        .andExpect(status().isForbidden());
    assertThat(matrix.current().version()).isEqualTo(current.version());
  }
}
