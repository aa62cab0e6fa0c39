package kz.jol.interaction.domain;

/** A meeting is planned, then held; only a held meeting takes decisions and minutes. */
public enum MeetingStatus {
  PLANNED,
  HELD
}
