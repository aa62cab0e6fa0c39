package kz.jol.actionplan;

import java.util.UUID;

/**
 * An executor filed its half-year report on a measure, or the lead its consolidated report.
 *
 * @param reportId the report
 * @param planId the plan
 * @param measureId the measure
 * @param executorCode the executor's code in the plan, e.g. {@code MTSZN}
 * @param period the half-year, e.g. {@code 2017-H1}
 * @param consolidated whether it is the lead's consolidated report on the measure
 * @param late whether it came after the due day
 */
public record ActionPlanReportFiled(UUID reportId, UUID planId, UUID measureId,
    String executorCode, String period, boolean consolidated, boolean late) {}
