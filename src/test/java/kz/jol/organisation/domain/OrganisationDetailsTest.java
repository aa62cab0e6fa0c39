package kz.jol.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kz.jol.organisation.OrganisationForm;
import kz.jol.organisation.OrganisationType;
import kz.jol.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrganisationDetailsTest {

  static final Set<String> TERRITORIES = Set.of("350000000", "351000000");

  /** A valid form, changed by each case below. */
  static OrganisationForm form() {
    return new OrganisationForm(OrganisationType.HEALTH_CLINIC, "№ 1 емхана", "Поликлиника № 1",
        "Polyclinic No. 1", "351000000", "Қарағанды қ., Бұқар жырау д-лы, 1", "+7 (7212) 00-00-01",
        "clinic1@example.kz", "Test Head", true, null);
  }

  static OrganisationForm with(UnaryOperator<Builder> change) {
    return change.apply(new Builder(form())).build();
  }

  /** Each way a form can be wrong, and the field problems it must give: "field code". */
  static Stream<Arguments> wrongForms() {
    return Stream.of(
        arguments("no type", with(b -> b.type(null)), List.of("type field.required")),
        arguments("blank Kazakh name", with(b -> b.nameKk("  ")),
            List.of("nameKk field.not-blank")),
        arguments("all names missing", with(b -> b.nameKk(null).nameRu("").nameEn(null)),
            List.of("nameKk field.not-blank", "nameRu field.not-blank", "nameEn field.not-blank")),
        arguments("name too long", with(b -> b.nameRu("а".repeat(301))),
            List.of("nameRu organisation.too-long")),
        arguments("no territory", with(b -> b.territory(null)),
            List.of("territoryCode field.required")),
        arguments("territory not 9 digits", with(b -> b.territory("35")),
            List.of("territoryCode organisation.territory-format")),
        arguments("unknown territory", with(b -> b.territory("359999999")),
            List.of("territoryCode organisation.territory-unknown")),
        arguments("phone with letters", with(b -> b.phone("call us")),
            List.of("phone organisation.phone-format")),
        arguments("phone with two digits", with(b -> b.phone("+7")),
            List.of("phone organisation.phone-format")),
        arguments("phone with 16 digits", with(b -> b.phone("+7 7212 0000 0000 000")),
            List.of("phone organisation.phone-format")),
        arguments("e-mail without domain", with(b -> b.email("clinic@")),
            List.of("email field.email")),
        arguments("e-mail without dot", with(b -> b.email("clinic@localhost")),
            List.of("email field.email")),
        arguments("e-mail with a space", with(b -> b.email("a b@example.kz")),
            List.of("email field.email")),
        arguments("address too long", with(b -> b.address("x".repeat(501))),
            List.of("address organisation.too-long")),
        arguments("head's name too long", with(b -> b.headName("x".repeat(201))),
            List.of("headName organisation.too-long")),
        arguments("everything wrong at once",
            with(b -> b.type(null).nameEn(" ").territory("abc").email("no")),
            List.of("type field.required", "nameEn field.not-blank",
                "territoryCode organisation.territory-format", "email field.email")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongForms")
  void aWrongFormIsRefusedWithEveryProblem(String why, OrganisationForm form,
      List<String> expected) {
    assertThatThrownBy(() -> OrganisationDetails.of(form, TERRITORIES::contains))
        .as(why)
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.problems()).extracting(p -> p.field() + " " + p.code())
                .containsExactlyElementsOf(expected));
  }

  @Test
  void aGoodFormIsTrimmedAndBlankContactsDropped() {
    OrganisationDetails details = OrganisationDetails.of(
        with(b -> b.nameKk("  ХҚКО № 2  ").email(" CON2@Example.KZ ").address("   ")
            .headName("").phone(" 1414 ").active(null)),
        TERRITORIES::contains);

    assertThat(details.nameKk()).isEqualTo("ХҚКО № 2");
    assertThat(details.email()).isEqualTo("con2@example.kz");
    assertThat(details.phone()).isEqualTo("1414");
    assertThat(details.address()).isNull();
    assertThat(details.headName()).isNull();
    assertThat(details.active()).isTrue();
  }

  @Test
  void anOrganisationMayBeMarkedInactive() {
    assertThat(OrganisationDetails.of(with(b -> b.active(false)), TERRITORIES::contains).active())
        .isFalse();
  }

  /** Changes one field of a form at a time. */
  record Builder(OrganisationForm f) {
    Builder type(OrganisationType v) {
      return new Builder(new OrganisationForm(v, f.nameKk(), f.nameRu(), f.nameEn(),
          f.territoryCode(), f.address(), f.phone(), f.email(), f.headName(), f.active(),
          f.version()));
    }

    Builder nameKk(String v) {
      return new Builder(new OrganisationForm(f.type(), v, f.nameRu(), f.nameEn(),
          f.territoryCode(), f.address(), f.phone(), f.email(), f.headName(), f.active(),
          f.version()));
    }

    Builder nameRu(String v) {
      return new Builder(new OrganisationForm(f.type(), f.nameKk(), v, f.nameEn(),
          f.territoryCode(), f.address(), f.phone(), f.email(), f.headName(), f.active(),
          f.version()));
    }

    Builder nameEn(String v) {
      return new Builder(new OrganisationForm(f.type(), f.nameKk(), f.nameRu(), v,
          f.territoryCode(), f.address(), f.phone(), f.email(), f.headName(), f.active(),
          f.version()));
    }

    Builder territory(String v) {
      return new Builder(new OrganisationForm(f.type(), f.nameKk(), f.nameRu(), f.nameEn(), v,
          f.address(), f.phone(), f.email(), f.headName(), f.active(), f.version()));
    }

    Builder address(String v) {
      return new Builder(new OrganisationForm(f.type(), f.nameKk(), f.nameRu(), f.nameEn(),
          f.territoryCode(), v, f.phone(), f.email(), f.headName(), f.active(), f.version()));
    }

    Builder phone(String v) {
      return new Builder(new OrganisationForm(f.type(), f.nameKk(), f.nameRu(), f.nameEn(),
          f.territoryCode(), f.address(), v, f.email(), f.headName(), f.active(), f.version()));
    }

    Builder email(String v) {
      return new Builder(new OrganisationForm(f.type(), f.nameKk(), f.nameRu(), f.nameEn(),
          f.territoryCode(), f.address(), f.phone(), v, f.headName(), f.active(), f.version()));
    }

    Builder headName(String v) {
      return new Builder(new OrganisationForm(f.type(), f.nameKk(), f.nameRu(), f.nameEn(),
          f.territoryCode(), f.address(), f.phone(), f.email(), v, f.active(), f.version()));
    }

    Builder active(Boolean v) {
      return new Builder(new OrganisationForm(f.type(), f.nameKk(), f.nameRu(), f.nameEn(),
          f.territoryCode(), f.address(), f.phone(), f.email(), f.headName(), v, f.version()));
    }

    OrganisationForm build() {
      return f;
    }
  }
}
