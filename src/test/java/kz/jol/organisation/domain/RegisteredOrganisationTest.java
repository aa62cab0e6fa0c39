package kz.jol.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import kz.jol.organisation.OrganisationType;
import kz.jol.shared.ConflictException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisteredOrganisationTest {

  static OrganisationDetails details(String nameRu) {
    return new OrganisationDetails(OrganisationType.CRISIS_CENTRE, "Дағдарыс орталығы",
        nameRu, "Crisis centre", "351000000", null, null, null, null, true);
  }

  @ParameterizedTest(name = "stored at {0}, revised from {1}")
  @CsvSource({"0, 0", "3, 3", "7, 7"})
  void aRevisionFromTheCurrentVersionBecomesTheNextVersion(int stored, int sent) {
    var organisation = RegisteredOrganisation.restore(UUID.randomUUID(), details("Старое"), stored);

    var revised = organisation.revise(details("Новое"), sent);

    assertThat(revised.version()).isEqualTo(stored + 1);
    assertThat(revised.id()).isEqualTo(organisation.id());
    assertThat(revised.details().nameRu()).isEqualTo("Новое");
    assertThat(organisation.details().nameRu()).isEqualTo("Старое");
  }

  @ParameterizedTest(name = "stored at {0}, revised from {1}")
  @CsvSource({"1, 0", "3, 2", "3, 4", "0, -1"})
  void aRevisionFromAnyOtherVersionIsAConflict(int stored, int sent) {
    var organisation = RegisteredOrganisation.restore(UUID.randomUUID(), details("Старое"), stored);

    assertThatThrownBy(() -> organisation.revise(details("Новое"), sent))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.code()).isEqualTo("organisation.stale-version");
          assertThat(e.args()).containsExactly(sent, stored);
        });
  }

  @ParameterizedTest
  @CsvSource({"Новое"})
  void aNewOrganisationStartsAtVersionZero(String name) {
    assertThat(RegisteredOrganisation.register(UUID.randomUUID(), details(name)).version())
        .isZero();
  }
}
