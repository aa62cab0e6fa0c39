/**
 * The model of action plans, free of Spring and of the database: measures and their executors,
 * deadlines, reporting half-years and the rules of a measure's state and a report's timeliness.
 */
package kz.jol.actionplan.domain;
