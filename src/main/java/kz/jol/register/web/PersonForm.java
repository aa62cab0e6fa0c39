package kz.jol.register.web;

import java.util.Set;
import kz.jol.register.application.PersonService.PersonInput;
import kz.jol.register.application.PersonView;
import kz.jol.register.domain.Address;
import kz.jol.register.domain.Education;
import kz.jol.register.domain.Employment;
import kz.jol.register.domain.MaritalStatus;
import kz.jol.register.domain.PersonDetails;

/**
 * The person form as posted, every field as typed, so that a refused form comes back exactly as
 * the user left it. Birth date and sex are not asked: the IIN gives them.
 */
public record PersonForm(
    String iin, String lastName, String firstName, String middleName, String citizenship,
    String residenceTerritoryCode, String residenceLine, String registrationTerritoryCode,
    String registrationLine, String phone, String childrenUnder18, String maritalStatus,
    String education, String employmentBeforeConviction, String homeTerritoryCode,
    String version) {

  /** The fields the form shows, named as the service names their problems. */
  static final Set<String> FIELDS = Set.of("iin", "lastName", "firstName", "middleName",
      "citizenship", "residenceAddress.territoryCode", "residenceAddress.line",
      "registrationAddress.territoryCode", "registrationAddress.line", "phone",
      "childrenUnder18", "maritalStatus", "education", "employmentBeforeConviction",
      "homeTerritoryCode");

  /** An empty form for a person living in the territory. */
  static PersonForm blank(String homeTerritoryCode) {
    return new PersonForm(null, null, null, null, "KZ", homeTerritoryCode, null,
        homeTerritoryCode, null, null, null, null, null, null, homeTerritoryCode, null);
  }

  /** The form filled with a person's record, to change it. */
  static PersonForm of(PersonView.Full p) {
    Address residence = p.residenceAddress();
    Address registration = p.registrationAddress();
    return new PersonForm(p.iin(), p.lastName(), p.firstName(), p.middleName(), p.citizenship(),
        residence == null ? null : residence.territoryCode(),
        residence == null ? null : residence.line(),
        registration == null ? null : registration.territoryCode(),
        registration == null ? null : registration.line(), p.phone(),
        p.childrenUnder18() == null ? null : p.childrenUnder18().toString(),
        name(p.maritalStatus()), name(p.education()), name(p.employmentBeforeConviction()),
        p.homeTerritoryCode(), Long.toString(p.version()));
  }

  PersonInput toInput(FormInput in) {
    var details = new PersonDetails(in.iin("iin", iin), lastName, firstName, middleName,
        citizenship, new Address(residenceTerritoryCode, residenceLine),
        new Address(registrationTerritoryCode, registrationLine), phone,
        in.number("childrenUnder18", childrenUnder18),
        in.choice("maritalStatus", MaritalStatus.class, maritalStatus),
        in.choice("education", Education.class, education),
        in.choice("employmentBeforeConviction", Employment.class, employmentBeforeConviction),
        homeTerritoryCode);
    return new PersonInput(details, null, null);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
