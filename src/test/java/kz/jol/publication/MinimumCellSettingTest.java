package kz.jol.publication;

import static kz.jol.publication.PublicationFixture.admin;
import static kz.jol.publication.PublicationFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import kz.jol.publication.application.PublicationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code jol.publication.minimum-cell} decides what is hidden: at 4 the table with six pre-trial
 * cases in one district shows everything, where the default of 10 hides the six and what would
 * give it back ({@link PublicationServiceTest#theDefaultMinimumHidesSix}).
 */
@SpringBootTest(properties = "jol.publication.minimum-cell=4")
class MinimumCellSettingTest {

  @Autowired PublicationService publications;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void aLowerMinimumShowsWhatTheDefaultHides() {
    var region = new PublicationFixture(jdbc);
    LocalDate today = LocalDate.now(clock);
    PublishedTable table = as(admin(), () -> publications.preview(
        PublicationServiceTest.sixPreTrialInAlpha(region, today), Locale.ENGLISH)).table();

    assertThat(publications.minimumCell()).isEqualTo(4);
    assertThat(table.minimumCell()).isEqualTo(4);
    assertThat(table.rows().get(0).counts().get(0)).as("6 is shown at 4").isEqualTo(6L);
    assertThat(table.hiddenCount()).isZero();
  }
}
