package kz.jol.publication;

import static kz.jol.publication.PublicationFixture.admin;
import static kz.jol.publication.PublicationFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Role;
import kz.jol.publication.application.PublicationRequest;
import kz.jol.publication.application.PublicationService;
import kz.jol.publication.application.PublicationTexts;
import kz.jol.publication.domain.Attacker;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishing a table of a region of the test's own: what is hidden at the default minimum of
 * 10, that nothing hidden can be recovered from the stored public view, that the public numbers
 * stay frozen until a correction, and that a withdrawn table is gone.
 */
@SpringBootTest
class PublicationServiceTest {

  static final PublicationTexts WORDS = new PublicationTexts("Пробация түрлері бойынша",
      "По видам пробации", "By kind of probation", null);

  @Autowired PublicationService publications;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  PublicationFixture region;
  LocalDate today;
  PublicationRequest request;

  /** Alpha: 3 pre-trial, 25 sentence; Beta: 12 sentence, 15 post; Gamma: 14, 30, 8 penitentiary. */
  @BeforeEach
  void aRegionOfThreeDistricts() {
    region = new PublicationFixture(jdbc);
    today = LocalDate.now(clock);
    LocalDate day = today.minusDays(10);
    region.cases(0, "PRE_TRIAL", 3, day);
    region.cases(0, "SENTENCE", 25, day);
    region.cases(1, "SENTENCE", 12, day);
    region.cases(1, "POST_PENITENTIARY", 15, day);
    region.cases(2, "PRE_TRIAL", 14, day);
    region.cases(2, "SENTENCE", 30, day);
    region.cases(2, "PENITENTIARY", 8, day);
    request = new PublicationRequest("CASES_BY_KIND", region.region,
        today.minusDays(30).toString(), today.toString());
  }

  static final long[][] RAW = {{3, 25, 0, 0}, {0, 12, 0, 15}, {14, 30, 8, 0}};

  @Test
  void thePreviewHidesTheSmallCountsAndWhatWouldGiveThemBack() {
    PublishedTable preview = as(admin(), () -> publications.preview(request, Locale.ENGLISH))
        .table();

    assertThat(preview.rows()).extracting(PublishedTable.Row::key)
        .containsExactlyElementsOf(region.districts);
    assertThat(preview.minimumCell()).isEqualTo(10);
    assertThat(preview.rows().get(0).counts().get(0)).as("3 pre-trial in Alpha").isNull();
    assertThat(preview.rows().get(2).counts().get(2)).as("8 penitentiary in Gamma").isNull();
    assertThat(preview.total().counts().get(2)).as("8 penitentiary in all").isNull();
    assertThat(preview.rows().get(1).counts()).as("zeros stay; 12 and 15 protect the others")
        .containsExactly(0L, null, 0L, null);
    assertThat(preview.rows()).extracting(PublishedTable.Row::total)
        .containsExactly(28L, 27L, 52L);
    assertThat(preview.total().total()).isEqualTo(107L);
    assertNothingRecoverable(preview);
  }

  /** Alpha: 6 pre-trial, 40 sentence; Beta: 20 and 30; Gamma: 25 sentence, 12 post. */
  static PublicationRequest sixPreTrialInAlpha(PublicationFixture region, LocalDate today) {
    LocalDate day = today.minusDays(2);
    region.cases(0, "PRE_TRIAL", 6, day);
    region.cases(0, "SENTENCE", 40, day);
    region.cases(1, "PRE_TRIAL", 20, day);
    region.cases(1, "SENTENCE", 30, day);
    region.cases(2, "SENTENCE", 25, day);
    region.cases(2, "POST_PENITENTIARY", 12, day);
    return new PublicationRequest("CASES_BY_KIND", region.region,
        today.minusDays(7).toString(), today.toString());
  }

  @Test
  void theDefaultMinimumHidesSix() {
    var other = new PublicationFixture(jdbc);
    PublishedTable table = as(admin(), () -> publications.preview(
        sixPreTrialInAlpha(other, today), Locale.ENGLISH)).table();
    assertThat(table.rows().get(0).counts().get(0)).isNull();
    assertThat(table.rows().get(0).counts().get(1)).as("40 would give the 6 back").isNull();
    assertThat(table.rows().get(1).counts().get(0)).as("20 would give the 6 back").isNull();
    assertThat(table.hiddenCount()).isEqualTo(4);
  }

  @Test
  void aPublishedTableIsFrozenUntilCorrectedAndTheCorrectionIsMarked() {
    UUID id = as(admin(), () -> publications.publish(request, WORDS, null));
    PublishedTable first = publications.published(id, Locale.forLanguageTag("kk"));
    assertThat(first.title()).isEqualTo("Пробация түрлері бойынша");
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.correctedOn()).isNull();
    assertNothingRecoverable(first);

    region.cases(1, "SENTENCE", 5, today.minusDays(5));
    assertThat(publications.published(id, Locale.forLanguageTag("kk"))).isEqualTo(first);

    int version = as(admin(), () -> publications.correct(id, new PublicationTexts(
        "Түзетілген", "Исправлено", "Corrected", "Five cases were filed late"), null));
    PublishedTable corrected = publications.published(id, Locale.ENGLISH);
    assertThat(version).isEqualTo(2);
    assertThat(corrected.version()).isEqualTo(2);
    assertThat(corrected.title()).isEqualTo("Corrected");
    assertThat(corrected.note()).isEqualTo("Five cases were filed late");
    assertThat(corrected.correctedOn()).isEqualTo(today);
    assertThat(corrected.rows().get(1).total()).isEqualTo(32L);
    assertThat(first.rows().get(1).total()).isEqualTo(27L);
    assertThat(as(admin(), () -> publications.detail(id, Locale.ENGLISH)).versions())
        .extracting(PublicationService.VersionView::version).containsExactly(2, 1);
  }

  @Test
  void publishingWhatChangedSinceThePreviewIsRefusedWithNothingPublished() {
    var preview = as(admin(), () -> publications.preview(request, Locale.ENGLISH));
    region.cases(0, "SENTENCE", 1, today.minusDays(1));
    int before = jdbc.sql("select count(*) from publication").query(Integer.class).single();
    assertThatThrownBy(() -> as(admin(),
        () -> publications.publish(request, WORDS, preview.fingerprint())))
        .hasMessageContaining("changed");
    assertThat(jdbc.sql("select count(*) from publication").query(Integer.class).single())
        .isEqualTo(before);
    var again = as(admin(), () -> publications.preview(request, Locale.ENGLISH));
    UUID id = as(admin(), () -> publications.publish(request, WORDS, again.fingerprint()));
    assertThat(publications.published(id, Locale.ENGLISH).rows()).as("what was previewed")
        .isEqualTo(again.table().rows());
  }

  @Test
  void aWithdrawnTableIsGoneFromEveryPublicRead() {
    UUID id = as(admin(), () -> publications.publish(request, WORDS, null));
    assertThat(publications.published(Locale.ENGLISH)).extracting(s -> s.id()).contains(id);

    as(admin(), () -> {
      publications.withdraw(id);
      return null;
    });

    assertThatThrownBy(() -> publications.published(id, Locale.ENGLISH))
        .isInstanceOf(NotFoundException.class);
    assertThat(publications.published(Locale.ENGLISH)).extracting(s -> s.id())
        .doesNotContain(id);
    assertThat(as(admin(), () -> publications.detail(id, Locale.ENGLISH)).summary().state())
        .isEqualTo("WITHDRAWN");
    assertThatThrownBy(() -> as(admin(), () -> publications.correct(id, WORDS, null)))
        .hasMessageContaining("withdrawn");
  }

  @Test
  void anUnknownPublicationIsNotFound() {
    assertThatThrownBy(() -> publications.published(UUID.randomUUID(), Locale.ENGLISH))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void onlyAnAdministratorPublishes() {
    for (Role role : Role.values()) {
      if (role == Role.ADMIN) {
        continue;
      }
      assertThatThrownBy(() -> as(PublicationFixture.actor(role),
          () -> publications.publish(request, WORDS, null)))
          .as(role.name()).isInstanceOf(ForbiddenException.class);
    }
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsPublished() {
    int before = jdbc.sql("select count(*) from publication").query(Integer.class).single();
    var wrong = new PublicationRequest("NO_SUCH_TABLE", "123", "2026-13-01",
        today.plusDays(1).toString());
    assertThatThrownBy(() -> as(admin(), () -> publications.publish(wrong,
        new PublicationTexts(" ", "ok", "x".repeat(201), null), null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::field, FieldProblem::code)
            .contains(org.assertj.core.groups.Tuple.tuple("kind", "publication.kind.unknown"),
                org.assertj.core.groups.Tuple.tuple("territory", "publication.territory.unknown"),
                org.assertj.core.groups.Tuple.tuple("from", "publication.date"),
                org.assertj.core.groups.Tuple.tuple("titleKk", "field.required"),
                org.assertj.core.groups.Tuple.tuple("titleEn", "field.too-long")));
    var backwards = new PublicationRequest("CASES_BY_KIND", region.region, today.toString(),
        today.minusDays(1).toString());
    assertThatThrownBy(() -> as(admin(), () -> publications.preview(backwards, Locale.ENGLISH)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::code).containsExactly("publication.period.order"));
    var future = new PublicationRequest("CASES_BY_KIND", region.region, today.toString(),
        today.plusDays(1).toString());
    assertThatThrownBy(() -> as(admin(), () -> publications.preview(future, Locale.ENGLISH)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .extracting(FieldProblem::code).containsExactly("publication.period.future"));
    assertThat(jdbc.sql("select count(*) from publication").query(Integer.class).single())
        .isEqualTo(before);
  }

  /** The attacker, given the table the public sees and the true counts to check against. */
  static void assertNothingRecoverable(PublishedTable shown) {
    int rows = shown.rows().size();
    int columns = shown.columns().size();
    long[][] counts = new long[rows][columns];
    boolean[][] cells = new boolean[rows][columns];
    boolean[] rowTotals = new boolean[rows];
    boolean[] columnTotals = new boolean[columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        counts[r][c] = RAW[r][c];
        cells[r][c] = shown.rows().get(r).counts().get(c) == null;
        if (!cells[r][c]) {
          assertThat(shown.rows().get(r).counts().get(c)).isEqualTo(RAW[r][c]);
        }
      }
      rowTotals[r] = shown.rows().get(r).total() == null;
    }
    for (int c = 0; c < columns; c++) {
      columnTotals[c] = shown.total().counts().get(c) == null;
    }
    var attacker = new Attacker(counts, cells, rowTotals, columnTotals,
        shown.total().total() == null);
    List<Attacker.Recovered> recovered = new ArrayList<>(attacker.peel());
    recovered.addAll(attacker.solve());
    assertThat(recovered).isEmpty();
  }
}
