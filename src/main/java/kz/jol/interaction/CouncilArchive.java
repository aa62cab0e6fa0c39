package kz.jol.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Enters advisory bodies' past work from paper, as of the days the paper gives, without a
 * signed-in user: for the demo's back-dated history and for importing an akimat's archive. The
 * same rules as for work recorded on the pages apply (states move only forward, evidence is
 * required).
 */
public interface CouncilArchive {

  /** A member: an organisation (name null) or a person. */
  record MemberEntry(UUID organisationId, String fullName, String position, String affiliation,
      String role) {}

  /** Registers a body with its members; returns its id. */
  UUID body(String kind, String territoryCode, UUID conveningOrganisationId, String nameKk,
      String nameRu, String nameEn, LocalDate activeFrom, List<MemberEntry> members);

  /**
   * Records a meeting held on the day with its agenda, the members present (by their position
   * in the member list, from 0) and the minutes' number; returns its id.
   */
  UUID heldMeeting(UUID bodyId, LocalDate on, String place, List<String> agenda,
      List<Integer> present, String minutesNumber);

  /** Records a decision of a held meeting; returns its id. */
  UUID decision(UUID meetingId, String number, String text, LocalDate dueOn,
      List<UUID> responsibleOrganisationIds);

  /** Moves a decision to a state on the day, with the evidence and, where needed, the reason. */
  void change(UUID decisionId, String state, LocalDate on, String evidence, String reason);
}
