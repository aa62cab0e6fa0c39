package kz.jol.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import kz.jol.demo.domain.SurveyProfile.AgeBand;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.Iin;
import kz.jol.register.ProbationKind;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseView;
import kz.jol.register.domain.CaseTerms;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.MaritalStatus;

/**
 * Invented women and their cases. Names are drawn from common Kazakh and Russian first names
 * and surnames, combined at random; IINs have valid check digits, serial numbers from 9000 so
 * that they are recognisably synthetic; phones are in the unassigned +7 700 000 range.
 */
final class SyntheticPeople {

  record Name(String last, String first, String middle) {}

  private static final List<String> KAZAKH_FIRST = List.of("Айгерім", "Динара", "Гүлнар", "Әсел",
      "Жанар", "Сәуле", "Мадина", "Әлия", "Ақмарал", "Назерке", "Айжан", "Гүлмира", "Жұлдыз",
      "Ботагөз", "Салтанат", "Меруерт", "Ләззат", "Дана");
  private static final List<String> KAZAKH_LAST = List.of("Ахметова", "Бекова", "Жұмабаева",
      "Қасымова", "Нұрланова", "Сапарова", "Төлегенова", "Омарова", "Ысқақова", "Әбдірахманова",
      "Есенова", "Байжанова", "Серікова", "Қасенова", "Мұқанова", "Тоқтарова");
  private static final List<String> KAZAKH_MIDDLE = List.of("Серікқызы", "Болатқызы",
      "Қайратқызы", "Ерланқызы", "Нұрланқызы", "Маратқызы", "Асқарқызы");
  private static final List<String> RUSSIAN_FIRST = List.of("Наталья", "Елена", "Ольга", "Татьяна",
      "Светлана", "Ирина", "Анастасия", "Юлия", "Марина", "Оксана", "Виктория", "Екатерина");
  private static final List<String> RUSSIAN_LAST = List.of("Иванова", "Петрова", "Смирнова",
      "Кузнецова", "Попова", "Васильева", "Новикова", "Морозова", "Волкова", "Лебедева",
      "Ковалёва", "Ткаченко");
  private static final List<String> RUSSIAN_MIDDLE = List.of("Ивановна", "Сергеевна",
      "Александровна", "Викторовна", "Николаевна", "Владимировна", "Петровна");
  private static final List<String> STREETS = List.of("ул. Ерубаева", "ул. Гоголя",
      "пр. Бухар-Жырау", "ул. Жамбыла", "мкр. Восток-5", "ул. Абая", "пр. Республики",
      "ул. Лободы", "мкр. Гульдер-1");
  private static final List<String> COURTS = List.of(
      "Районный суд № 2 города Караганды", "Специализированный межрайонный суд по уголовным делам "
          + "Карагандинской области", "Городской суд города Темиртау");

  private final Random random;

  SyntheticPeople(Random random) {
    this.random = random;
  }

  Name name() {
    if (random.nextInt(100) < 62) {
      return new Name(pick(KAZAKH_LAST), pick(KAZAKH_FIRST), pick(KAZAKH_MIDDLE));
    }
    return new Name(pick(RUSSIAN_LAST), pick(RUSSIAN_FIRST), pick(RUSSIAN_MIDDLE));
  }

  LocalDate birthDate(AgeBand band, LocalDate today) {
    int age = band.from + random.nextInt(band.to - band.from + 1);
    return today.minusYears(age).minusDays(1 + random.nextInt(360));
  }

  /**
   * A valid IIN for a woman born on the date; the serial (digits 8–11) is 9000 plus the index,
   * or 9500 plus the index when no check digit exists for the first (both passes giving 10).
   * Unique for up to 500 people.
   */
  static Iin iin(LocalDate birth, int index) {
    String sexAndCentury = birth.getYear() >= 2000 ? "6" : "4";
    String date = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(),
        birth.getDayOfMonth());
    if (index < 0 || index >= 500) {
      throw new IllegalArgumentException("synthetic serials cover 500 people, not index " + index);
    }
    for (int serial : new int[] {9000 + index, 9500 + index}) {
      String first11 = date + sexAndCentury + String.format("%04d", serial);
      for (int check = 0; check <= 9; check++) {
        if (Iin.isValid(first11 + check)) {
          return Iin.valueOf(first11 + check);
        }
      }
    }
    throw new IllegalStateException("no valid synthetic IIN for " + birth + " and " + index);
  }

  String addressLine(String district) {
    String city = district.equals(DemoDataLoader.TEMIRTAU) ? "г. Темиртау" : "г. Караганда";
    return city + ", " + pick(STREETS) + ", д. " + (1 + random.nextInt(120)) + ", кв. "
        + (1 + random.nextInt(90));
  }

  String phone(int index) {
    return String.format("+7700000%04d", index);
  }

  MaritalStatus maritalStatus(boolean hasChildren) {
    int roll = random.nextInt(100);
    if (hasChildren) {
      return roll < 35 ? MaritalStatus.MARRIED : roll < 55 ? MaritalStatus.DIVORCED
          : roll < 75 ? MaritalStatus.COHABITING : roll < 85 ? MaritalStatus.WIDOWED
          : MaritalStatus.SINGLE;
    }
    return roll < 55 ? MaritalStatus.SINGLE : roll < 80 ? MaritalStatus.DIVORCED
        : MaritalStatus.MARRIED;
  }

  /**
   * A case for the person: mostly help after release (the surveyed women had been released),
   * some conditional sentences, a few preparing for release and a few pre-trial.
   */
  CaseService.NewCase newCase(UUID personId, String district, LocalDate today, Random random) {
    int roll = random.nextInt(100);
    if (roll < 58) {
      LocalDate registered = today.minusDays(3 + random.nextInt(330));
      LocalDate released = registered.minusDays(1 + random.nextInt(10));
      LegalBasis basis = random.nextInt(100) < 40 ? LegalBasis.PAROLE : LegalBasis.RELEASE_AFTER_SERVING;
      return new CaseService.NewCase(personId, ProbationKind.POST_PENITENTIARY, registered,
          new CaseTerms(basis, null, null, registered.plusYears(1), released), district, null);
    }
    if (roll < 85) {
      LocalDate registered = today.minusDays(3 + random.nextInt(330));
      LegalBasis basis = List.of(LegalBasis.CONDITIONAL_SENTENCE, LegalBasis.CONDITIONAL_SENTENCE,
          LegalBasis.RESTRICTION_OF_FREEDOM, LegalBasis.DEFERRED_SENTENCE).get(random.nextInt(4));
      return new CaseService.NewCase(personId, ProbationKind.SENTENCE, registered,
          new CaseTerms(basis, pick(COURTS), registered.minusDays(5 + random.nextInt(20)),
              registered.plusYears(1 + random.nextInt(3)), null), district, null);
    }
    if (roll < 95) {
      LocalDate registered = today.minusDays(random.nextInt(30));
      LocalDate release = today.plusDays(15 + random.nextInt(160));
      return new CaseService.NewCase(personId, ProbationKind.PENITENTIARY, registered,
          new CaseTerms(LegalBasis.RELEASE_AFTER_SERVING, null, null, release.plusYears(1), release),
          district, null);
    }
    LocalDate registered = today.minusDays(2 + random.nextInt(90));
    return new CaseService.NewCase(personId, ProbationKind.PRE_TRIAL, registered,
        new CaseTerms(LegalBasis.PRE_TRIAL_MEASURE, pick(COURTS), registered.minusDays(2),
            registered.plusMonths(2 + random.nextInt(5)), null), district, null);
  }

  /**
   * Moves some active cases on, as a real caseload has: a few wanted, suspended or completed.
   * Answers the case's state afterwards.
   */
  CaseState moveOn(CaseService cases, CaseView created, LocalDate today, Random random) {
    if (!(created instanceof CaseView.Full full)) {
      return null;
    }
    if (full.state() != CaseState.ACTIVE) {
      return full.state();
    }
    int roll = random.nextInt(100);
    if (roll < 4) {
      cases.transition(full.id(), new CaseService.Transition(full.version(), CaseState.WANTED,
          today.minusDays(random.nextInt(20)), "Не явилась на регистрацию дважды; место "
              + "нахождения неизвестно", null));
    } else if (roll < 7) {
      cases.transition(full.id(), new CaseService.Transition(full.version(), CaseState.SUSPENDED,
          today.minusDays(random.nextInt(20)), "Стационарное лечение", null));
    } else if (roll < 13 && full.registrationDate().isBefore(today.minusDays(200))) {
      cases.transition(full.id(), new CaseService.Transition(full.version(), CaseState.CLOSED,
          today.minusDays(random.nextInt(10)), "Срок пробационного контроля истёк",
          CaseOutcome.COMPLETED));
      return CaseState.CLOSED;
    }
    return roll < 4 ? CaseState.WANTED : roll < 7 ? CaseState.SUSPENDED : CaseState.ACTIVE;
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
