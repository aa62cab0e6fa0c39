package kz.jol.organisation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import kz.jol.organisation.OrganisationForm;
import kz.jol.organisation.OrganisationType;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;

/**
 * An organisation's details as they may be stored: type, three names, a territory that exists,
 * and contacts in a usable form. Text is trimmed; blank optional fields become null; an e-mail
 * address is kept in lower case.
 */
public record OrganisationDetails(
    OrganisationType type, String nameKk, String nameRu, String nameEn, String territoryCode,
    String address, String phone, String email, String headName, boolean active) {

  public static final int MAX_NAME = 300;
  public static final int MAX_ADDRESS = 500;
  public static final int MAX_HEAD_NAME = 200;
  public static final int MAX_EMAIL = 254;

  private static final Pattern KATO = Pattern.compile("[0-9]{9}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern PHONE_CHARACTERS = Pattern.compile("[0-9+()\\-\\s]+");

  public OrganisationDetails {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(nameKk, "nameKk");
    Objects.requireNonNull(nameRu, "nameRu");
    Objects.requireNonNull(nameEn, "nameEn");
    Objects.requireNonNull(territoryCode, "territoryCode");
  }

  /**
   * Checks every field of the form and returns the details to store.
   *
   * @param territoryExists whether an active territory has the given КАТО code
   * @throws InvalidInputException listing every wrong field, not only the first
   */
  public static OrganisationDetails of(OrganisationForm form, Predicate<String> territoryExists) {
    List<FieldProblem> problems = new ArrayList<>();
    if (form.type() == null) {
      problems.add(new FieldProblem("type", "field.required", "is required"));
    }
    String nameKk = name("nameKk", form.nameKk(), problems);
    String nameRu = name("nameRu", form.nameRu(), problems);
    String nameEn = name("nameEn", form.nameEn(), problems);
    String territory = trimmed(form.territoryCode());
    if (territory == null) {
      problems.add(new FieldProblem("territoryCode", "field.required", "is required"));
    } else if (!KATO.matcher(territory).matches()) {
      problems.add(new FieldProblem("territoryCode", "organisation.territory-format",
          "'" + territory + "' is not a KATO code of 9 digits", territory));
    } else if (!territoryExists.test(territory)) {
      problems.add(new FieldProblem("territoryCode", "organisation.territory-unknown",
          "there is no territory " + territory, territory));
    }
    String address = optional("address", form.address(), MAX_ADDRESS, problems);
    String phone = optional("phone", form.phone(), 40, problems);
    if (phone != null && !validPhone(phone)) {
      problems.add(new FieldProblem("phone", "organisation.phone-format",
          "use digits, spaces, +, - and brackets, with 3 to 15 digits"));
    }
    String email = optional("email", form.email(), MAX_EMAIL, problems);
    if (email != null) {
      email = email.toLowerCase(Locale.ROOT);
      if (!EMAIL.matcher(email).matches()) {
        problems.add(new FieldProblem("email", "field.email", "is not a valid e-mail address"));
      }
    }
    String headName = optional("headName", form.headName(), MAX_HEAD_NAME, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new OrganisationDetails(form.type(), nameKk, nameRu, nameEn, territory, address, phone,
        email, headName, form.active() == null || form.active());
  }

  private static boolean validPhone(String phone) {
    long digits = phone.chars().filter(Character::isDigit).count();
    return PHONE_CHARACTERS.matcher(phone).matches() && digits >= 3 && digits <= 15;
  }

  private static String name(String field, String value, List<FieldProblem> problems) {
    String name = trimmed(value);
    if (name == null) {
      problems.add(new FieldProblem(field, "field.not-blank", "must not be empty"));
      return "";
    }
    if (name.length() > MAX_NAME) {
      problems.add(new FieldProblem(field, "organisation.too-long",
          "must be at most " + MAX_NAME + " characters", MAX_NAME));
    }
    return name;
  }

  private static String optional(String field, String value, int max, List<FieldProblem> problems) {
    String text = trimmed(value);
    if (text != null && text.length() > max) {
      problems.add(new FieldProblem(field, "organisation.too-long",
          "must be at most " + max + " characters", max));
    }
    return text;
  }

  private static String trimmed(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip();
  }
}
