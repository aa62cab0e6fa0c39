package kz.jol.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import kz.jol.register.Iin;

/**
 * Invented people: names combined at random from short lists of common Kazakh and Russian
 * names, IINs whose serial digits (8–11) are 8000–8999 so that generated people are
 * recognisable, phones in the unassigned +7 700 000 range.
 */
final class People {

  record Name(String last, String first, String middle) {}

  private static final List<String> KAZAKH_LAST = List.of("Ахметов", "Беков", "Жұмабаев",
      "Қасымов", "Нұрланов", "Сапаров", "Төлегенов", "Омаров", "Ысқақов", "Есенов", "Байжанов",
      "Серіков", "Қасенов", "Мұқанов", "Тоқтаров", "Жақсылықов", "Әбілов", "Оспанов");
  private static final List<String> KAZAKH_MALE = List.of("Ерлан", "Асхат", "Нұрлан", "Дәурен",
      "Қайрат", "Бауыржан", "Серік", "Ержан", "Талғат", "Мұрат", "Арман", "Ғалым", "Жандос",
      "Әділет", "Руслан", "Бекзат");
  private static final List<String> KAZAKH_FEMALE = List.of("Айгерім", "Динара", "Гүлнар", "Әсел",
      "Жанар", "Сәуле", "Мадина", "Әлия", "Ақмарал", "Назерке", "Айжан", "Гүлмира", "Жұлдыз");
  private static final List<String> KAZAKH_FATHERS = List.of("Серік", "Болат", "Қайрат", "Ерлан",
      "Нұрлан", "Марат", "Асқар", "Жақып", "Талғат", "Әмір");
  private static final List<String> RUSSIAN_LAST = List.of("Иванов", "Петров", "Смирнов",
      "Кузнецов", "Попов", "Васильев", "Новиков", "Морозов", "Волков", "Лебедев", "Ковалёв",
      "Соколов", "Фёдоров", "Павлов");
  private static final List<String> RUSSIAN_MALE = List.of("Александр", "Сергей", "Дмитрий",
      "Андрей", "Алексей", "Евгений", "Николай", "Виктор", "Игорь", "Денис", "Максим");
  private static final List<String> RUSSIAN_FEMALE = List.of("Наталья", "Елена", "Ольга",
      "Татьяна", "Светлана", "Ирина", "Анастасия", "Юлия", "Марина", "Оксана");
  private static final List<String> RUSSIAN_FATHERS = List.of("Иван", "Сергей", "Александр",
      "Виктор", "Николай", "Владимир", "Пётр", "Михаил");
  static final List<String> STREETS = List.of("ул. Абая", "ул. Жамбыла", "пр. Республики",
      "ул. Гоголя", "мкр. Восток-5", "ул. Сейфуллина", "пр. Назарбаева", "ул. Бейбітшілік",
      "ул. Тауелсиздик", "мкр. Самал-2", "ул. Пушкина", "ул. Қабанбай батыра");

  private People() {}

  static Name name(SplittableRandom random, boolean male) {
    if (random.nextInt(100) < 65) {
      String last = pick(random, KAZAKH_LAST);
      String father = pick(random, KAZAKH_FATHERS);
      return male ? new Name(last, pick(random, KAZAKH_MALE), father + "ұлы")
          : new Name(last + "а", pick(random, KAZAKH_FEMALE), father + "қызы");
    }
    String last = pick(random, RUSSIAN_LAST);
    String father = pick(random, RUSSIAN_FATHERS);
    return male ? new Name(last, pick(random, RUSSIAN_MALE), patronymic(father, true))
        : new Name(last + "а", pick(random, RUSSIAN_FEMALE), patronymic(father, false));
  }

  private static String patronymic(String father, boolean male) {
    String stem = switch (father) {
      case "Николай" -> "Николае";
      case "Сергей" -> "Сергее";
      case "Пётр" -> "Петро";
      case "Михаил" -> "Михайло";
      default -> father + "о";
    };
    return stem + (male ? "вич" : "вна");
  }

  /**
   * The first valid IIN for the birth date and sex with a serial from 8000 up, starting at a
   * random serial; null when all thousand serials of the day are taken (never at 10×: about
   * a dozen people per birth day and sex).
   */
  static String iin(SplittableRandom random, LocalDate birth, boolean male,
      java.util.Set<String> taken) {
    int century = birth.getYear() / 100;
    int centuryAndSex = (century - 18) * 2 + (male ? 1 : 2);
    String date = "%02d%02d%02d%d".formatted(birth.getYear() % 100, birth.getMonthValue(),
        birth.getDayOfMonth(), centuryAndSex);
    int start = random.nextInt(1000);
    for (int k = 0; k < 1000; k++) {
      String first11 = date + (8000 + (start + k) % 1000);
      int check = checkDigit(first11);
      if (check < 0) {
        continue;
      }
      String iin = first11 + check;
      if (taken.add(iin)) {
        // The project's own validator has the last word.
        Iin.parse(iin);
        return iin;
      }
    }
    return null;
  }

  /** The official two-pass check digit of eleven digits, or -1 when none exists. */
  static int checkDigit(String first11) {
    int first = 0;
    int second = 0;
    for (int i = 0; i < 11; i++) {
      int d = first11.charAt(i) - '0';
      first += d * (i + 1);
      second += d * ((i + 2) % 11 + 1);
    }
    first %= 11;
    if (first != 10) {
      return first;
    }
    second %= 11;
    return second == 10 ? -1 : second;
  }

  static String phone(SplittableRandom random) {
    return "+7700000" + "%04d".formatted(random.nextInt(10_000));
  }

  static <T> T pick(SplittableRandom random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
