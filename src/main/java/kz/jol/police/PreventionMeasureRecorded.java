package kz.jol.police;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A district inspector recorded a prevention measure (a talk, a visit, a joint raid, a meeting)
 * in a precinct; the indicators read its figures from the view {@code police_prevention_facts}.
 *
 * @param measureId the measure
 * @param precinctId its precinct
 * @param kind the measure's kind ({@code TALK}, {@code VISIT}, {@code JOINT_RAID},
 *     {@code LECTURE})
 * @param heldOn the day it was held
 */
public record PreventionMeasureRecorded(UUID measureId, UUID precinctId, String kind,
    LocalDate heldOn) {}
