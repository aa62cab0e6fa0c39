package kz.jol.interaction.domain;

/** What an agreement is called: an agreement, a memorandum of cooperation, a joint plan. */
public enum AgreementKind {
  AGREEMENT, MEMORANDUM, JOINT_PLAN
}
