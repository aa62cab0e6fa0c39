package kz.jol.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.UserSummary;
import kz.jol.access.Users;
import kz.jol.audit.AuditAction;
import kz.jol.audit.AuditTrail;
import kz.jol.casework.domain.RouteSteps;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.Organisations;
import kz.jol.register.application.CaseView;
import kz.jol.register.application.CaseService;
import kz.jol.reintegration.application.PlanService;
import kz.jol.reintegration.application.PlanService.PlanView;
import kz.jol.reintegration.domain.ActionStatus;
import kz.jol.reintegration.domain.PlanState;
import kz.jol.routing.application.ReferralService;
import kz.jol.routing.application.ReferralService.ReferralView;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The route sheet (маршрутный лист / бағыт парағы) of a case: what the person does next, where,
 * with what and by when, and whom to call when stuck, in Kazakh or Russian.
 *
 * <p>The sheet is handed to the person and may be lost or shown at a reception desk, so it
 * carries only what the person needs to act: their name, the steps, the offices and the
 * officer. No IIN (the person knows it, and every office asks for the identity document
 * anyway), no case number, no kind of sentence, court or offence.
 */
@Service
public class RouteSheet {

  /** The languages a sheet is printed in: the person's, Kazakh or Russian. */
  public static final Set<String> LANGUAGES = Set.of("kk", "ru");

  private final CaseService cases;
  private final PlanService plans;
  private final ReferralService referrals;
  private final Organisations organisations;
  private final Users users;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Clock clock;

  RouteSheet(CaseService cases, PlanService plans, ReferralService referrals,
      Organisations organisations, Users users, CurrentActor currentActor, AuditTrail audit,
      MessageSource messages, Clock clock) {
    this.cases = cases;
    this.plans = plans;
    this.referrals = referrals;
    this.organisations = organisations;
    this.users = users;
    this.currentActor = currentActor;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * What the sheet says.
   *
   * @param caseNumber for the file name only; not printed
   * @param planInForce false while the plan is missing or a draft: the sheet then says that it
   *     is being prepared
   */
  public record Content(UUID caseId, String caseNumber, Locale language, String personName,
      LocalDate issuedOn, boolean planInForce, List<Step> steps, Contact contact) {}

  /**
   * One step, in the sheet's language.
   *
   * @param what what to do
   * @param detail the goal or the officer's words, or null
   * @param office the organisation's name, or null when none is named
   * @param bring what to take along
   * @param dueOn by which day, or null
   */
  public record Step(int number, String what, String detail, String office, String address,
      String phone, List<String> bring, LocalDate dueOn) {}

  /** Whom to call when stuck: the case's officer and their probation unit. */
  public record Contact(String officerName, String unitName, String unitAddress,
      String unitPhone) {}

  /** Checks the asked language: kk or ru. */
  public static Locale language(String lang) {
    String tag = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(tag)) {
      throw new InvalidInputException("lang", "casework.route-sheet.language",
          "a route sheet is printed in kk or ru", lang);
    }
    return Locale.forLanguageTag(tag);
  }

  /**
   * The sheet of a case the reader reaches, and an EXPORT row in the audit trail: it leaves the
   * system on paper.
   *
   * <p>Not one transaction: each module's read is its own, so that a case without a plan
   * (the plan service's 404) does not mark a shared transaction for rollback.
   *
   * @throws NotFoundException when the case is out of the reader's reach
   */
  public Content of(UUID caseId, Locale language) {
    Locale previous = LocaleContextHolder.getLocale();
    // The plan and the referrals name organisations and actions in the current locale.
    LocaleContextHolder.setLocale(language);
    try {
      CaseView view = cases.get(caseId);
      Content content = build(view, language);
      audit.record("CASE", caseId, AuditAction.EXPORT, "route sheet " + language.getLanguage());
      return content;
    } finally {
      LocaleContextHolder.setLocale(previous);
    }
  }

  private Content build(CaseView view, Locale language) {
    Optional<PlanView> plan = plan(view.id());
    boolean planInForce = plan.map(p -> p.state() == PlanState.APPROVED
        || p.state() == PlanState.UNDER_REVIEW).orElse(false);
    List<RouteSteps.PlannedAction> actions = !planInForce ? List.of() : plan.get().actions()
        .stream()
        .filter(a -> a.status() == ActionStatus.OPEN)
        .map(a -> new RouteSteps.PlannedAction(a.id(), a.domain(), a.goal(), a.action(),
            a.responsibleOrganisation() == null ? null : a.responsibleOrganisation().id(),
            a.dueOn()))
        .toList();
    ZoneId zone = clock.getZone();
    List<RouteSteps.OpenReferral> open = referrals.ofCase(view.id()).stream()
        .filter(r -> r.state().isOpen())
        .map(r -> new RouteSteps.OpenReferral(r.id(), r.domain(), r.actionCode(), r.action(),
            r.organisation() == null ? null : r.organisation().id(),
            r.dueAt() == null ? null : LocalDate.ofInstant(r.dueAt(), zone)))
        .toList();
    List<RouteSteps.Step> route = RouteSteps.of(actions, open);
    List<Step> steps = new java.util.ArrayList<>();
    for (RouteSteps.Step s : route) {
      Optional<Organisation> office = Optional.ofNullable(s.organisationId())
          .flatMap(organisations::find);
      steps.add(new Step(steps.size() + 1, s.what(), s.detail(),
          office.map(o -> o.name(language)).orElse(null),
          office.map(Organisation::address).orElse(null),
          office.map(Organisation::phone).orElse(null),
          bring(s, language), s.dueOn()));
    }
    return new Content(view.id(), caseNumber(view), language, personName(view),
        LocalDate.now(clock), planInForce, List.copyOf(steps), contact(view, language));
  }

  private Optional<PlanView> plan(UUID caseId) {
    try {
      return Optional.of(plans.get(caseId));
    } catch (NotFoundException e) {
      if ("plan.none".equals(e.code())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The action's own checklist if it has one, else the domain's. */
  private List<String> bring(RouteSteps.Step step, Locale language) {
    String list = null;
    if (step.actionCode() != null) {
      list = messages.getMessage("casework.bring." + step.actionCode(), null, null, language);
    }
    if (list == null) {
      list = messages.getMessage("casework.bring." + step.domain(), null, null, language);
    }
    return list == null ? List.of() : Arrays.stream(list.split("\\|"))
        .map(String::strip).filter(item -> !item.isEmpty()).toList();
  }

  /**
   * The case's officer and their unit; a case without an officer names the reader, who hands
   * the sheet over.
   */
  private Contact contact(CaseView view, Locale language) {
    CaseView.OfficerRef officer = switch (view) {
      case CaseView.Full full -> full.officer();
      case CaseView.Reduced reduced -> reduced.officer();
    };
    String name;
    UUID unitId;
    if (officer != null && officer.id() != null) {
      name = officer.fullName();
      unitId = users.find(officer.id()).map(UserSummary::organisationId).orElse(null);
    } else {
      Actor reader = currentActor.require();
      name = reader.fullName();
      unitId = reader.organisationId();
    }
    Optional<Organisation> unit = Optional.ofNullable(unitId).flatMap(organisations::find);
    return new Contact(name, unit.map(o -> o.name(language)).orElse(null),
        unit.map(Organisation::address).orElse(null), unit.map(Organisation::phone).orElse(null));
  }

  private static String personName(CaseView view) {
    CaseView.PersonRef person = switch (view) {
      case CaseView.Full full -> full.person();
      case CaseView.Reduced reduced -> reduced.person();
    };
    if (person == null) {
      return "";
    }
    StringBuilder name = new StringBuilder();
    for (String part : new String[] {person.lastName(), person.firstName(), person.middleName()}) {
      if (part != null && !part.isBlank()) {
        name.append(name.isEmpty() ? "" : " ").append(part.strip());
      }
    }
    return name.toString();
  }

  private static String caseNumber(CaseView view) {
    return switch (view) {
      case CaseView.Full full -> full.caseNumber();
      case CaseView.Reduced reduced -> reduced.caseNumber();
    };
  }
}
