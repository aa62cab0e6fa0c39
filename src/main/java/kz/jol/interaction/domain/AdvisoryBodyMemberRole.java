package kz.jol.interaction.domain;

/** A member's place on a body: its chair, its secretary, or an ordinary member. */
public enum AdvisoryBodyMemberRole {
  CHAIR,
  SECRETARY,
  MEMBER
}
