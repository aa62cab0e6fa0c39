package kz.jol.actionplan.domain;

import java.util.Objects;

/**
 * A body named among a measure's executors.
 *
 * @param code the executor's code in its plan, e.g. {@code MVD}, {@code AKIMATS}, {@code NGO}
 * @param role lead or co-executor
 * @param byAgreement «(по согласованию)»: a body outside the government's command (the
 *     prosecutor's office, NGOs), which takes part by agreement
 */
public record Executor(String code, ExecutorRole role, boolean byAgreement) {

  public Executor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(role, "role");
  }

  public boolean isLead() {
    return role == ExecutorRole.LEAD;
  }
}
