package kz.jol.actionplan;

import java.util.UUID;

/**
 * Which of Jol's organisations act for a body a plan names as executor: their users file that
 * executor's reports (and, for a lead, consolidate) and see the plan. A plan names bodies — «МВД»,
 * «акиматы областей, городов Астаны и Алматы», «НПО» — not Jol's organisations, so the link is
 * kept beside the plan (docs/actionplan.md).
 */
public interface ActionPlanExecutors {

  /**
   * Links the organisation to the executor; linking twice changes nothing.
   *
   * @param planCode the plan's code, e.g. {@code decree-912}
   * @param executorCode the executor's code in the plan, e.g. {@code MVD}
   * @throws kz.jol.shared.NotFoundException when there is no such plan, executor or organisation
   */
  void link(String planCode, String executorCode, UUID organisationId);
}
