package kz.jol.interaction.domain;

/** What kind of joint event was held (seed 004). */
public enum JointEventKind {
  MEETING, SEMINAR, CONFERENCE, BRIEFING, OPEN_DAY, PUBLIC_HEARING,
  /** A joint prevention raid of the police, the probation service and others. */
  JOINT_RAID,
  OTHER
}
