package kz.jol.interaction.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.interaction.domain.AdvisoryBodyKind;
import kz.jol.interaction.domain.AdvisoryBodyMemberRole;
import kz.jol.interaction.domain.DecisionState;
import kz.jol.interaction.domain.DecisionStanding;
import kz.jol.interaction.domain.MeetingStatus;

/** The records of advisory bodies as the service reads and returns them. */
public final class CouncilData {

  private CouncilData() {}

  static String pick(Locale locale, String kk, String ru, String en) {
    String language = locale == null ? "" : locale.getLanguage();
    return switch (language) {
      case "ru" -> ru;
      case "en" -> en;
      default -> kk;
    };
  }

  /** An advisory body. */
  public record Body(UUID id, AdvisoryBodyKind kind, String territoryCode,
      UUID conveningOrganisationId, String nameKk, String nameRu, String nameEn,
      LocalDate activeFrom, LocalDate activeTo) {

    public String name(Locale locale) {
      return pick(locale, nameKk, nameRu, nameEn);
    }

    public boolean activeOn(LocalDate day) {
      return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }
  }

  /** A member: an organisation (fullName null) or a person. */
  public record Member(UUID id, UUID bodyId, UUID organisationId, String fullName,
      String position, String affiliation, AdvisoryBodyMemberRole role, int ordinal) {

    public boolean person() {
      return fullName != null;
    }
  }

  /** A meeting without its file's bytes. */
  public record Meeting(UUID id, UUID bodyId, LocalDate meetingOn, String place,
      MeetingStatus status, String minutesNumber, LocalDate minutesOn, String minutesFileName,
      String minutesContentType, Integer minutesSize, List<String> agenda, List<UUID> present) {

    public boolean hasMinutesFile() {
      return minutesFileName != null;
    }

    public boolean held() {
      return status == MeetingStatus.HELD;
    }
  }

  /** A decision with its responsible organisations, the lead first. */
  public record Decision(UUID id, UUID meetingId, UUID bodyId, LocalDate meetingOn,
      String number, String text, LocalDate dueOn, DecisionState state, LocalDate closedOn,
      String stateReason, List<UUID> responsible) {

    public DecisionStanding standing(LocalDate today) {
      return DecisionStanding.of(state, dueOn, closedOn, today);
    }
  }

  /** One change of a decision's state with its evidence. */
  public record Change(UUID id, UUID decisionId, DecisionState from, DecisionState to,
      LocalDate effectiveOn, String evidence, String reason, String fileName, Instant changedAt,
      String changedBy, UUID organisationId) {}

  /** A stored file. */
  public record StoredFile(String fileName, String contentType, byte[] bytes) {}
}
