package kz.jol.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A decision of an advisory body passed its due day without being carried out (published once per
 * decision by the daily sweep).
 *
 * @param decisionId the decision
 * @param meetingId the meeting that took it
 * @param bodyId the advisory body
 * @param number its number within the meeting, e.g. {@code 2.1}
 * @param dueOn the day it was due
 * @param responsibleOrganisationIds the responsible organisations, the lead first
 */
public record DecisionOverdue(UUID decisionId, UUID meetingId, UUID bodyId, String number,
    LocalDate dueOn, List<UUID> responsibleOrganisationIds) {

  public DecisionOverdue {
    responsibleOrganisationIds = List.copyOf(responsibleOrganisationIds);
  }
}
