package kz.jol.register.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import kz.jol.register.Iin;
import kz.jol.register.Sex;
import kz.jol.register.domain.Address;
import kz.jol.register.domain.Education;
import kz.jol.register.domain.Employment;
import kz.jol.register.domain.MaritalStatus;
import kz.jol.register.domain.PersonDetails;
import kz.jol.register.application.PersonService.PersonInput;

/** A person as a client sends it, to register or to replace the details. */
@Schema(name = "PersonRequest")
record PersonRequest(
    @Schema(type = "string", implementation = String.class, example = "900101300007",
        description = "12 digits with a valid check digit; gives birth date and sex",
        requiredMode = Schema.RequiredMode.REQUIRED)
    Iin iin,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String lastName,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String firstName,
    @Schema(maxLength = 100) String middleName,
    @Schema(description = "Optional; when given it must agree with the IIN") LocalDate birthDate,
    @Schema(description = "Optional; when given it must agree with the IIN") Sex sex,
    @Schema(description = "ISO 3166-1 alpha-2; empty for a stateless person", example = "KZ")
    String citizenship,
    Address residenceAddress,
    @Schema(description = "Registration (прописка); empty when the person is not registered")
    Address registrationAddress,
    @Schema(example = "+77001234567") String phone,
    @Schema(minimum = "0", maximum = "30") Integer childrenUnder18,
    MaritalStatus maritalStatus,
    Education education,
    Employment employmentBeforeConviction,
    @Schema(description = "KATO code of the district that looks after the person",
        requiredMode = Schema.RequiredMode.REQUIRED, example = "351010000")
    String homeTerritoryCode,
    @Schema(description = "The version read; required when replacing, ignored when registering")
    Long version) {

  PersonInput toInput() {
    return new PersonInput(new PersonDetails(iin, lastName, firstName, middleName, citizenship,
        residenceAddress, registrationAddress, phone, childrenUnder18, maritalStatus, education,
        employmentBeforeConviction, homeTerritoryCode), birthDate, sex);
  }
}
