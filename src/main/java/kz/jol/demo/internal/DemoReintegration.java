package kz.jol.demo.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import kz.jol.calendar.WorkingDays;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationType;
import kz.jol.reintegration.application.AssessmentInput;
import kz.jol.reintegration.application.PlanActionInput;
import kz.jol.reintegration.application.PlanService;
import kz.jol.reintegration.application.PlanService.ActionCloseInput;
import kz.jol.reintegration.application.PlanService.PlanView;
import kz.jol.reintegration.application.PlanService.TransitionInput;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.reintegration.application.ReintegrationSweep;
import kz.jol.routing.application.AutoRouting;
import kz.jol.reintegration.domain.ActionStatus;
import kz.jol.reintegration.domain.Domain;
import kz.jol.reintegration.domain.HealthNeed;
import kz.jol.reintegration.domain.PlanState;
import org.springframework.stereotype.Component;

/**
 * Invented reintegration histories for the demo cases: what the officer recorded about each
 * woman's five domains since registration, back-dated to the day it happened, and her individual
 * plan (ИПР). Most women are assessed in the first days and make progress (documents restored,
 * work found, screening done); some slip (a screening not done by the warning day, no employment
 * track close to day 60); a minority are in crisis (homeless, living with the aggressor, a high
 * health need with no help, no income, supervision only); cases registered in the last days are
 * mostly not assessed yet. Everything goes through the reintegration services as the signed-in
 * officer.
 *
 * <p>The plan service dates an approval itself, today; so every demo plan was first approved on
 * the day the demo was loaded, and a case past day 180 reads at day 180 as having had no plan.
 */
@Component
class DemoReintegration {

  /** How a case goes, drawn once per case. */
  enum Story { THRIVING, STEADY, SLIPPING, CRISIS }

  /** What keeps a case in crisis, or what slips. */
  enum Trouble {
    NONE, HOMELESS, AGGRESSOR, HIGH_HEALTH_NEED, NO_INCOME, EXPLOITATION, SUPERVISION_ONLY,
    LATE_SCREENING, LATE_TRACK
  }

  private static final Map<Domain, Set<OrganisationType>> RESPONSIBLE = Map.of(
      Domain.LEGAL, EnumSet.of(OrganisationType.PUBLIC_SERVICE_CENTRE),
      Domain.HOUSING, EnumSet.of(OrganisationType.AKIMAT_DEPARTMENT, OrganisationType.CRISIS_CENTRE),
      Domain.ECONOMIC, EnumSet.of(OrganisationType.EMPLOYMENT_CENTRE),
      Domain.HEALTH, EnumSet.of(OrganisationType.HEALTH_CLINIC),
      Domain.INSTITUTIONAL, EnumSet.of(OrganisationType.NGO, OrganisationType.AKIMAT_DEPARTMENT));

  private final ReintegrationService reintegration;
  private final PlanService plans;
  private final ReintegrationSweep sweep;
  private final AutoRouting routing;
  private final WorkingDays workingDays;

  DemoReintegration(ReintegrationService reintegration, PlanService plans,
      ReintegrationSweep sweep, AutoRouting routing, WorkingDays workingDays) {
    this.reintegration = reintegration;
    this.plans = plans;
    this.sweep = sweep;
    this.routing = routing;
    this.workingDays = workingDays;
  }

  /** An assessment with the day it holds from. */
  private record Entry(LocalDate on, AssessmentInput input) {}

  /**
   * Records the case's history up to today and its plan, as the officer signed in now. Answers
   * the plan's state (null when there is none).
   */
  PlanState tell(UUID caseId, LocalDate registered, String district,
      Collection<Organisation> organisations, LocalDate today, Random random) {
    long age = ChronoUnit.DAYS.between(registered, today);
    Story story = story(random);
    Trouble trouble = trouble(story, random);
    boolean neverAssessed = age <= 3; // registered in the last days: not assessed yet
    History history = new History(registered, random);
    if (!neverAssessed) {
      int intake = random.nextInt(3);
      legal(history, intake, story);
      housing(history, intake, story, trouble);
      economic(history, intake, story, trouble);
      health(history, intake, story, trouble);
      institutional(history, intake, story, trouble);
    }
    // The plan first, approved on the day it was (on paper, before Jol): the assessments then
    // take each old case's day-180 reading with the plan as it was.
    PlanState plan = plan(caseId, registered, district, organisations, today, random, story,
        history.needsHelp(), scores(history, today));
    record(history, caseId, today);
    return plan;
  }

  /** Closes the plan of a case whose probation ended, if it has one. */
  void closePlan(UUID caseId, PlanState state) {
    if (state != null) {
      plans.transition(caseId, new TransitionInput(PlanState.CLOSED,
          "Пробационный контроль завершён, дело закрыто", null, null));
    }
  }

  /**
   * Records every open case's risk as of today (domain_risk) and routes what the matrix asks
   * for, as the hourly sweeps would.
   */
  ReintegrationSweep.Report sweep() {
    ReintegrationSweep.Report report = sweep.sweep();
    routing.sweep();
    return report;
  }

  private static Story story(Random random) {
    int roll = random.nextInt(100);
    return roll < 22 ? Story.THRIVING : roll < 47 ? Story.STEADY : roll < 89 ? Story.SLIPPING
        : Story.CRISIS;
  }

  private static Trouble trouble(Story story, Random random) {
    return switch (story) {
      case THRIVING, STEADY -> Trouble.NONE;
      case SLIPPING -> random.nextInt(100) < 80 ? Trouble.LATE_SCREENING : Trouble.LATE_TRACK;
      case CRISIS -> List.of(Trouble.HOMELESS, Trouble.AGGRESSOR, Trouble.HIGH_HEALTH_NEED,
          Trouble.NO_INCOME, Trouble.NO_INCOME, Trouble.EXPLOITATION, Trouble.SUPERVISION_ONLY)
          .get(random.nextInt(7));
    };
  }

  // LEGAL: documents and registration restored well before day 30, through the ЦОН.
  private static void legal(History h, int intake, Story story) {
    int roll = h.random.nextInt(100);
    if (roll >= 75) {
      h.add(intake, legal(2, pick(h.random, LEGAL_ALREADY), true, true));
      return;
    }
    int idDay = intake;
    if (roll < 45) {
      h.add(intake, legal(0, null, false, false));
      idDay = Math.min(24, intake + 4 + h.random.nextInt(story == Story.THRIVING ? 6 : 11));
      h.add(idDay, legal(1, null, true, false));
    } else {
      h.add(intake, legal(1, null, true, false));
    }
    h.add(Math.min(28, idDay + 3 + h.random.nextInt(10)),
        legal(2, pick(h.random, LEGAL_RESTORED), true, true));
  }

  // HOUSING: most live with relatives for a while; some come out homeless and go to the crisis
  // centre; a few in crisis stay homeless or with the aggressor.
  private static void housing(History h, int intake, Story story, Trouble trouble) {
    if (trouble == Trouble.HOMELESS) {
      h.add(intake, housing(0, null, true, false, false));
      return;
    }
    if (trouble == Trouble.AGGRESSOR) {
      h.add(intake, housing(0, null, false, true, h.random.nextBoolean()));
      return;
    }
    int roll = h.random.nextInt(100);
    if (roll < 12) {
      h.add(intake, housing(0, null, true, false, false));
      int shelter = intake + 1 + h.random.nextInt(6);
      h.add(shelter, housing(1, "Размещена в кризисном центре", false, false, false));
      if (story == Story.THRIVING || h.random.nextInt(100) < 40) {
        h.add(shelter + 30 + h.random.nextInt(60),
            housing(2, pick(h.random, HOUSING_SETTLED), false, false, false));
      }
    } else if (roll < 70) {
      h.add(intake, housing(1, "Временно проживает у родственников", false, false, false));
      if (story == Story.THRIVING || h.random.nextInt(100) < 25) {
        h.add(intake + 20 + h.random.nextInt(80),
            housing(2, pick(h.random, HOUSING_SETTLED), false, false, false));
      }
    } else {
      h.add(intake, housing(2, pick(h.random, HOUSING_ALREADY), false, false, false));
    }
  }

  // ECONOMIC: an employment track through the employment centre within weeks, work later.
  private static void economic(History h, int intake, Story story, Trouble trouble) {
    if (trouble == Trouble.NO_INCOME) {
      h.add(intake, economic(0, null, false, false, false));
      return;
    }
    if (trouble == Trouble.EXPLOITATION) {
      h.add(intake, economic(0, "Работает без договора у частного лица, удерживают документы",
          false, false, true));
      return;
    }
    if (h.random.nextInt(100) < 15) {
      h.add(intake, economic(2, pick(h.random, ECONOMIC_WORKS), true, false, false));
      return;
    }
    h.add(intake, economic(0, null, false, false, false));
    int track = trouble == Trouble.LATE_TRACK ? 50 + h.random.nextInt(9)
        : intake + 5 + h.random.nextInt(story == Story.THRIVING ? 15 : 30);
    h.add(track, economic(1, "Встала на учёт в центре занятости, направлена на курсы", false,
        true, false));
    if (story == Story.THRIVING || story == Story.STEADY && h.random.nextInt(100) < 35) {
      h.add(track + 20 + h.random.nextInt(story == Story.THRIVING ? 60 : 120),
          economic(2, pick(h.random, ECONOMIC_WORKS), true, true, false));
    }
  }

  // HEALTH: attached to a clinic and screened within the first weeks; the screening comes late
  // (or never) for slipping cases; a high need without help for a few in crisis.
  private static void health(History h, int intake, Story story, Trouble trouble) {
    if (trouble == Trouble.HIGH_HEALTH_NEED) {
      h.add(intake, health(0, null, HealthNeed.HIGH, false, false, false));
      return;
    }
    int roll = h.random.nextInt(100);
    HealthNeed need = roll < 30 ? HealthNeed.LOW : roll < 85 ? HealthNeed.MEDIUM : HealthNeed.HIGH;
    boolean help = need == HealthNeed.HIGH; // a high need is referred at intake
    boolean attached = h.random.nextBoolean();
    h.add(intake, health(help ? 1 : 0, null, need, help, attached, false));
    int screening;
    if (trouble == Trouble.LATE_SCREENING) {
      if (h.random.nextInt(100) < 65) {
        return; // never screened: R2 from the warning day on
      }
      screening = 35 + h.random.nextInt(60);
    } else {
      screening = intake + 5 + h.random.nextInt(story == Story.THRIVING ? 10 : 16);
    }
    if (need == HealthNeed.LOW) {
      h.add(screening, health(2, pick(h.random, HEALTH_SCREENED), need, false, true, true));
      return;
    }
    h.add(screening, health(1, null, need, true, true, true));
    if (story == Story.THRIVING) {
      h.add(screening + 30 + h.random.nextInt(60),
          health(2, pick(h.random, HEALTH_TREATED), need, true, true, true));
    }
  }

  // INSTITUTIONAL: real referrals follow the plan; a few in crisis have supervision only.
  private static void institutional(History h, int intake, Story story, Trouble trouble) {
    if (trouble == Trouble.SUPERVISION_ONLY) {
      h.add(intake, institutional(0, null, false, true));
      return;
    }
    h.add(intake, institutional(1, null, false, false));
    int referred = intake + 3 + h.random.nextInt(8);
    h.add(referred, institutional(1, null, true, false));
    if (story == Story.THRIVING || story == Story.STEADY && h.random.nextInt(100) < 30) {
      h.add(referred + 40 + h.random.nextInt(80),
          institutional(2, pick(h.random, INSTITUTIONAL_DONE), true, false));
    }
  }

  /**
   * Drafts, approves and works the plan: roughly four in five cases past their plan's due day
   * have one approved, fewer when the woman is in crisis; the rest a draft or nothing.
   */
  private PlanState plan(UUID caseId, LocalDate registered, String district,
      Collection<Organisation> organisations, LocalDate today, Random random, Story story,
      Set<Domain> needsHelp, Map<Domain, Integer> scores) {
    boolean pastDue = today.isAfter(workingDays.addWorkingDays(registered,
        ReintegrationService.PLAN_DUE_WORKING_DAYS));
    int roll = random.nextInt(100);
    PlanState target;
    if (!pastDue) {
      target = roll < 50 ? PlanState.DRAFT : null;
    } else if (story == Story.CRISIS) {
      target = roll < 25 ? null : roll < 40 ? PlanState.DRAFT : PlanState.APPROVED;
    } else {
      target = roll < 5 ? null : roll < 13 ? PlanState.DRAFT : PlanState.APPROVED;
    }
    if (target == null) {
      return null;
    }
    List<Domain> domains = new ArrayList<>(needsHelp);
    for (Domain extra : List.of(Domain.INSTITUTIONAL, Domain.ECONOMIC, Domain.HEALTH)) {
      if (domains.size() < 2 && !domains.contains(extra)) {
        domains.add(extra);
      }
    }
    domains.sort(Comparator.naturalOrder());
    List<PlanActionInput> actions = new ArrayList<>();
    for (Domain domain : domains) {
      List<Organisation> candidates =
          DemoOrganisations.serving(organisations, district, RESPONSIBLE.get(domain));
      String[] text = ACTIONS.get(domain);
      actions.add(new PlanActionInput(domain, text[0], text[1],
          candidates.get(random.nextInt(candidates.size())).id(),
          registered.plusDays(10 + random.nextInt(50))));
    }
    PlanView plan = plans.create(caseId, actions);
    if (target == PlanState.DRAFT) {
      return PlanState.DRAFT;
    }
    // Most plans were approved within the 3 working days; some late.
    LocalDate approved = random.nextInt(100) < 85
        ? workingDays.addWorkingDays(registered, 1 + random.nextInt(3))
        : registered.plusDays(6 + random.nextInt(20));
    if (approved.isAfter(today)) {
      approved = today;
    }
    plan = plans.transition(caseId, new TransitionInput(PlanState.APPROVED,
        "ИПР утверждён на бумаге, приказ № " + (100 + random.nextInt(900)), null, approved));
    for (PlanService.ActionView action : plan.actions()) {
      if (scores.getOrDefault(action.domain(), 0) == 2) {
        plan = plans.closeAction(caseId, action.id(), new ActionCloseInput(ActionStatus.DONE,
            ACTIONS.get(action.domain())[2], null));
      }
    }
    return PlanState.APPROVED;
  }

  /** A case's assessments in the making, each dated by its day after registration. */
  private static final class History {
    private final LocalDate registered;
    private final Random random;
    private final List<Entry> entries = new ArrayList<>();

    History(LocalDate registered, Random random) {
      this.registered = registered;
      this.random = random;
    }

    void add(int day, AssessmentInput input) {
      LocalDate on = registered.plusDays(day);
      entries.add(new Entry(on, withDate(input, on)));
    }

    /** The domains whose first assessment found a need (scored below 2). */
    Set<Domain> needsHelp() {
      Set<Domain> seen = EnumSet.noneOf(Domain.class);
      Set<Domain> needs = EnumSet.noneOf(Domain.class);
      for (Entry e : entries) {
        if (seen.add(e.input().domain()) && e.input().score() < 2) {
          needs.add(e.input().domain());
        }
      }
      return needs;
    }
  }

  /**
   * Records the entries dated up to today, oldest first, in one call (so the case is evaluated,
   * and its day-180 reading taken, once, on its whole history); answers each domain's last score.
   */
  private static List<AssessmentInput> upTo(History history, LocalDate today) {
    return history.entries.stream()
        .filter(e -> !e.on().isAfter(today))
        .sorted(Comparator.comparing(Entry::on)) // stable: a domain's entries keep their order
        .map(Entry::input)
        .toList();
  }

  /** Each domain's score today, as the history will record it. */
  private static Map<Domain, Integer> scores(History history, LocalDate today) {
    Map<Domain, Integer> last = new EnumMap<>(Domain.class);
    upTo(history, today).forEach(input -> last.put(input.domain(), input.score()));
    return last;
  }

  private void record(History history, UUID caseId, LocalDate today) {
    List<AssessmentInput> upToToday = upTo(history, today);
    if (!upToToday.isEmpty()) {
      reintegration.assessAll(caseId, upToToday);
    }
  }

  private static AssessmentInput withDate(AssessmentInput i, LocalDate on) {
    return new AssessmentInput(i.domain(), i.score(), i.evidence(), on, i.hasIdentityDocument(),
        i.hasRegistration(), i.homeless(), i.livesWithAggressor(), i.threatOfViolence(),
        i.hasLegalIncome(), i.hasEmploymentTrack(), i.riskOfExploitation(), i.healthNeed(),
        i.helpReceived(), i.attachedToClinic(), i.screeningDone(), i.realReferralExists(),
        i.supervisionOnly());
  }

  private static AssessmentInput legal(int score, String evidence, boolean id, boolean reg) {
    return new AssessmentInput(Domain.LEGAL, score, evidence, null, id, reg, null, null, null,
        null, null, null, null, null, null, null, null, null);
  }

  private static AssessmentInput housing(int score, String evidence, boolean homeless,
      boolean aggressor, boolean threat) {
    return new AssessmentInput(Domain.HOUSING, score, evidence, null, null, null, homeless,
        aggressor, threat, null, null, null, null, null, null, null, null, null);
  }

  private static AssessmentInput economic(int score, String evidence, boolean income,
      boolean track, boolean exploitation) {
    return new AssessmentInput(Domain.ECONOMIC, score, evidence, null, null, null, null, null,
        null, income, track, exploitation, null, null, null, null, null, null);
  }

  private static AssessmentInput health(int score, String evidence, HealthNeed need,
      boolean help, boolean attached, boolean screened) {
    return new AssessmentInput(Domain.HEALTH, score, evidence, null, null, null, null, null, null,
        null, null, null, need, help, attached, screened, null, null);
  }

  private static AssessmentInput institutional(int score, String evidence, boolean referral,
      boolean supervisionOnly) {
    return new AssessmentInput(Domain.INSTITUTIONAL, score, evidence, null, null, null, null,
        null, null, null, null, null, null, null, null, null, referral, supervisionOnly);
  }

  private static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  private static final List<String> LEGAL_ALREADY = List.of(
      "Удостоверение личности и регистрация по месту жительства в наличии",
      "Жеке куәлігі бар, тұрғылықты жері бойынша тіркелген");
  private static final List<String> LEGAL_RESTORED = List.of(
      "Удостоверение личности выдано ЦОН, оформлена регистрация по месту жительства",
      "Жеке куәлік ХҚКО арқылы берілді, тұрғылықты жері бойынша тіркелді",
      "Удостоверение личности восстановлено; временная регистрация по месту пребывания");
  private static final List<String> HOUSING_ALREADY = List.of(
      "Проживает в собственной квартире", "Өз баспанасында тұрады",
      "Проживает с матерью в её квартире, конфликтов нет");
  private static final List<String> HOUSING_SETTLED = List.of(
      "Заключён договор найма жилья", "Предоставлено арендное жильё акимата",
      "Жалдау шарты жасалды", "Вернулась в квартиру семьи, проверено участковым");
  private static final List<String> ECONOMIC_WORKS = List.of(
      "Трудоустроена по трудовому договору", "Еңбек шарты бойынша жұмысқа орналасты",
      "Трудоустроена по направлению центра занятости (социальное рабочее место)",
      "Зарегистрирована как ИП, есть доход");
  private static final List<String> HEALTH_SCREENED = List.of(
      "Прикреплена к поликлинике, профилактический скрининг пройден",
      "Емханаға тіркелді, скринингтен өтті");
  private static final List<String> HEALTH_TREATED = List.of(
      "Курс лечения завершён, наблюдается в поликлинике",
      "Консультации психолога завершены, состояние стабильное");
  private static final List<String> INSTITUTIONAL_DONE = List.of(
      "Направления по ИПР исполнены, посещает группу поддержки",
      "ЖОБ бойынша жолдамалар орындалды");

  /** Per domain: the action's goal, what is done, and the outcome when it is done. */
  private static final Map<Domain, String[]> ACTIONS = new EnumMap<>(Map.of(
      Domain.LEGAL, new String[] {"Восстановить документы и регистрацию",
          "Сопроводить в ЦОН: заявление на удостоверение личности, регистрация по месту "
              + "жительства", "Удостоверение личности получено, регистрация оформлена"},
      Domain.HOUSING, new String[] {"Обеспечить безопасное жильё",
          "Заявление на временное жильё; при угрозе — размещение в кризисном центре",
          "Жильё обеспечено, договор найма заключён"},
      Domain.ECONOMIC, new String[] {"Доход или занятость",
          "Постановка на учёт в центре занятости, подбор вакансий или курсы",
          "Трудоустроена по направлению центра занятости"},
      Domain.HEALTH, new String[] {"Прикрепление к поликлинике и скрининг",
          "Прикрепить к поликлинике, пройти скрининг и консультацию психолога",
          "Скрининг пройден, наблюдается в поликлинике"},
      Domain.INSTITUTIONAL, new String[] {"Социальное сопровождение",
          "Направить на социальное сопровождение и в группу взаимной поддержки",
          "Посещает группу поддержки, сопровождение завершено"}));
}
