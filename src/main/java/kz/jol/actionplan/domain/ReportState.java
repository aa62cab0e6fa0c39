package kz.jol.actionplan.domain;

/** What a report claims of a measure's execution. */
public enum ReportState { NOT_STARTED, IN_PROGRESS, DONE }
