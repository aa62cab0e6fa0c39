package kz.jol.police.domain;

/**
 * The kinds the precinct's "social map" records use (seed 004, the district inspector's tasks;
 * SPEC section 9). Each value has a label in every language under {@code police.<enum>.<VALUE>}.
 */
public final class SocialMap {

  private SocialMap() {}

  /** Why the police keep a person on the preventive register (профилактический учёт). */
  public enum PreventiveCategory {
    /** Previously convicted (ранее судимые). */
    PREVIOUSLY_CONVICTED,
    /** Under administrative supervision (административный надзор). */
    ADMINISTRATIVE_SUPERVISION,
    /** Family-household violence offender, with or without a protection order. */
    DOMESTIC_VIOLENCE,
    /** Abuses alcohol or drugs. */
    ALCOHOL_OR_DRUGS,
    /** A minor on the juvenile register. */
    JUVENILE,
    OTHER
  }

  /** What a place on the map is. */
  public enum PlaceKind {
    /** A family in a difficult situation or with conflicts. */
    PROBLEM_FAMILY,
    /** A place where offences happen or may happen. */
    RISK_PLACE,
    /** A local partner or leader the inspector works with. */
    PARTNER
  }

  /** Who a local partner is. */
  public enum PartnerKind { AKSAKAL, NGO, BUSINESS, VOLUNTEER, SCHOOL, OTHER }

  /** A prevention measure. */
  public enum MeasureKind {
    /** An individual prevention talk. */
    TALK,
    /** A visit at home. */
    VISIT,
    /** A joint raid with other police units or bodies. */
    JOINT_RAID,
    /** A meeting or lecture for residents. */
    LECTURE
  }

  /** A conflict the inspector mediates. */
  public enum MediationKind { FAMILY, NEIGHBOUR }

  /** How a mediation ended. */
  public enum MediationOutcome { RECONCILED, AGREEMENT, REFERRED, NOT_RESOLVED }
}
