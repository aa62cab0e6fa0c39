package kz.jol.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.indicators.InteractionTable.Figure;
import kz.jol.indicators.InteractionTable.Indicator;
import kz.jol.indicators.InteractionTable.Part;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Block 3 of the evaluation on a fresh region with two districts, March 2025 the period, every
 * value computed by hand.
 *
 * <p>District A: a meeting on 1 March (10 citizens) and a joint raid on 31 March (25); a seminar
 * on 1 April and an open day on 28 February are out. Agreements: one signed on 10 March,
 * open-ended (signed, in force); one of 2024 ending on 31 March itself (in force); one of 2024
 * ending on 30 March (neither); one signed on 5 March and terminated on 20 March (signed, not in
 * force); a draft (nothing); one of 2024 terminated on 2 April (in force on 31 March). So 2
 * signed, 3 in force. Programmes 2024–2026 and 2025 (active), 2022–2024 (not). Proposals sent on
 * 2, 3, 4, 5 March: accepted on 20 March, partly accepted on 5 April (after the period: not yet),
 * rejected, still considered; one sent in February and accepted on 1 March is not of the period.
 * So 1 of 4. Partners registered in January: one active, one inactive since 31 March (not active
 * then), one inactive since 1 April (active then); one registered on 1 April (not yet). Contacts on
 * 1 and 31 March; one on 1 April is out.
 *
 * <p>District B: a briefing on 15 March reaching nobody; an agreement signed on 15 March; a
 * proposal sent on 10 March and accepted on 11 March; one active partner; one contact.
 *
 * <p>The region itself: a meeting on 20 March (100 citizens) and a programme 2025–2027 — in the
 * whole, in no part.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InteractionIndicatorsTest {

  static final LocalDate FROM = LocalDate.of(2025, 3, 1);
  static final LocalDate TO = LocalDate.of(2025, 3, 31);

  @Autowired InteractionIndicators indicators;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  String region;
  String a;
  String b;

  @BeforeAll
  void aRegionWithTwoDistrictsAndAMonthOfInteraction() {
    region = Fixtures.territory(jdbc);
    jdbc.sql("update territory set kind = 'REGION' where code = :c").param("c", region).update();
    a = district(region, 1);
    b = district(region, 2);
    UUID orgA = Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", a);
    UUID orgB = Fixtures.organisation(jdbc, "PROBATION_UNIT", b);
    UUID orgRegion = Fixtures.organisation(jdbc, "AKIMAT_DEPARTMENT", region);

    event(a, "MEETING", day(1), 10);
    event(a, "JOINT_RAID", TO, 25);
    event(a, "SEMINAR", LocalDate.of(2025, 4, 1), 7);
    event(a, "OPEN_DAY", LocalDate.of(2025, 2, 28), 30);
    agreement(a, "IN_FORCE", day(10), null, null);
    agreement(a, "IN_FORCE", LocalDate.of(2024, 1, 1), TO, null);
    agreement(a, "IN_FORCE", LocalDate.of(2024, 1, 1), day(30), null);
    agreement(a, "TERMINATED", day(5), null, day(20));
    agreement(a, "DRAFT", null, null, null);
    agreement(a, "TERMINATED", LocalDate.of(2024, 6, 1), null, LocalDate.of(2025, 4, 2));
    programme(a, orgA, 2024, 2026);
    programme(a, orgA, 2025, 2025);
    programme(a, orgA, 2022, 2024);
    proposal(a, orgA, day(2), "ACCEPTED", day(20));
    proposal(a, orgA, day(3), "PARTLY_ACCEPTED", LocalDate.of(2025, 4, 5));
    proposal(a, orgA, day(4), "REJECTED", day(25));
    proposal(a, orgA, day(5), "UNDER_CONSIDERATION", null);
    proposal(a, orgA, LocalDate.of(2025, 2, 20), "ACCEPTED", day(1));
    UUID partnerA = partner(a, LocalDate.of(2025, 1, 10), null);
    partner(a, LocalDate.of(2025, 1, 10), TO);
    partner(a, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 4, 1));
    partner(a, LocalDate.of(2025, 4, 1), null);
    contact(partnerA, orgA, a, day(1));
    contact(partnerA, orgA, a, TO);
    contact(partnerA, orgA, a, LocalDate.of(2025, 4, 1));

    event(b, "BRIEFING", day(15), 0);
    agreement(b, "IN_FORCE", day(15), LocalDate.of(2026, 3, 14), null);
    proposal(b, orgB, day(10), "ACCEPTED", day(11));
    UUID partnerB = partner(b, LocalDate.of(2024, 5, 1), null);
    contact(partnerB, orgB, b, day(12));

    event(region, "MEETING", day(20), 100);
    programme(region, orgRegion, 2025, 2027);

    // Advisory bodies: in a, a meeting held on 5 March with three decisions (due 20 March and
    // carried out on the 18th; due 25 March and never carried out; due 10 April and carried out
    // late) and a meeting only planned for 28 March; at the region, a meeting held on 15 March
    // with one decision due 31 March carried out late, on 3 April.
    UUID bodyA = body(a, orgA);
    UUID held = meeting(bodyA, day(5), "HELD");
    decision(held, "1", day(20), "DONE", day(18));
    decision(held, "2", day(25), "NOT_STARTED", null);
    decision(held, "3", LocalDate.of(2025, 4, 10), "DONE", LocalDate.of(2025, 4, 12));
    meeting(bodyA, day(28), "PLANNED");
    UUID regional = meeting(body(region, orgRegion), day(15), "HELD");
    decision(regional, "1", TO, "DONE", LocalDate.of(2025, 4, 3));
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theWholeRegionCountsWhatIsFiledAtTheRegionItself() {
    actAs(analyst("000000000"));
    InteractionTable table = indicators.interaction(region, FROM, TO, Locale.ENGLISH);
    // decisions: 4 taken at the 2 meetings held; of the 3 due in March, 2 carried out
    assertThat(table.figures()).isEqualTo(figures(4, 135, 3, 4, 3, 5, 2, 5, 3, 3, 2, 4, 2, 3));
    assertThat(table.figures().get(Indicator.PROPOSALS_ACCEPTED).share()).isEqualTo(0.4);
    assertThat(table.eventsByKind()).containsExactly(Map.entry("BRIEFING", 1L),
        Map.entry("JOINT_RAID", 1L), Map.entry("MEETING", 2L));
  }

  @Test
  void eachDistrictWithTheLastDayInAndTheDayAfterOut() {
    actAs(analyst("000000000"));
    InteractionTable table = indicators.interaction(region, FROM, TO, Locale.ENGLISH);
    assertThat(table.parts()).extracting(Part::territoryCode).containsExactly(a, b);
    // the planned meeting is not held; the decision due in April is not judged in March
    assertThat(table.parts().get(0).figures())
        .isEqualTo(figures(2, 35, 2, 3, 2, 4, 1, 4, 2, 2, 1, 3, 1, 2));
    assertThat(table.parts().get(1).figures())
        .isEqualTo(figures(1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0));
    assertThat(table.parts().get(0).figures().get(Indicator.PROPOSALS_ACCEPTED).share())
        .isEqualTo(0.25);
    assertThat(table.parts().get(0).hasParts()).isFalse();
  }

  @Test
  void aPeriodEndingADayLaterTakesTheFirstOfAprilIn() {
    actAs(analyst("000000000"));
    var figures = indicators.interaction(a, FROM, LocalDate.of(2025, 4, 1), Locale.ENGLISH)
        .figures();
    // the seminar; the agreement ending on 31 March is no longer in force on 1 April, the one
    // terminated on 2 April still is; the partner inactive since 1 April is not active, the one
    // registered on 1 April is; the contact of 1 April counts
    assertThat(figures).isEqualTo(figures(3, 42, 2, 2, 2, 4, 1, 4, 2, 3, 1, 3, 1, 2));
  }

  @Test
  void aProbationHeadSeesTheOwnDistrictAndNothingAbove() {
    actAs(new Actor(UUID.randomUUID(), "head-b", "Head", Role.PROBATION_HEAD, null, b));
    assertThatThrownBy(() -> indicators.interaction(region, FROM, TO, Locale.ENGLISH))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> indicators.interaction(a, FROM, TO, Locale.ENGLISH))
        .isInstanceOf(NotFoundException.class);
    InteractionTable own = indicators.interaction((String) null, FROM, TO, Locale.ENGLISH);
    assertThat(own.territoryCode()).isEqualTo(b);
    assertThat(own.parts()).isEmpty();
    assertThat(own.figures().get(Indicator.PROPOSALS_ACCEPTED))
        .isEqualTo(new Figure(1L, 1L, 1.0));
  }

  @Test
  void aPeriodIsLessThanFiveYears() {
    actAs(analyst("000000000"));
    assertThatThrownBy(() -> indicators.interaction(region, LocalDate.of(2020, 1, 1),
        LocalDate.of(2025, 1, 1), Locale.ENGLISH))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(p -> p.code()).containsExactly("indicators.period-years"));
  }

  @Test
  void theApiAnswersInJsonForTheRolesThatMayAsk() throws Exception {
    var prosecutor = new Actor(UUID.randomUUID(), "pros", "Prosecutor", Role.PROSECUTOR, null,
        "000000000");
    mvc.perform(get("/api/v1/indicators/interaction").param("territory", region)
            .param("from", "2025-03-01").param("to", "2025-03-31")
            .with(user(JolPrincipal.of(prosecutor))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.territoryCode").value(region))
        .andExpect(jsonPath("$.figures.JOINT_EVENTS.numerator").value(4))
        .andExpect(jsonPath("$.figures.PROPOSALS_ACCEPTED.denominator").value(5))
        .andExpect(jsonPath("$.figures.PROPOSALS_ACCEPTED.share").value(0.4))
        .andExpect(jsonPath("$.eventsByKind.MEETING").value(2))
        .andExpect(jsonPath("$.parts[1].figures.PARTNER_CONTACTS.numerator").value(1));
    for (Role role : List.of(Role.PROBATION_OFFICER, Role.AGENCY_HEAD, Role.POLICE_INSPECTOR)) {
      var other = new Actor(UUID.randomUUID(), "other", "Other", role, null, "000000000");
      mvc.perform(get("/api/v1/indicators/interaction").param("from", "2025-03-01")
              .param("to", "2025-03-31").with(user(JolPrincipal.of(other))))
          .andExpect(status().isForbidden());
    }
  }

  @Test
  void everyWrongParameterIsNamedInTheReadersLanguage() throws Exception {
    mvc.perform(get("/api/v1/indicators/interaction").param("from", "2025-04-01")
            .param("to", "2025-03-01").param("territory", "99999999x")
            .header("Accept-Language", "ru")
            .with(user(JolPrincipal.of(analyst("000000000")))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("to", "territory")))
        .andExpect(jsonPath("$.errors[?(@.field=='to')].message")
            .value("Период заканчивается раньше, чем начинается."));
    mvc.perform(get("/api/v1/indicators/interaction").param("from", "2020-01-01")
            .param("to", "2025-06-30").header("Accept-Language", "kk")
            .with(user(JolPrincipal.of(analyst("000000000")))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value("Кезең ең көбі 5 жылды қамтиды."));
  }

  // ---- Fixtures

  /**
   * The twelve indicators in the enum's order; PROPOSALS_ACCEPTED (accepted, sent) and
   * DECISIONS_CARRIED_OUT (carried out, judged) take two values, the others one.
   */
  private static Map<Indicator, Figure> figures(long events, long reached, long signed,
      long inForce, long programmes, long sent, long accepted, long acceptedOf, long partners,
      long contacts, long meetings, long decisions, long carriedOut, long judged) {
    Map<Indicator, Figure> f = new EnumMap<>(Indicator.class);
    f.put(Indicator.JOINT_EVENTS, count(events));
    f.put(Indicator.CITIZENS_REACHED, count(reached));
    f.put(Indicator.AGREEMENTS_SIGNED, count(signed));
    f.put(Indicator.AGREEMENTS_IN_FORCE, count(inForce));
    f.put(Indicator.PROGRAMMES_ACTIVE, count(programmes));
    f.put(Indicator.PROPOSALS_SENT, count(sent));
    f.put(Indicator.PROPOSALS_ACCEPTED, new Figure(accepted, acceptedOf,
        acceptedOf == 0 ? null : Math.round(1000.0 * accepted / acceptedOf) / 1000.0));
    f.put(Indicator.PARTNERS_ACTIVE, count(partners));
    f.put(Indicator.PARTNER_CONTACTS, count(contacts));
    f.put(Indicator.ADVISORY_MEETINGS, count(meetings));
    f.put(Indicator.DECISIONS_TAKEN, count(decisions));
    f.put(Indicator.DECISIONS_CARRIED_OUT, new Figure(carriedOut, judged,
        judged == 0 ? null : Math.round(1000.0 * carriedOut / judged) / 1000.0));
    return f;
  }

  private static Figure count(long n) {
    return new Figure(n, null, null);
  }

  private static LocalDate day(int march) {
    return LocalDate.of(2025, 3, march);
  }

  private static Actor analyst(String territory) {
    return new Actor(UUID.randomUUID(), "analyst-interaction", "Analyst", Role.ANALYST, null,
        territory);
  }

  private static void actAs(Actor actor) {
    var principal = JolPrincipal.of(actor);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
  }

  private String district(String parent, int n) {
    // Under the region's first seven digits; the last digit is the first one free (another
    // test's random district may already hold the code ending in 0).
    String code = java.util.stream.IntStream.range(0, 10)
        .mapToObj(d -> parent.substring(0, 7) + n + d)
        .filter(c -> jdbc.sql("select count(*) from territory where code = :c").param("c", c)
            .query(Integer.class).single() == 0)
        .findFirst().orElseThrow();
    jdbc.sql("""
            insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
            values (:code, :parent, 'DISTRICT', :kk, :ru, :en)""")
        .param("code", code).param("parent", parent)
        .param("kk", "Сынақ ауданы " + code).param("ru", "Тестовый район " + code)
        .param("en", "Test district " + code).update();
    return code;
  }

  private void event(String territory, String kind, LocalDate on, int reached) {
    jdbc.sql("""
            insert into joint_event (id, kind, title, held_on, territory_code,
                                     citizens_reached, recorded_by, recorded_at)
            values (:id, :kind, 'Synthetic event', :on, :t, :reached, :by, now())""")
        .param("id", UUID.randomUUID()).param("kind", kind).param("on", on)
        .param("t", territory).param("reached", reached).param("by", UUID.randomUUID())
        .update();
  }

  private void agreement(String territory, String status, LocalDate signed, LocalDate expires,
      LocalDate terminated) {
    jdbc.sql("""
            insert into agreement (id, kind, subject, signed_on, expires_on, status,
                                   terminated_on, territory_code, recorded_by, recorded_at)
            values (:id, 'MEMORANDUM', 'Synthetic', :signed, :expires, :status, :terminated,
                    :t, :by, now())""")
        .param("id", UUID.randomUUID()).param("signed", signed).param("expires", expires)
        .param("status", status).param("terminated", terminated).param("t", territory)
        .param("by", UUID.randomUUID()).update();
  }

  private void programme(String territory, UUID org, int from, int to) {
    jdbc.sql("""
            insert into target_programme (id, name, territory_code, year_from, year_to,
                                          responsible_org_id, recorded_by, recorded_at)
            values (:id, 'Synthetic programme', :t, :from, :to, :org, :by, now())""")
        .param("id", UUID.randomUUID()).param("t", territory).param("from", from)
        .param("to", to).param("org", org).param("by", UUID.randomUUID()).update();
  }

  private void proposal(String territory, UUID org, LocalDate sent, String fate,
      LocalDate answered) {
    jdbc.sql("""
            insert into proposal (id, author_org_id, addressee, subject, body, sent_on,
                                  territory_code, fate, answered_on, recorded_by, recorded_at)
            values (:id, :org, 'Ministry', 'Synthetic', 'Synthetic', :sent, :t, :fate,
                    :answered, :by, now())""")
        .param("id", UUID.randomUUID()).param("org", org).param("sent", sent)
        .param("t", territory).param("fate", fate).param("answered", answered)
        .param("by", UUID.randomUUID()).update();
  }

  private UUID partner(String territory, LocalDate registered, LocalDate inactiveSince) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into partner (id, kind, name, territory_code, registered_on, inactive_since,
                                 recorded_by, recorded_at)
            values (:id, 'NGO', 'Synthetic NGO', :t, :registered, :inactive, :by, now())""")
        .param("id", id).param("t", territory).param("registered", registered)
        .param("inactive", inactiveSince).param("by", UUID.randomUUID()).update();
    return id;
  }

  private void contact(UUID partner, UUID org, String territory, LocalDate on) {
    jdbc.sql("""
            insert into partner_contact (id, partner_id, contacted_on, organisation_id,
                                         territory_code, purpose, recorded_by, recorded_at)
            values (:id, :p, :on, :org, :t, 'Synthetic', :by, now())""")
        .param("id", UUID.randomUUID()).param("p", partner).param("on", on).param("org", org)
        .param("t", territory).param("by", UUID.randomUUID()).update();
  }

  private UUID body(String territory, UUID convener) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into advisory_body (id, kind, territory_code, convening_organisation_id,
                                       name_kk, name_ru, name_en, active_from, created_at)
            values (:id, 'KSO', :t, :org, 'Синтетикалық КСО', 'Синтетический КСО',
                    'Synthetic KSO', date '2024-01-01', now())""")
        .param("id", id).param("t", territory).param("org", convener).update();
    return id;
  }

  private UUID meeting(UUID body, LocalDate on, String status) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into council_meeting (id, body_id, meeting_on, place, status, created_at)
            values (:id, :body, :on, 'Synthetic hall', :status, now())""")
        .param("id", id).param("body", body).param("on", on).param("status", status).update();
    return id;
  }

  private void decision(UUID meeting, String number, LocalDate due, String state,
      LocalDate closed) {
    jdbc.sql("""
            insert into council_decision (id, meeting_id, number, text, due_on, state, closed_on,
                                          created_at)
            values (:id, :meeting, :number, 'Synthetic decision', :due, :state, :closed, now())""")
        .param("id", UUID.randomUUID()).param("meeting", meeting).param("number", number)
        .param("due", due).param("state", state).param("closed", closed).update();
  }
}
