package kz.jol.register.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import kz.jol.register.Iin;
import kz.jol.register.Sex;

/**
 * What the register knows of a person, as entered. Birth date and sex are not here: the IIN
 * carries them.
 *
 * @param iin the individual identification number
 * @param lastName the surname
 * @param firstName the given name
 * @param middleName the patronymic, if any
 * @param citizenship ISO 3166-1 alpha-2 code of the citizenship; null for a stateless person
 * @param residence where the person lives
 * @param registration where the person is registered (прописка); null when not registered
 * @param phone a phone number, digits with an optional leading +
 * @param childrenUnder18 how many children under 18 the person has, if recorded
 * @param maritalStatus marital status, if recorded
 * @param education highest education, if recorded
 * @param employmentBeforeConviction what the person lived on before the conviction, if recorded
 * @param homeTerritoryCode the district whose units look after the person (the person's scope)
 */
public record PersonDetails(
    Iin iin, String lastName, String firstName, String middleName, String citizenship,
    Address residence, Address registration, String phone, Integer childrenUnder18,
    MaritalStatus maritalStatus, Education education, Employment employmentBeforeConviction,
    String homeTerritoryCode) {

  static final int MAX_NAME = 100;
  static final int MAX_CHILDREN = 30;
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M} '’.-]*");
  private static final Pattern CITIZENSHIP = Pattern.compile("[A-Z]{2}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{10,15}");
  private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s()-]");

  /** Trims text and normalises the phone to digits with an optional leading +. */
  public PersonDetails {
    lastName = Text.clean(lastName);
    firstName = Text.clean(firstName);
    middleName = Text.clean(middleName);
    citizenship = Text.clean(citizenship);
    phone = Text.clean(phone);
    if (phone != null) {
      phone = PHONE_SEPARATORS.matcher(phone).replaceAll("");
    }
    homeTerritoryCode = Text.clean(homeTerritoryCode);
    if (residence != null && residence.territoryCode() == null && residence.line() == null) {
      residence = null;
    }
    if (registration != null && registration.territoryCode() == null
        && registration.line() == null) {
      registration = null;
    }
  }

  /**
   * Checks the details, and that a birth date or sex the user typed agrees with the IIN.
   *
   * @param statedBirthDate the birth date as entered, or null
   * @param statedSex the sex as entered, or null
   * @param today the date as of which a birth date may not lie in the future
   * @throws kz.jol.shared.InvalidInputException listing every problem found
   */
  public void check(LocalDate statedBirthDate, Sex statedSex, LocalDate today) {
    Problems problems = new Problems();
    if (!problems.missing("iin", iin)) {
      if (iin.birthDate().isAfter(today)) {
        problems.add("iin", "person.birth-date-future",
            "the IIN gives a birth date in the future: " + iin.birthDate(), iin.birthDate());
      }
      if (statedBirthDate != null && !statedBirthDate.equals(iin.birthDate())) {
        problems.add("birthDate", "person.birth-date-mismatch",
            "the IIN gives the birth date " + iin.birthDate() + ", not " + statedBirthDate,
            iin.birthDate(), statedBirthDate);
      }
      if (statedSex != null && statedSex != iin.sex()) {
        problems.add("sex", "person.sex-mismatch",
            "the IIN gives the sex " + iin.sex() + ", not " + statedSex, iin.sex(), statedSex);
      }
    }
    checkName("lastName", lastName, true, problems);
    checkName("firstName", firstName, true, problems);
    checkName("middleName", middleName, false, problems);
    if (citizenship != null && !CITIZENSHIP.matcher(citizenship).matches()) {
      problems.add("citizenship", "person.citizenship",
          "give the citizenship as a two-letter country code (KZ), not " + citizenship,
          citizenship);
    }
    if (residence != null) {
      residence.check("residenceAddress", problems);
    }
    if (registration != null) {
      registration.check("registrationAddress", problems);
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add("phone", "person.phone",
          "a phone number has 10 to 15 digits, with an optional leading +");
    }
    if (childrenUnder18 != null && (childrenUnder18 < 0 || childrenUnder18 > MAX_CHILDREN)) {
      problems.add("childrenUnder18", "person.children",
          "the number of children must be 0 to " + MAX_CHILDREN, MAX_CHILDREN);
    }
    if (!problems.missing("homeTerritoryCode", homeTerritoryCode)) {
      Text.checkTerritoryCode("homeTerritoryCode", homeTerritoryCode, problems);
    }
    problems.throwIfAny();
  }

  private static void checkName(String field, String name, boolean required,
      Problems problems) {
    if (name == null) {
      if (required) {
        problems.missing(field, null);
      }
      return;
    }
    if (name.length() > MAX_NAME) {
      problems.add(field, "field.size", "is longer than " + MAX_NAME + " characters");
    } else if (!NAME.matcher(name).matches()) {
      problems.add(field, "person.name",
          "a name has letters, spaces, hyphens and apostrophes only");
    }
  }

  /** The names of the fields that differ from {@code other} (for the audit, never values). */
  public Set<String> changedFrom(PersonDetails other) {
    Set<String> changed = new LinkedHashSet<>();
    compare("iin", iin, other.iin, changed);
    compare("lastName", lastName, other.lastName, changed);
    compare("firstName", firstName, other.firstName, changed);
    compare("middleName", middleName, other.middleName, changed);
    compare("citizenship", citizenship, other.citizenship, changed);
    compare("residenceAddress", residence, other.residence, changed);
    compare("registrationAddress", registration, other.registration, changed);
    compare("phone", phone, other.phone, changed);
    compare("childrenUnder18", childrenUnder18, other.childrenUnder18, changed);
    compare("maritalStatus", maritalStatus, other.maritalStatus, changed);
    compare("education", education, other.education, changed);
    compare("employmentBeforeConviction", employmentBeforeConviction,
        other.employmentBeforeConviction, changed);
    compare("homeTerritoryCode", homeTerritoryCode, other.homeTerritoryCode, changed);
    return changed;
  }

  private static void compare(String field, Object a, Object b, Set<String> changed) {
    if (!Objects.equals(a, b)) {
      changed.add(field);
    }
  }

  /** Every territory code the details name, for the caller to check they exist. */
  public Set<TerritoryReference> territoryReferences() {
    Set<TerritoryReference> references = new LinkedHashSet<>();
    if (homeTerritoryCode != null) {
      references.add(new TerritoryReference("homeTerritoryCode", homeTerritoryCode));
    }
    if (residence != null && residence.territoryCode() != null) {
      references.add(new TerritoryReference("residenceAddress.territoryCode",
          residence.territoryCode()));
    }
    if (registration != null && registration.territoryCode() != null) {
      references.add(new TerritoryReference("registrationAddress.territoryCode",
          registration.territoryCode()));
    }
    return references;
  }

  /** A territory code named by a field. */
  public record TerritoryReference(String field, String code) {}
}
