package kz.jol.demo.internal;

import java.util.Map;
import kz.jol.actionplan.ActionPlanExecutors;
import kz.jol.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * Links the demo organisations to the executors of decree No. 912 (loaded by the actionplan
 * module's migration), so that the demo users see the plan and file its reports: the ministry's
 * committee for the МВД (the analyst), the region's akimat department for the akimats (the
 * agency head), the regional prosecutor's office for the ГП (the prosecutor), a regional NGO for
 * the НПО.
 */
@Component
class DemoActionPlan {

  static final String PLAN = "decree-912";

  private final ActionPlanExecutors executors;

  DemoActionPlan(ActionPlanExecutors executors) {
    this.executors = executors;
  }

  void link(Map<String, Organisation> orgs) {
    executors.link(PLAN, "MVD", orgs.get("ministry").id());
    executors.link(PLAN, "AKIMATS", orgs.get("akimat-region").id());
    executors.link(PLAN, "GP", orgs.get("prosecutor-region").id());
    executors.link(PLAN, "NGO", orgs.get("ngo-road-home").id());
  }
}
