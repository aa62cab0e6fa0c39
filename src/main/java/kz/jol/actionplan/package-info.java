/**
 * Action-plan monitoring (SPEC section 8, seed 003): government action plans such as decree
 * No. 912 with their measures, executors and deadlines; the executors' half-year reports, due by
 * the 10th of the month after the half-year; the lead executor's consolidation; each measure's
 * state; the reporting discipline of each executor, with reminders. Nothing here names a person
 * on probation.
 *
 * <p>{@link kz.jol.actionplan.ActionPlanExecutors} links Jol's organisations to the bodies a
 * plan names as executors; {@link kz.jol.actionplan.ActionPlanReportFiled} tells who filed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plans")
package kz.jol.actionplan;
