package kz.jol.demo.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jol.access.Role;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationForm;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;

/**
 * The demo organisations of Karaganda region, one or more of every type, and the demo accounts
 * that work in them. Contacts are placeholders (the 0000 phone range, example addresses).
 */
final class DemoOrganisations {

  record Demo(String key, OrganisationType type, String territory, String kk, String ru, String en,
      String address) {}

  record Account(String username, String fullName, Role role, String organisationKey) {}

  static final List<Demo> ORGANISATIONS = List.of(
      new Demo("ministry", OrganisationType.MINISTRY, DemoDataLoader.REPUBLIC,
          "ІІМ Қылмыстық-атқару жүйесі комитеті", "Комитет уголовно-исполнительной системы МВД",
          "Penal System Committee, Ministry of Internal Affairs", "Астана"),
      new Demo("probation-region", OrganisationType.PROBATION_UNIT, DemoDataLoader.KARAGANDA_REGION,
          "Қарағанды облысы ҚАЖ департаментінің пробация бөлімі",
          "Отдел пробации ДУИС по Карагандинской области",
          "Probation department, Karaganda region", "Караганда"),
      new Demo("probation-karaganda", OrganisationType.PROBATION_UNIT, DemoDataLoader.KARAGANDA_CITY,
          "Қарағанды қаласының пробация қызметі", "Служба пробации города Караганды",
          "Probation service, Karaganda city", "Караганда"),
      new Demo("probation-temirtau", OrganisationType.PROBATION_UNIT, DemoDataLoader.TEMIRTAU,
          "Теміртау қаласының пробация қызметі", "Служба пробации города Темиртау",
          "Probation service, Temirtau", "Темиртау"),
      new Demo("police-karaganda", OrganisationType.POLICE_UNIT, DemoDataLoader.KARAGANDA_CITY,
          "Қарағанды қаласының жергілікті полиция қызметі",
          "Служба местной полицейской службы города Караганды",
          "Local police service, Karaganda city", "Караганда"),
      new Demo("police-temirtau", OrganisationType.POLICE_UNIT, DemoDataLoader.TEMIRTAU,
          "Теміртау қаласының жергілікті полиция қызметі",
          "Служба местной полицейской службы города Темиртау", "Local police service, Temirtau",
          "Темиртау"),
      new Demo("akimat-region", OrganisationType.AKIMAT_DEPARTMENT, DemoDataLoader.KARAGANDA_REGION,
          "Қарағанды облысының жұмыспен қамту және әлеуметтік бағдарламалар басқармасы",
          "Управление занятости и социальных программ Карагандинской области",
          "Department of Employment and Social Programmes, Karaganda region", "Караганда"),
      new Demo("akimat-karaganda", OrganisationType.AKIMAT_DEPARTMENT, DemoDataLoader.KARAGANDA_CITY,
          "Қарағанды қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
          "Отдел занятости и социальных программ города Караганды",
          "Employment and social programmes office, Karaganda city", "Караганда"),
      new Demo("akimat-temirtau", OrganisationType.AKIMAT_DEPARTMENT, DemoDataLoader.TEMIRTAU,
          "Теміртау қаласының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі",
          "Отдел занятости и социальных программ города Темиртау",
          "Employment and social programmes office, Temirtau", "Темиртау"),
      new Demo("employment-karaganda", OrganisationType.EMPLOYMENT_CENTRE,
          DemoDataLoader.KARAGANDA_CITY, "Қарағанды қаласының халықты жұмыспен қамту орталығы",
          "Центр занятости населения города Караганды", "Employment centre, Karaganda city",
          "Караганда"),
      new Demo("employment-temirtau", OrganisationType.EMPLOYMENT_CENTRE, DemoDataLoader.TEMIRTAU,
          "Теміртау қаласының халықты жұмыспен қамту орталығы",
          "Центр занятости населения города Темиртау", "Employment centre, Temirtau", "Темиртау"),
      new Demo("clinic-karaganda", OrganisationType.HEALTH_CLINIC, DemoDataLoader.KARAGANDA_CITY,
          "Қарағанды қаласының № 1 емханасы (МСАК)", "Поликлиника № 1 города Караганды (ПМСП)",
          "Primary health clinic No. 1, Karaganda city", "Караганда"),
      new Demo("clinic-temirtau", OrganisationType.HEALTH_CLINIC, DemoDataLoader.TEMIRTAU,
          "Теміртау қаласының № 2 емханасы (МСАК)", "Поликлиника № 2 города Темиртау (ПМСП)",
          "Primary health clinic No. 2, Temirtau", "Темиртау"),
      new Demo("con-karaganda", OrganisationType.PUBLIC_SERVICE_CENTRE,
          DemoDataLoader.KARAGANDA_CITY, "Қарағанды қаласының халыққа қызмет көрсету орталығы (ХҚКО)",
          "Центр обслуживания населения города Караганды (ЦОН)",
          "Public service centre, Karaganda city", "Караганда"),
      new Demo("con-temirtau", OrganisationType.PUBLIC_SERVICE_CENTRE, DemoDataLoader.TEMIRTAU,
          "Теміртау қаласының халыққа қызмет көрсету орталығы (ХҚКО)",
          "Центр обслуживания населения города Темиртау (ЦОН)", "Public service centre, Temirtau",
          "Темиртау"),
      new Demo("crisis-karaganda", OrganisationType.CRISIS_CENTRE, DemoDataLoader.KARAGANDA_CITY,
          "Қарағанды қаласының дағдарыс орталығы", "Кризисный центр города Караганды",
          "Crisis centre, Karaganda city", "Караганда"),
      new Demo("crisis-temirtau", OrganisationType.CRISIS_CENTRE, DemoDataLoader.TEMIRTAU,
          "Теміртау қаласының дағдарыс орталығы", "Кризисный центр города Темиртау",
          "Crisis centre, Temirtau", "Темиртау"),
      new Demo("ngo-road-home", OrganisationType.NGO, DemoDataLoader.KARAGANDA_REGION,
          "«Үйге жол» қоғамдық қоры", "Общественный фонд «Дорога домой»",
          "Road Home public foundation", "Караганда"),
      new Demo("ngo-peer", OrganisationType.NGO, DemoDataLoader.KARAGANDA_CITY,
          "«Тең теңге» еріктілер бірлестігі", "Объединение волонтёров «Равный равному»",
          "Peer to Peer volunteers", "Караганда"),
      new Demo("college-karaganda", OrganisationType.EDUCATION, DemoDataLoader.KARAGANDA_CITY,
          "Қарағанды сервис және технологиялар колледжі",
          "Карагандинский колледж сервиса и технологий", "Karaganda college of service and technology",
          "Караганда"),
      new Demo("prosecutor-region", OrganisationType.PROSECUTOR_OFFICE,
          DemoDataLoader.KARAGANDA_REGION, "Қарағанды облысының прокуратурасы",
          "Прокуратура Карагандинской области", "Prosecutor's office of Karaganda region",
          "Караганда"));

  static final List<Account> ACCOUNTS = List.of(
      new Account("admin", "Ерлан Демонов", Role.ADMIN, "ministry"),
      new Account("analyst", "Айгүл Талдаушы", Role.ANALYST, "ministry"),
      new Account("head", "Марат Басшыұлы", Role.PROBATION_HEAD, "probation-region"),
      new Account("officer", "Алия Инспектор", Role.PROBATION_OFFICER, "probation-karaganda"),
      new Account("officer.temirtau", "Олег Пробацев", Role.PROBATION_OFFICER, "probation-temirtau"),
      new Account("inspector", "Бауыржан Учаскелік", Role.POLICE_INSPECTOR, "police-karaganda"),
      new Account("agency", "Гүлнара Жұмыспен", Role.AGENCY_WORKER, "employment-karaganda"),
      new Account("agencyhead", "Сергей Управленцев", Role.AGENCY_HEAD, "akimat-region"),
      new Account("prosecutor", "Дәурен Қадағалау", Role.PROSECUTOR, "prosecutor-region"));

  private DemoOrganisations() {}

  /**
   * The organisations of these types that serve a district: its own and the region's (a
   * regional foundation or department takes cases from every town of the region).
   */
  static List<Organisation> serving(Collection<Organisation> organisations, String district,
      Set<OrganisationType> types) {
    return organisations.stream()
        .filter(o -> types.contains(o.type()))
        .filter(o -> o.territoryCode().equals(district)
            || o.territoryCode().equals(DemoDataLoader.KARAGANDA_REGION))
        .toList();
  }

  static Map<String, Organisation> register(Organisations organisations) {
    Map<String, Organisation> registered = new LinkedHashMap<>();
    int n = 0;
    for (Demo demo : ORGANISATIONS) {
      n++;
      registered.put(demo.key(), organisations.register(new OrganisationForm(demo.type(),
          demo.kk(), demo.ru(), demo.en(), demo.territory(),
          demo.address() + ", демонстрационный адрес " + n, String.format("+7700000%04d", 9000 + n),
          demo.key() + "@demo.jol.example", null, true, null)));
    }
    return registered;
  }
}
