package kz.jol.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.calendar.WorkingDays;
import kz.jol.database.EmbeddedDatabase;
import kz.jol.organisation.OrganisationType;
import kz.jol.register.Iin;
import kz.jol.reintegration.application.ReintegrationService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Loads the demo dataset once into the test database, through the real services, and checks it
 * against seed 001's survey and the issue: every organisation type, one user per role, 200
 * synthetic women with valid IINs; and their reintegration: back-dated assessments, plans,
 * and a sweep that leaves a varied caseload rather than one where every case is critical.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataLoaderTest {

  @Autowired DemoDataLoader loader;
  @Autowired JdbcClient jdbc;
  @Autowired UserAdministration users;
  @Autowired PasswordEncoder passwords;
  @Autowired ObjectProvider<EmbeddedDatabase> embedded;
  @Autowired ReintegrationService reintegration;
  @Autowired WorkingDays workingDays;
  @Autowired Clock clock;
  @Autowired kz.jol.interaction.CouncilFigures councils;

  DemoDataLoader.DemoSummary summary;

  /** Who carries out a plan action of each domain. */
  static final Map<String, Set<OrganisationType>> RESPONSIBLE = Map.of(
      "LEGAL", Set.of(OrganisationType.PUBLIC_SERVICE_CENTRE),
      "HOUSING", Set.of(OrganisationType.AKIMAT_DEPARTMENT, OrganisationType.CRISIS_CENTRE),
      "ECONOMIC", Set.of(OrganisationType.EMPLOYMENT_CENTRE),
      "HEALTH", Set.of(OrganisationType.HEALTH_CLINIC),
      "INSTITUTIONAL", Set.of(OrganisationType.NGO, OrganisationType.AKIMAT_DEPARTMENT));

  @BeforeAll
  void loadOnce() {
    summary = loader.load();
  }

  @Test
  void thePublicPortalHasTheDemoTablesOfKaragandaRegionWithNoSmallCountShown() {
    var published = jdbc.sql("""
            select id from publication
             where territory_code = '350000000' and state = 'PUBLISHED'""")
        .query(java.util.UUID.class).list();
    assertThat(published).hasSizeGreaterThanOrEqualTo(2);
    long shownSmall = jdbc.sql("""
            select count(*) from publication_cell
             where publication_id = any(:ids) and not hidden and raw_count between 1 and 9""")
        .param("ids", published.toArray(java.util.UUID[]::new)).query(Long.class).single();
    assertThat(shownSmall).isZero();
    long cases = jdbc.sql("""
            select raw_count from publication_cell c join publication p on p.id = c.publication_id
             where p.id = any(:ids) and p.table_kind = 'CASES_BY_KIND'
               and c.row_key = 'TOTAL' and c.column_key = 'TOTAL'""")
        .param("ids", published.toArray(java.util.UUID[]::new)).query(Long.class).single();
    assertThat(cases).as("the demo's cases of the last 12 months").isPositive();
    assertThat(jdbc.sql("""
            select table_kind from publication
             where id = any(:ids) and table_kind like 'INDICATOR%'""")
        .param("ids", published.toArray(java.util.UUID[]::new)).query(String.class).list())
        .as("indicators of the catalogue").containsExactlyInAnyOrder(
            "INDICATOR_SLA_COMPLIANCE", "INDICATOR_ASKED_FOR_HELP");
  }

  @Test
  void organisationsOfEveryTypeAndOneUserPerRole() {
    Set<OrganisationType> types = jdbc.sql("""
            select distinct type from organisation where email like '%@demo.jol.example'""")
        .query((rs, n) -> OrganisationType.valueOf(rs.getString(1))).set();
    assertThat(types).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(OrganisationType.class));
    Set<Role> roles = summary.users().stream().map(DemoDataLoader.DemoUser::role)
        .collect(Collectors.toSet());
    // Partner systems are API clients with a generated secret, issued by an administrator.
    assertThat(roles).containsExactlyInAnyOrderElementsOf(
        EnumSet.complementOf(EnumSet.of(Role.PARTNER_SYSTEM)));
    String hash = jdbc.sql("select password_hash from app_user where username = 'officer'")
        .query(String.class).single();
    assertThat(passwords.matches(DemoDataLoader.PASSWORD, hash)).isTrue();
  }

  @Test
  void twoHundredSyntheticWomenWithValidIinsAndOneCaseEach() {
    List<String> iins = column("iin");
    assertThat(iins).hasSize(200).doesNotHaveDuplicates();
    assertThat(iins).allSatisfy(iin -> {
      assertThat(Iin.isValid(iin)).isTrue();
      assertThat(iin.charAt(6)).isIn('4', '6');
      assertThat(iin.charAt(7)).isEqualTo('9');
    });
    assertThat(summary.cases()).isEqualTo(200);
    Integer cases = jdbc.sql("select count(*) from probation_case where person_id = any(:ids)")
        .param("ids", summary.personIds().toArray(UUID[]::new)).query(Integer.class).single();
    assertThat(cases).isEqualTo(200);
  }

  @Test
  void theProfileFollowsTheSurveyOfSeed001() {
    Map<String, Long> education = counts("education");
    assertThat(education).containsExactlyInAnyOrderEntriesOf(
        Map.of("VOCATIONAL", 92L, "SECONDARY", 82L, "HIGHER", 26L));
    assertThat(counts("employment_before_conviction")).containsExactlyInAnyOrderEntriesOf(
        Map.of("INFORMAL", 104L, "UNEMPLOYED", 66L, "EMPLOYED", 30L));
    Long withChildren = jdbc.sql("""
            select count(*) from person where id = any(:ids) and children_under_18 > 0""")
        .param("ids", summary.personIds().toArray(UUID[]::new)).query(Long.class).single();
    assertThat(withChildren).isEqualTo(144);
    Map<String, Long> ages = jdbc.sql("""
            select case when a between 21 and 30 then '21-30' when a between 31 and 40 then '31-40'
                        when a between 41 and 50 then '41-50' else 'other' end, count(*)
              from (select extract(year from age(current_date, birth_date))::int as a
                      from person where id = any(:ids)) ages
             group by 1""")
        .param("ids", summary.personIds().toArray(UUID[]::new))
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(ages).containsExactlyInAnyOrderEntriesOf(
        Map.of("31-40", 88L, "21-30", 56L, "41-50", 40L, "other", 16L));
  }

  @Test
  void casesOlderThanThreeDaysHaveEveryDomainAssessedSomeBackDatedAndReassessed() {
    List<Integer> domainsAssessed = jdbc.sql("""
            select (select count(distinct a.domain) from domain_assessment a where a.case_id = c.id)
              from probation_case c
             where c.person_id = any(:ids) and c.registration_date < current_date - 3""")
        .param("ids", ids()).query(Integer.class).list();
    assertThat(domainsAssessed).hasSizeGreaterThan(150).containsOnly(5);
    Map<String, Long> history = jdbc.sql("""
            select count(*) as assessments,
                   count(*) filter (where a.assessed_on < current_date) as back_dated,
                   count(*) filter (where a.score = 2 and a.evidence is null) as twos_without_evidence,
                   count(distinct (a.case_id, a.domain)) filter (where a.score = 2) as closed_domains
              from domain_assessment a join probation_case c on c.id = a.case_id
             where c.person_id = any(:ids)""")
        .param("ids", ids())
        .query((rs, n) -> Map.of("assessments", rs.getLong(1), "backDated", rs.getLong(2),
            "twosWithoutEvidence", rs.getLong(3), "closedDomains", rs.getLong(4)))
        .single();
    assertThat(history.get("assessments")).isGreaterThan(5L * 190); // re-assessed as they progress
    assertThat(history.get("backDated")).isGreaterThan(history.get("assessments") * 9 / 10);
    assertThat(history.get("twosWithoutEvidence")).isZero();
    assertThat(history.get("closedDomains")).isGreaterThan(200);
  }

  @Test
  void mostCasesPastTheirPlanDueDayHaveAnApprovedPlanAndAFewAreOverdue() {
    Map<String, Integer> plans = new java.util.HashMap<>();
    jdbc.sql("""
            select c.registration_date, p.state
              from probation_case c left join reintegration_plan p on p.case_id = c.id
             where c.person_id = any(:ids) and c.state <> 'CLOSED'""")
        .param("ids", ids())
        .query((rs, n) -> {
          LocalDate due = workingDays.addWorkingDays(rs.getObject(1, LocalDate.class),
              ReintegrationService.PLAN_DUE_WORKING_DAYS);
          if (LocalDate.now(clock).isAfter(due)) {
            String state = rs.getString(2);
            plans.merge(state == null ? "NONE" : state, 1, Integer::sum);
          }
          return null;
        }).list();
    int pastDue = plans.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(pastDue).isGreaterThan(150);
    assertThat(plans.getOrDefault("APPROVED", 0)).isGreaterThanOrEqualTo(pastDue * 3 / 4);
    assertThat(plans.getOrDefault("DRAFT", 0)).isPositive();
    assertThat(plans.getOrDefault("NONE", 0)).isPositive();
  }

  @Test
  void planActionsGoToAnOrganisationOfTheDomainServingTheCaseAndSomeAreDone() {
    List<Map<String, Object>> actions = jdbc.sql("""
            select a.domain, o.type, o.territory_code, c.territory_code as case_territory,
                   a.status, a.outcome, p.id as plan
              from plan_action a join reintegration_plan p on p.id = a.plan_id
              join probation_case c on c.id = p.case_id
              join organisation o on o.id = a.responsible_organisation_id
             where c.person_id = any(:ids)""")
        .param("ids", ids()).query().listOfRows();
    assertThat(actions).allSatisfy(a -> {
      assertThat(RESPONSIBLE.get((String) a.get("domain")))
          .contains(OrganisationType.valueOf((String) a.get("type")));
      assertThat((String) a.get("territory_code"))
          .isIn(a.get("case_territory"), DemoDataLoader.KARAGANDA_REGION);
    });
    Map<Object, Long> perPlan = actions.stream()
        .collect(Collectors.groupingBy(a -> a.get("plan"), Collectors.counting()));
    assertThat(perPlan.values()).allSatisfy(n -> assertThat(n).isBetween(2L, 5L));
    assertThat(actions).filteredOn(a -> "DONE".equals(a.get("status")))
        .hasSizeGreaterThan(50)
        .allSatisfy(a -> assertThat((String) a.get("outcome")).isNotBlank());
  }

  @Test
  void partOfTheCaseloadIsSupervisedWithAWantedPersonAMissedCheckInAndDuties() {
    long scheduled = jdbc.sql("""
            select count(*) from check_in_schedule s join probation_case c on c.id = s.case_id
             where c.person_id = any(:ids)""")
        .param("ids", ids()).query(Long.class).single();
    assertThat(scheduled).isBetween(30L, 120L);
    assertThat(jdbc.sql("""
            select count(*) from probation_case c
             where c.person_id = any(:ids) and c.state = 'WANTED'
               and exists (select 1 from supervision_event e
                            where e.case_id = c.id and e.kind = 'WANTED_DECLARED')""")
        .param("ids", ids()).query(Long.class).single()).isGreaterThanOrEqualTo(1L);
    assertThat(jdbc.sql("""
            select count(*) from expected_check_in x join probation_case c on c.id = x.case_id
             where c.person_id = any(:ids) and x.state in ('MISSED', 'FLAGGED_MISSED')""")
        .param("ids", ids()).query(Long.class).single()).isGreaterThanOrEqualTo(1L);
    assertThat(jdbc.sql("""
            select count(distinct d.case_id) from supervision_duty d
              join probation_case c on c.id = d.case_id where c.person_id = any(:ids)""")
        .param("ids", ids()).query(Long.class).single()).isEqualTo(scheduled);
    // Someone found again, and some cases gone silent long enough for an alert.
    assertThat(jdbc.sql("""
            select count(*) from supervision_event_facts f join probation_case c
                on c.id = f.case_id
             where c.person_id = any(:ids) and f.found_how = 'DETAINED_BY_POLICE'""")
        .param("ids", ids()).query(Long.class).single()).isGreaterThanOrEqualTo(1L);
    assertThat(jdbc.sql("""
            select count(*) from no_contact_alert a join probation_case c on c.id = a.case_id
             where c.person_id = any(:ids)""")
        .param("ids", ids()).query(Long.class).single()).isGreaterThanOrEqualTo(1L);
  }

  @Test
  void theSweepLeavesOpenCasesAtEveryRiskLevelAndSomeReintegrateSuccessfully() {
    Map<String, Long> levels = jdbc.sql("""
            select max(r.risk)
              from domain_risk r join probation_case c on c.id = r.case_id
             where c.person_id = any(:ids) and c.state <> 'CLOSED'
             group by c.id""")
        .param("ids", ids()).query(String.class).list().stream()
        .collect(Collectors.groupingBy(level -> level, Collectors.counting()));
    long open = levels.values().stream().mapToLong(Long::longValue).sum();
    assertThat(open).isGreaterThan(180);
    assertThat(levels.keySet()).containsExactlyInAnyOrder("R0", "R1", "R2", "R3");
    // Critical (R3) is a minority: a demo where every case is red shows nothing.
    assertThat(levels.get("R3")).isBetween(open / 20, open * 3 / 10);
    assertThat(levels.get("R2")).isGreaterThanOrEqualTo(open / 10);

    long successful = openCasesByOfficer().entrySet().stream().mapToLong(officer -> {
      signIn(officer.getKey());
      try {
        return officer.getValue().stream()
            .filter(id -> reintegration.evaluate(id, null).evaluation().successful()).count();
      } finally {
        SecurityContextHolder.clearContext();
      }
    }).sum();
    assertThat(successful).isBetween(open / 10, open * 7 / 10);
  }

  @Test
  void everyKaragandaPersonLivesInAPrecinctAndTheInspectorReachesSomeOfThem() {
    var filed = jdbc.sql("""
            select count(*) filter (where r.precinct_id is not null) as filed,
                   count(*) filter (where i.user_id is not null) as reached, count(*) as total
              from person p
              join precinct_resident r on r.person_id = p.id
              left join precinct_inspector i on i.precinct_id = r.precinct_id
                   and i.user_id = (select id from app_user where username = 'inspector')
             where p.id = any(:ids) and p.home_territory_code = :city""")
        .param("ids", summary.personIds().toArray(java.util.UUID[]::new))
        .param("city", DemoDataLoader.KARAGANDA_CITY)
        .query((rs, n) -> new int[] {rs.getInt("filed"), rs.getInt("reached"),
            rs.getInt("total")})
        .single();
    assertThat(filed[2]).isEqualTo(150);
    assertThat(filed[0]).isEqualTo(filed[2]);
    assertThat(filed[1]).isBetween(1, filed[2] - 1);
  }

  @Test
  void karagandaCityHasAKsoAndAnMvkWithDecisionsInEveryState() {
    LocalDate today = LocalDate.now(clock);
    var f = councils.of(DemoDataLoader.KARAGANDA_CITY, today.minusYears(1), today.plusYears(1));
    assertThat(f.meetingsHeld()).isEqualTo(4);
    assertThat(f.decisionsTaken()).isEqualTo(10);
    assertThat(List.of(f.carriedOutOnTime(), f.carriedOutLate(), f.notCarriedOut(),
        f.overdueOpen(), f.notYetDue(), f.cancelled())).containsExactly(2, 1, 1, 2, 3, 1);
    assertThat(f.shareNumerator() + "/" + f.shareDenominator()).isEqualTo("3/6");
    assertThat(jdbc.sql("select kind from advisory_body where territory_code = :t order by kind")
        .param("t", DemoDataLoader.KARAGANDA_CITY).query(String.class).list()).containsExactly("KSO", "MVK");
  }

  @Test
  void isNotLoadedIntoAConfiguredDatabaseNorIntoOneThatHasUsers() {
    var configured = new DemoDataLoader(true, emptyProvider(), users, null, null, null, null, null, null, null, null, null, null, null, null);
    configured.run(null);
    var disabled = new DemoDataLoader(false, emptyProvider(), users, null, null, null, null, null, null, null, null, null, null, null, null);
    disabled.run(null);
    // The embedded test database already has users: an enabled loader leaves it alone.
    new DemoDataLoader(true, embedded, users, null, null, null, null, null, null, null, null, null, null, null, null).run(null);
    assertThat(jdbc.sql("select count(*) from app_user where username = 'officer'")
        .query(Integer.class).single()).isEqualTo(1);
  }

  private UUID[] ids() {
    return summary.personIds().toArray(UUID[]::new);
  }

  private Map<UUID, List<UUID>> openCasesByOfficer() {
    return jdbc.sql("""
            select officer_id, id from probation_case
             where person_id = any(:ids) and state <> 'CLOSED'""")
        .param("ids", ids())
        .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .list().stream()
        .collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private void signIn(UUID userId) {
    Actor actor = jdbc.sql("""
            select id, username, full_name, role, organisation_id, territory_code
              from app_user where id = :id""")
        .param("id", userId)
        .query((rs, n) -> new Actor(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getString(3), Role.valueOf(rs.getString(4)), rs.getObject(5, UUID.class),
            rs.getString(6)))
        .single();
    JolPrincipal principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
  }

  private List<String> column(String name) {
    return jdbc.sql("select " + name + " from person where id = any(:ids)")
        .param("ids", summary.personIds().toArray(UUID[]::new)).query(String.class).list();
  }

  @Test
  void theInteractionRegistryOfKaragandaWithAnAgreementEndingSoonAndAPeerMentor() {
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    assertThat(jdbc.sql("select count(*) from joint_event where territory_code like '35%'")
        .query(Integer.class).single()).isGreaterThanOrEqualTo(3);
    assertThat(jdbc.sql("""
            select count(*) from agreement
             where status = 'IN_FORCE' and expires_on between :today and :until""")
        .param("today", today).param("until", today.plusDays(60))
        .query(Integer.class).single()).isPositive();
    assertThat(jdbc.sql("select count(*) from target_programme_measure")
        .query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    assertThat(jdbc.sql("select count(*) from proposal where fate = 'PARTLY_ACCEPTED'")
        .query(Integer.class).single()).isPositive();
    assertThat(jdbc.sql("""
            select count(*) from partner
             where kind = 'PEER_MENTOR' and email is null and address is null""")
        .query(Integer.class).single()).isPositive();
    assertThat(jdbc.sql("select count(*) from partner_contact").query(Integer.class).single())
        .isGreaterThanOrEqualTo(3);
  }

  private Map<String, Long> counts(String name) {
    return column(name).stream().collect(Collectors.groupingBy(v -> v, Collectors.counting()));
  }

  private static <T> ObjectProvider<T> emptyProvider() {
    return new ObjectProvider<>() {
      @Override
      public T getObject() {
        throw new IllegalStateException("none");
      }

      @Override
      public T getIfAvailable() {
        return null;
      }
    };
  }
}
