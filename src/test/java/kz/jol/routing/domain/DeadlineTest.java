package kz.jol.routing.domain;

import static kz.jol.routing.domain.KazakhstanWorkingDays.ALMATY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import kz.jol.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due moments of the matrix's deadlines on Kazakhstan's calendar, Almaty time. */
class DeadlineTest {

  static final KazakhstanWorkingDays CALENDAR = new KazakhstanWorkingDays();

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ALMATY).toInstant();
  }

  @ParameterizedTest(name = "{2} {3} from {0} (registered {1}) is due {4}")
  @CsvSource({
      // Clock hours run through the weekend: a safe placement does not wait for Monday.
      "2026-11-27T17:00, 2026-11-20, 48, HOURS,                   2026-11-29T17:00",
      "2026-11-27T17:00, 2026-11-20, 24, HOURS,                   2026-11-28T17:00",
      // Working hours skip the night and the weekend: Friday 17:00 + 2 h is Monday 10:00.
      "2026-11-27T17:00, 2026-11-20,  2, WORKING_HOURS,           2026-11-30T10:00",
      // Working days end at 18:00; New Year (1–2 Jan) and the weekend are skipped.
      "2026-12-29T10:00, 2026-12-20,  3, WORKING_DAYS,            2027-01-05T18:00",
      // Nauryz 2027: 21–23 March fall Sunday to Tuesday; 22–24 March are off.
      "2027-03-19T09:00, 2027-03-01,  1, WORKING_DAYS,            2027-03-25T18:00",
      "2026-11-24T09:00, 2026-11-20,  7, WORKING_DAYS,            2026-12-03T18:00",
      // Within the first 30 days after registration...
      "2026-11-24T09:00, 2026-11-10, 30, DAYS_AFTER_REGISTRATION, 2026-12-10T18:00",
      // ...but never sooner than the end of the next working day.
      "2026-11-27T09:00, 2026-10-01, 30, DAYS_AFTER_REGISTRATION, 2026-11-30T18:00",
  })
  void dueMoments(String from, LocalDate registered, int amount, DeadlineUnit unit,
      String due) {
    assertThat(new Deadline(amount, unit).dueAt(at(from), registered, CALENDAR, ALMATY))
        .isEqualTo(at(due));
  }

  @Test
  void anAmountOutsideItsRangeIsRefused() {
    assertThatThrownBy(() -> new Deadline(0, DeadlineUnit.HOURS))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new Deadline(Deadline.MAX_HOURS + 1, DeadlineUnit.WORKING_HOURS))
        .isInstanceOf(InvalidInputException.class);
    assertThat(new Deadline(Deadline.MAX_DAYS, DeadlineUnit.WORKING_DAYS).amount())
        .isEqualTo(Deadline.MAX_DAYS);
  }
}
