package kz.jol.actionplan;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.actionplan.domain.Deadline;
import kz.jol.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A fresh plan of its own for a test: two executors, LEAD and CO (CO by agreement), one
 * measure executed by both, an organisation acting for each with a user in it, and an
 * outsider's organisation acting for none. Users' password: {@value #PASSWORD}.
 */
public final class ActionPlanFixture {

  public static final String PASSWORD = "a-long-password";
  private static final AtomicInteger NEXT = new AtomicInteger();

  public final UUID planId = UUID.randomUUID();
  public final UUID leadId = UUID.randomUUID();
  public final UUID coId = UUID.randomUUID();
  public final UUID measureId = UUID.randomUUID();
  public final String code;
  public final Actor lead;
  public final Actor co;
  public final Actor outsider;

  /**
   * @param from the plan's first day
   * @param to the plan's last day
   * @param deadline the measure's deadline
   */
  public ActionPlanFixture(JdbcClient jdbc, UserAdministration users, LocalDate from,
      LocalDate to, Deadline deadline) {
    int n = NEXT.incrementAndGet();
    code = "test-" + planId.toString().substring(0, 8);
    jdbc.sql("""
            insert into action_plan (id, code, title_kk, title_ru, title_en, approved_by_ru,
                approved_by_kk, starts_on, ends_on, final_report_due, created_at)
            values (:id, :code, 'Сынақ жоспары', 'Тестовый план', 'Test plan', 'Тестовое
                постановление', 'Сынақ қаулысы', :from, :to, :due, now())""")
        .param("id", planId).param("code", code).param("from", from).param("to", to)
        .param("due", to.plusMonths(2).withDayOfMonth(25)).update();
    executor(jdbc, leadId, "LEAD", "Басты орындаушы", "Головной исполнитель", "Lead body");
    executor(jdbc, coId, "CO", "Бірлескен орындаушы", "Соисполнитель", "Co-executor body");
    jdbc.sql("""
            insert into action_plan_measure (id, plan_id, number, text_ru, text_kk,
                text_kk_official, completion_form_ru, completion_form_kk, deadline_kind,
                deadline_year, deadline_part, deadline_to_year, deadline_text_ru, cost_ru, cost_kk)
            values (:id, :plan, 1, 'Провести тестовое мероприятие ' || :n,
                'Сынақ іс-шарасын өткізу ' || :n, false, 'приказ', 'бұйрық', :kind, :year,
                :part, :to, :text, 'не требуются', 'талап етілмейді')""")
        .param("id", measureId).param("plan", planId).param("n", n)
        .param("kind", deadline.kind().name()).param("year", deadline.year())
        .param("part", deadline.part() == 0 ? null : deadline.part())
        .param("to", deadline.toYear() == 0 ? null : deadline.toYear())
        .param("text", deadline.russian()).update();
    assign(jdbc, leadId, "LEAD", false, 1);
    assign(jdbc, coId, "CO_EXECUTOR", true, 2);
    String territory = Fixtures.territory(jdbc);
    lead = user(jdbc, users, territory, "AKIMAT_DEPARTMENT", Role.AGENCY_HEAD, leadId);
    co = user(jdbc, users, territory, "NGO", Role.AGENCY_WORKER, coId);
    outsider = user(jdbc, users, territory, "NGO", Role.AGENCY_HEAD, null);
  }

  /** Runs the work as the actor signed in. */
  public static <T> T as(Actor actor, Supplier<T> work) {
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

  private void executor(JdbcClient jdbc, UUID id, String code, String kk, String ru, String en) {
    jdbc.sql("""
            insert into action_plan_executor (id, plan_id, code, abbrev_kk, abbrev_ru, abbrev_en,
                name_kk, name_ru, name_en) values (:id, :plan, :code, :code, :code, :code, :kk,
                :ru, :en)""")
        .param("id", id).param("plan", planId).param("code", code).param("kk", kk)
        .param("ru", ru).param("en", en).update();
  }

  private void assign(JdbcClient jdbc, UUID executor, String role, boolean agreement, int pos) {
    jdbc.sql("""
            insert into action_plan_measure_executor (measure_id, executor_id, role, by_agreement,
                position) values (:m, :e, :role, :agreement, :pos)""")
        .param("m", measureId).param("e", executor).param("role", role)
        .param("agreement", agreement).param("pos", pos).update();
  }

  private static Actor user(JdbcClient jdbc, UserAdministration users, String territory,
      String type, Role role, UUID executor) {
    UUID org = Fixtures.organisation(jdbc, type, territory);
    if (executor != null) {
      jdbc.sql("insert into action_plan_executor_member (executor_id, organisation_id) "
          + "values (:e, :o)").param("e", executor).param("o", org).update();
    }
    var created = users.create(new UserAdministration.UserForm(
        "plan." + UUID.randomUUID().toString().substring(0, 8), "Synthetic Reporter", role, org,
        territory, true, PASSWORD, null)).user();
    return new Actor(created.id(), created.username(), created.fullName(), created.role(),
        created.organisationId(), created.territoryCode());
  }
}
