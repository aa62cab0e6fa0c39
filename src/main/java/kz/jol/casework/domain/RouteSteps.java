package kz.jol.casework.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import kz.jol.reintegration.domain.Domain;

/**
 * Turns a case's open plan actions and open referrals into the steps of its route sheet.
 *
 * <p>A referral usually carries out a plan action: the plan says "restore the identity card at
 * the ЦОН", routing sent the ЦОН a referral for it. The person goes there once, so the two are
 * one step. A referral is matched to the open plan action of the same domain and organisation
 * that falls due first and is not matched yet; what is left of either stands alone. A step is
 * due on the earlier of its two dates, since the person must meet both. Steps come in order of
 * their date, then by domain in the order of the plan, so the sheet reads as a route.
 */
public final class RouteSteps {

  private RouteSteps() {}

  /** An open action of the plan, in the officer's words. */
  public record PlannedAction(UUID id, Domain domain, String goal, String action,
      UUID organisationId, LocalDate dueOn) {

    public PlannedAction {
      Objects.requireNonNull(domain, "domain");
    }
  }

  /**
   * An open referral.
   *
   * @param actionCode the matrix action (e.g. {@code RESTORE_DOCUMENTS}), or an officer's own
   *     {@code MANUAL_...} action
   * @param actionName the action's name in the sheet's language
   * @param dueOn the last day, in the person's time zone
   */
  public record OpenReferral(UUID id, Domain domain, String actionCode, String actionName,
      UUID organisationId, LocalDate dueOn) {

    public OpenReferral {
      Objects.requireNonNull(domain, "domain");
    }

    /** The matrix's actions have names in every language; an officer's own does not. */
    public boolean isMatrixAction() {
      return actionCode != null && !actionCode.startsWith("MANUAL_");
    }
  }

  /**
   * One step of the route.
   *
   * @param actionCode the referral's action, when there is one: it picks the checklist
   * @param what what to do, in plain words
   * @param detail the plan's goal or the officer's words beside a matrix action's name, or null
   * @param dueOn by which day, or null when neither record names one
   */
  public record Step(Domain domain, String actionCode, String what, String detail,
      UUID organisationId, LocalDate dueOn, UUID planActionId, UUID referralId) {}

  private static final Comparator<Step> ROUTE_ORDER = Comparator
      .comparing(Step::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Step::domain)
      .thenComparing(Step::what, Comparator.nullsLast(Comparator.naturalOrder()));

  /** The steps, merged and in route order. */
  public static List<Step> of(List<PlannedAction> actions, List<OpenReferral> referrals) {
    List<PlannedAction> unmatched = new ArrayList<>(actions);
    unmatched.sort(Comparator.comparing(PlannedAction::dueOn,
        Comparator.nullsLast(Comparator.naturalOrder())));
    List<Step> steps = new ArrayList<>();
    for (OpenReferral referral : referrals) {
      PlannedAction match = unmatched.stream()
          .filter(a -> a.domain() == referral.domain()
              && Objects.equals(a.organisationId(), referral.organisationId()))
          .findFirst().orElse(null);
      if (match == null) {
        steps.add(new Step(referral.domain(), referral.actionCode(), referral.actionName(), null,
            referral.organisationId(), referral.dueOn(), null, referral.id()));
      } else {
        unmatched.remove(match);
        steps.add(merged(match, referral));
      }
    }
    for (PlannedAction action : unmatched) {
      steps.add(new Step(action.domain(), null, action.action(), action.goal(),
          action.organisationId(), action.dueOn(), action.id(), null));
    }
    steps.sort(ROUTE_ORDER);
    return List.copyOf(steps);
  }

  /**
   * The matrix action's name is in the sheet's language for sure; the officer's words may be in
   * another, so they follow as the detail. An officer's own referral yields to the plan's words.
   */
  private static Step merged(PlannedAction action, OpenReferral referral) {
    LocalDate due = earlier(action.dueOn(), referral.dueOn());
    if (referral.isMatrixAction()) {
      String detail = action.action() == null || action.action().equals(referral.actionName())
          ? action.goal() : action.action();
      return new Step(action.domain(), referral.actionCode(), referral.actionName(), detail,
          action.organisationId(), due, action.id(), referral.id());
    }
    return new Step(action.domain(), referral.actionCode(), action.action(), action.goal(),
        action.organisationId(), due, action.id(), referral.id());
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
