package kz.jol.register.application;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;
import kz.jol.register.Sex;
import kz.jol.register.domain.Address;
import kz.jol.register.domain.Education;
import kz.jol.register.domain.Employment;
import kz.jol.register.domain.MaritalStatus;
import kz.jol.register.domain.Person;
import kz.jol.register.domain.PersonDetails;
import kz.jol.register.domain.RegisterAccess.View;

/** A person's card, in the view the reader's role gets. */
@Schema(oneOf = {PersonView.Full.class, PersonView.Reduced.class})
public sealed interface PersonView {

  UUID id();

  /** Which view this is: FULL or REDUCED. */
  View view();

  static PersonView of(Person person, View view) {
    PersonDetails d = person.details();
    UUID id = person.id().value();
    return switch (view) {
      case FULL -> new Full(id, View.FULL, d.iin().value(), d.lastName(), d.firstName(),
          d.middleName(), person.birthDate(), person.sex(), d.citizenship(), d.residence(),
          d.registration(), d.phone(), d.childrenUnder18(), d.maritalStatus(), d.education(),
          d.employmentBeforeConviction(), d.homeTerritoryCode(), person.version());
      case REDUCED -> new Reduced(id, View.REDUCED, d.iin().value(), d.lastName(),
          d.firstName(), d.middleName(), person.birthDate(), person.sex(), d.citizenship(),
          d.residence(), d.registration(), d.phone(), d.homeTerritoryCode());
    };
  }

  /** Everything the register holds on a person. */
  @Schema(name = "PersonFull")
  record Full(
      UUID id, View view, String iin, String lastName, String firstName, String middleName,
      LocalDate birthDate, Sex sex, String citizenship, Address residenceAddress,
      Address registrationAddress, String phone, Integer childrenUnder18,
      MaritalStatus maritalStatus, Education education, Employment employmentBeforeConviction,
      String homeTerritoryCode, long version) implements PersonView {}

  /** Identity, addresses and phone: what a police inspector needs; no family or social data. */
  @Schema(name = "PersonReduced")
  record Reduced(
      UUID id, View view, String iin, String lastName, String firstName, String middleName,
      LocalDate birthDate, Sex sex, String citizenship, Address residenceAddress,
      Address registrationAddress, String phone, String homeTerritoryCode)
      implements PersonView {}
}
