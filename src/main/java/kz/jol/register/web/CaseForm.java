package kz.jol.register.web;

import java.time.LocalDate;
import java.util.Set;
import kz.jol.register.ProbationKind;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseView;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.LegalBasis;

/**
 * The case form as posted, every field as typed. Registering asks for everything; changing a
 * case keeps its person, kind and registration date.
 */
public record CaseForm(
    String personId, String kind, String legalBasis, String courtName, String decisionDate,
    String registrationDate, String plannedEndDate, String releaseDate, String territoryCode,
    String officerId, String version) {

  /** The fields the form shows, named as the service names their problems. */
  static final Set<String> FIELDS = Set.of("kind", "legalBasis", "courtName", "decisionDate",
      "registrationDate", "plannedEndDate", "releaseDate", "territoryCode", "officerId");

  /** A new case of the person, registered today in the person's district. */
  static CaseForm blank(String personId, String territoryCode, LocalDate today) {
    return new CaseForm(personId, ProbationKind.SENTENCE.name(), null, null, null,
        today.toString(), null, null, territoryCode, null, null);
  }

  /** The form filled with a case, to change it. */
  static CaseForm of(CaseView.Full c) {
    return new CaseForm(c.person().id().toString(), c.kind().name(), c.legalBasis().name(),
        c.courtName(), text(c.decisionDate()), text(c.registrationDate()),
        text(c.plannedEndDate()), text(c.releaseDate()), c.territoryCode(),
        c.officer() == null ? null : c.officer().id().toString(), Long.toString(c.version()));
  }

  CaseService.NewCase toNewCase(FormInput in) {
    return new CaseService.NewCase(in.id("personId", personId),
        in.choice("kind", ProbationKind.class, kind),
        in.date("registrationDate", registrationDate), terms(in), territoryCode,
        in.id("officerId", officerId));
  }

  CaseService.CaseChange toChange(FormInput in) {
    return new CaseService.CaseChange(in.version(version), terms(in), territoryCode,
        in.id("officerId", officerId));
  }

  private CaseTerms terms(FormInput in) {
    return new CaseTerms(in.choice("legalBasis", LegalBasis.class, legalBasis), courtName,
        in.date("decisionDate", decisionDate), in.date("plannedEndDate", plannedEndDate),
        in.date("releaseDate", releaseDate));
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
