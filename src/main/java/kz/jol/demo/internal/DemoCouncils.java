package kz.jol.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.jol.interaction.CouncilArchive;
import kz.jol.interaction.CouncilArchive.MemberEntry;
import kz.jol.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * Karaganda city's КСО and МВК with a back-dated history (docs/interaction.md): meetings over the
 * last five months and decisions in every state — carried out on time and late, not carried
 * out, cancelled by a later decision, overdue, due within days. The city's akimat department
 * convenes both; the region's (the demo agency head's) sits on both and answers for some
 * decisions, so that the demo's agency head, probation head, prosecutor, analyst and agency
 * worker all find them. The people named are invented.
 */
@Component
class DemoCouncils {

  private final CouncilArchive archive;

  DemoCouncils(CouncilArchive archive) {
    this.archive = archive;
  }

  void load(Map<String, Organisation> orgs, LocalDate today) {
    kso(orgs, today);
    mvk(orgs, today);
  }

  private void kso(Map<String, Organisation> orgs, LocalDate today) {
    UUID body = archive.body("KSO", DemoDataLoader.KARAGANDA_CITY, id(orgs, "akimat-karaganda"),
        "Қарағанды қаласы әкімдігі жанындағы пробация қызметінің есебіндегі адамдарға "
            + "әлеуметтік көмек көрсету жөніндегі үйлестіру кеңесі",
        "Координационный совет при акимате города Караганды по оказанию социальной помощи "
            + "лицам, состоящим на учете службы пробации",
        "Coordination council at the akimat of Karaganda city on social support to persons on "
            + "the probation register",
        today.minusYears(2), List.of(
            person("Әлихан Демосов", "заместитель акима города Караганды", "CHAIR"),
            person("Динара Хатшыбаева", "главный специалист отдела занятости", "SECRETARY"),
            org(orgs, "probation-karaganda"), org(orgs, "police-karaganda"),
            org(orgs, "employment-karaganda"), org(orgs, "clinic-karaganda"),
            org(orgs, "con-karaganda"), org(orgs, "crisis-karaganda"), org(orgs, "ngo-peer"),
            org(orgs, "akimat-region"),
            new MemberEntry(null, "Ержан Қоғамов", "волонтер-наставник", "общественность",
                "MEMBER")));
    UUID first = archive.heldMeeting(body, today.minusDays(150), "Акимат города Караганды, "
        + "зал заседаний", List.of(
            "О трудоустройстве лиц, состоящих на учете службы пробации",
            "О восстановлении документов, удостоверяющих личность"),
        List.of(0, 1, 2, 3, 4, 5, 6, 8), "1");
    archive.change(archive.decision(first, "1.1", "Центру занятости выделить квотируемые "
            + "рабочие места для лиц, состоящих на учете службы пробации, и направить на них "
            + "не менее 10 человек", today.minusDays(90), List.of(id(orgs, "employment-karaganda"))),
        "DONE", today.minusDays(100), "Выделено 14 квотируемых мест, трудоустроено 11 человек "
            + "(письмо центра занятости № 02-14/356)", null);
    archive.change(archive.decision(first, "1.2", "Обеспечить восстановление удостоверений "
            + "личности без очереди по спискам службы пробации", today.minusDays(60),
            List.of(id(orgs, "con-karaganda"), id(orgs, "probation-karaganda"))),
        "DONE", today.minusDays(55), "Восстановлено 9 удостоверений личности", null);
    archive.change(archive.decision(first, "1.3", "Организовать выездной медицинский осмотр "
            + "освобожденных женщин", today.minusDays(30), List.of(id(orgs, "clinic-karaganda"))),
        "NOT_DONE", today.minusDays(28), "Письмо поликлиники № 118",
        "Не выделено финансирование на выездную бригаду");
    UUID second = archive.heldMeeting(body, today.minusDays(60), "Акимат города Караганды, "
        + "малый зал", List.of(
            "О местах временного пребывания для освобожденных без жилья",
            "О наставничестве «равный равному»"),
        List.of(0, 1, 2, 4, 7, 8, 9, 10), "2");
    archive.change(archive.decision(second, "2.1", "Предоставить не менее 5 мест в кризисном "
            + "центре для женщин, освобожденных без жилья", today.minusDays(5),
            List.of(id(orgs, "crisis-karaganda"), id(orgs, "ngo-peer"))),
        "IN_PROGRESS", today.minusDays(20), "Подготовлены 3 места из 5", null);
    archive.decision(second, "2.2", "Внести в областную программу финансирование "
        + "наставничества «равный равному»", today.plusDays(3),
        List.of(id(orgs, "akimat-region")));
    archive.change(archive.decision(second, "2.3", "Провести ярмарку вакансий для лиц, "
            + "состоящих на учете службы пробации", today.plusDays(40),
            List.of(id(orgs, "employment-karaganda"))),
        "IN_PROGRESS", today.minusDays(10), "Согласованы 12 работодателей", null);
  }

  private void mvk(Map<String, Organisation> orgs, LocalDate today) {
    UUID body = archive.body("MVK", DemoDataLoader.KARAGANDA_CITY, id(orgs, "akimat-karaganda"),
        "Қарағанды қаласы әкімдігі жанындағы құқық бұзушылықтардың алдын алу жөніндегі "
            + "ведомствоаралық комиссия",
        "Межведомственная комиссия по профилактике правонарушений при акимате города Караганды",
        "Interagency commission on the prevention of offences at the akimat of Karaganda city",
        today.minusYears(3), List.of(
            person("Әлихан Демосов", "заместитель акима города Караганды", "CHAIR"),
            org(orgs, "police-karaganda"), org(orgs, "probation-karaganda"),
            org(orgs, "prosecutor-region"), org(orgs, "college-karaganda"),
            org(orgs, "akimat-region")));
    UUID first = archive.heldMeeting(body, today.minusDays(100), "Управление полиции города "
        + "Караганды", List.of("О совместных профилактических рейдах",
            "О профессиональном обучении лиц, состоящих на учете"), List.of(0, 1, 2, 3, 4), "4");
    archive.change(archive.decision(first, "1", "Провести совместные профилактические рейды "
            + "полиции и службы пробации в микрорайонах Майкудук и Пришахтинск",
            today.minusDays(40), List.of(id(orgs, "police-karaganda"),
                id(orgs, "probation-karaganda"))),
        "DONE", today.minusDays(45), "Проведено 6 рейдов, проверено 48 лиц", null);
    archive.decision(first, "2", "Организовать краткосрочные курсы сварщиков и швей для лиц, "
        + "состоящих на учете службы пробации", today.minusDays(10),
        List.of(id(orgs, "college-karaganda")));
    UUID cancelled = archive.decision(first, "3", "Подготовить предложения по объединению МВК "
        + "и КСО", today.minusDays(70), List.of(id(orgs, "akimat-region")));
    UUID second = archive.heldMeeting(body, today.minusDays(75), "Акимат города Караганды",
        List.of("О предложениях по объединению МВК и КСО"), List.of(0, 1, 2, 5), "5");
    archive.change(cancelled, "CANCELLED", today.minusDays(75), "Протокол № 5",
        "Отменено решением 1 заседания № 5: вопрос передан на областной уровень");
    archive.decision(second, "1", "Внести в областной акимат предложение об объединении МВК и "
        + "КСО", today.plusDays(25), List.of(id(orgs, "akimat-region")));
  }

  private static MemberEntry person(String name, String position, String role) {
    return new MemberEntry(null, name, position, null, role);
  }

  private static MemberEntry org(Map<String, Organisation> orgs, String key) {
    return new MemberEntry(id(orgs, key), null, null, null, "MEMBER");
  }

  private static UUID id(Map<String, Organisation> orgs, String key) {
    return orgs.get(key).id();
  }
}
