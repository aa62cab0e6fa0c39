package kz.jol.reintegration.domain;

import kz.jol.register.CaseId;

/** A milestone of one case in a caseload's "falls due" list. */
public record DueMilestone(CaseId caseId, Milestone milestone) {}
