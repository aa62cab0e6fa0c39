package kz.jol.reintegration.domain;

import java.time.LocalDate;

/**
 * A milestone as seen on a given day.
 *
 * @param kind which milestone
 * @param date the day it falls on
 * @param passed whether that day is before the day evaluated (a milestone due today has not
 *     passed)
 */
public record Milestone(MilestoneKind kind, LocalDate date, boolean passed) {}
