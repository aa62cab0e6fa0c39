package kz.jol.police.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.police.domain.SocialMap.MeasureKind;
import kz.jol.police.domain.SocialMap.MediationKind;
import kz.jol.police.domain.SocialMap.MediationOutcome;
import kz.jol.police.domain.SocialMap.PartnerKind;
import kz.jol.police.domain.SocialMap.PlaceKind;
import kz.jol.police.domain.SocialMap.PreventiveCategory;
import kz.jol.register.CaseState;
import kz.jol.supervision.SupervisionSummary;

/**
 * A precinct's "social map" as its inspector sees it.
 *
 * @param probation the persons of the probation register living in the precinct, one line per
 *     open case
 * @param preventive the persons the police keep on the preventive register
 */
public record Workspace(UUID precinctId, String number, String name, String territoryCode,
    List<ProbationResident> probation, List<PreventivePerson> preventive, List<Place> places,
    List<Measure> measures, List<Reception> receptions, List<Mediation> mediations) {

  /**
   * A person of the probation register living in the precinct: identity, address, the case's
   * state (WANTED while wanted) — no health, family or court data.
   *
   * @param duties the court's duties in force, as the supervision module keeps them (a
   *     treatment duty without its words: health data)
   * @param lastContact the day of the last attended check-in or home visit that found the
   *     person; null when there was none
   */
  public record ProbationResident(UUID personId, String fullName, String iin, String address,
      UUID caseId, String caseNumber, CaseState state, LocalDate stateSince,
      List<SupervisionSummary.Duty> duties, LocalDate lastContact) {

    public boolean wanted() {
      return state == CaseState.WANTED;
    }
  }

  public record PreventivePerson(UUID id, PreventiveCategory category, String fullName,
      LocalDate birthDate, String address, String basis, LocalDate since, LocalDate until,
      LocalDate protectionOrderUntil) {}

  public record Place(UUID id, PlaceKind kind, PartnerKind partnerKind, String name,
      String address, String contact, String note) {}

  /**
   * @param persons the names of the persons on the register the measure concerned
   */
  public record Measure(UUID id, MeasureKind kind, LocalDate heldOn, String participants,
      String findings, int personsReached, int foundCount, List<String> persons) {}

  public record Reception(UUID id, LocalDate heldOn, int residentsSeen, String topics) {}

  public record Mediation(UUID id, MediationKind kind, LocalDate heldOn, String parties,
      String subject, MediationOutcome outcome) {}
}
