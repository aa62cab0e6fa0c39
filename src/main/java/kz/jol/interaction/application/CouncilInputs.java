package kz.jol.interaction.application;

import java.util.List;

/**
 * What the forms and the API send, as typed: every field is text so that each mistake comes back
 * beside its field in the reader's language rather than as an unreadable parse error.
 */
public final class CouncilInputs {

  private CouncilInputs() {}

  /** A new advisory body; the convening organisation is the recorder's own unless an admin's. */
  public record BodyInput(String kind, String territoryCode, String conveningOrganisationId,
      String nameKk, String nameRu, String nameEn, String activeFrom, String activeTo) {}

  /**
   * A new member: an organisation ({@code organisationId}, no name), or a person ({@code
   * fullName}, a position and either an organisation or a public affiliation such as an NGO).
   */
  public record MemberInput(String organisationId, String fullName, String position,
      String affiliation, String role) {}

  /** A meeting: planned (status PLANNED) or recorded as held, with its agenda in order. */
  public record MeetingInput(String date, String place, List<String> agenda, String status,
      String minutesNumber, String minutesDate, List<String> present) {}

  /** Marks a planned meeting held. */
  public record HoldInput(String date, String minutesNumber, String minutesDate,
      List<String> present) {}

  /** A decision of a held meeting; the first responsible organisation leads. */
  public record DecisionInput(String number, String text, String dueDate,
      List<String> responsible) {}

  /** A change of a decision's state with its evidence; the reason for NOT_DONE and CANCELLED. */
  public record ChangeInput(String state, String evidence, String reason) {}

  /** An uploaded file as received. */
  public record Upload(String fileName, byte[] bytes) {

    public boolean empty() {
      return bytes == null || bytes.length == 0;
    }
  }
}
