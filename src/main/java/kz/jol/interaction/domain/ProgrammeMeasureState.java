package kz.jol.interaction.domain;

/** The state of a measure of a regional target programme, as its responsible body reports it. */
public enum ProgrammeMeasureState {
  NOT_STARTED, IN_PROGRESS, DONE, CANCELLED
}
