package kz.jol.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.JolPrincipal;
import kz.jol.access.UserAdministration.ManagedUser;
import kz.jol.interaction.application.Agreements;
import kz.jol.interaction.application.Agreements.AgreementForm;
import kz.jol.interaction.application.Agreements.ExternalParty;
import kz.jol.interaction.application.JointEvents;
import kz.jol.interaction.application.JointEvents.JointEventForm;
import kz.jol.interaction.application.Partners;
import kz.jol.interaction.application.Partners.ContactForm;
import kz.jol.interaction.application.Partners.PartnerForm;
import kz.jol.interaction.application.Proposals;
import kz.jol.interaction.application.Proposals.Answer;
import kz.jol.interaction.application.Proposals.ProposalForm;
import kz.jol.interaction.application.TargetProgrammes;
import kz.jol.interaction.application.TargetProgrammes.MeasureForm;
import kz.jol.interaction.application.TargetProgrammes.ProgrammeForm;
import kz.jol.interaction.domain.AgreementKind;
import kz.jol.interaction.domain.AgreementStatus;
import kz.jol.interaction.domain.ExternalPartyType;
import kz.jol.interaction.domain.JointEventKind;
import kz.jol.interaction.domain.PartnerDomain;
import kz.jol.interaction.domain.PartnerKind;
import kz.jol.interaction.domain.ProgrammeMeasureState;
import kz.jol.interaction.domain.ProposalFate;
import kz.jol.organisation.Organisation;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The interaction registry of Karaganda region: joint events (an open day, a joint raid, a
 * seminar), agreements (one ending within 60 days, one a draft), a regional target programme with
 * its measures, proposals (one accepted, one still considered), and partners — the two NGOs, a
 * business offering jobs and a peer mentor — with contacts of the city's probation unit. Recorded
 * through the module's services as real users would: the regional akimat department's head (an
 * organiser, a party, the responsible body, the author) and the city's probation officer (the
 * partners' register and contacts). Synthetic names only; the mentor is no real person.
 */
@Component
class DemoRegistry {

  private final JointEvents events;
  private final Agreements agreements;
  private final TargetProgrammes programmes;
  private final Proposals proposals;
  private final Partners partners;

  DemoRegistry(JointEvents events, Agreements agreements, TargetProgrammes programmes,
      Proposals proposals, Partners partners) {
    this.events = events;
    this.agreements = agreements;
    this.programmes = programmes;
    this.proposals = proposals;
    this.partners = partners;
  }

  /**
   * Records the registry; each part as the user who would record it.
   *
   * @return how many records were made (events, agreements, programmes, proposals, partners)
   */
  int load(Map<String, Organisation> orgs, ManagedUser agencyHead, ManagedUser officer,
      LocalDate today) {
    UUID akimat = orgs.get("akimat-region").id();
    UUID cityAkimat = orgs.get("akimat-karaganda").id();
    UUID probation = orgs.get("probation-region").id();
    UUID police = orgs.get("police-karaganda").id();
    UUID employment = orgs.get("employment-karaganda").id();
    UUID roadHome = orgs.get("ngo-road-home").id();
    UUID peer = orgs.get("ngo-peer").id();
    String region = DemoDataLoader.KARAGANDA_REGION;
    String city = DemoDataLoader.KARAGANDA_CITY;
    int made = 0;
    actAs(agencyHead);
    try {
      events.record(new JointEventForm(JointEventKind.OPEN_DAY,
          "День открытых дверей: работа и жильё после освобождения", today.minusDays(40), city,
          62, "Консультации 18 служб; 9 направлений в центр занятости",
          List.of(akimat), List.of(probation, employment, cityAkimat),
          List.of("ОФ «Дорога домой»", "ТОО «Қарағанды Құрылыс»")));
      events.record(new JointEventForm(JointEventKind.JOINT_RAID,
          "Совместный профилактический рейд в мкр. Восток-5", today.minusDays(12), city, 35,
          "Проверены места концентрации; 4 беседы, 1 нарушение", List.of(akimat),
          List.of(police, probation), List.of()));
      events.record(new JointEventForm(JointEventKind.SEMINAR,
          "Семинар для НПО: сопровождение лиц, состоящих на учёте пробации",
          today.minusDays(75), region, 24, null, List.of(akimat), List.of(roadHome, peer),
          List.of()));
      made += 3;
      agreements.record(new AgreementForm(AgreementKind.MEMORANDUM,
          "Меморандум о сотрудничестве в ресоциализации", "14-М", today.minusYears(1),
          today.plusDays(25), AgreementStatus.IN_FORCE, region, List.of(akimat, probation),
          List.of(new ExternalParty("ОФ «Дорога домой»", ExternalPartyType.NGO))));
      agreements.record(new AgreementForm(AgreementKind.AGREEMENT,
          "Соглашение о квотировании рабочих мест", "3/2026", today.minusMonths(4), null,
          AgreementStatus.IN_FORCE, region, List.of(akimat, employment),
          List.of(new ExternalParty("ТОО «Қарағанды Құрылыс»", ExternalPartyType.BUSINESS))));
      agreements.record(new AgreementForm(AgreementKind.JOINT_PLAN,
          "Совместный план профилактики на следующий год", null, null, null,
          AgreementStatus.DRAFT, region, List.of(akimat, probation, police), List.of()));
      made += 3;
      int year = today.getYear();
      var programme = programmes.record(new ProgrammeForm(
          "Программа профилактики правонарушений Карагандинской области", region, year,
          year + 2, akimat, new BigDecimal("125000000.00"), "Местный бюджет"));
      var measure = programmes.addMeasure(programme.id(), new MeasureForm(
          "Квотирование рабочих мест для лиц, освобождённых из мест лишения свободы",
          "Управление занятости", LocalDate.of(year, 12, 20)));
      programmes.measureState(programme.id(), measure.measures().getFirst().id(),
          ProgrammeMeasureState.IN_PROGRESS);
      programmes.addMeasure(programme.id(), new MeasureForm(
          "Социальное общежитие на 40 мест", "Управление жилья", LocalDate.of(year + 1, 9, 1)));
      made += 1;
      var merge = proposals.record(new ProposalForm(null, "Министерство внутренних дел РК",
          "Объединить КСО и МВК по профилактике правонарушений",
          "Предлагаем объединить координационный совет и межведомственную комиссию, чтобы "
              + "решения по ресоциализации принимались на одном заседании.",
          today.minusDays(90)));
      proposals.answer(merge.id(), new Answer(ProposalFate.PARTLY_ACCEPTED, today.minusDays(30),
          "Принято в части общего регламента заседаний"), merge.version());
      proposals.record(new ProposalForm(null, "Маслихат Карагандинской области",
          "Льготный проезд для лиц, проходящих обучение по направлению службы пробации",
          "Предлагаем распространить льготный проезд на обучающихся по направлению.",
          today.minusDays(10)));
      made += 2;
    } finally {
      SecurityContextHolder.clearContext();
    }
    actAs(officer);
    try {
      Set<PartnerDomain> income = EnumSet.of(PartnerDomain.ECONOMIC);
      var fund = partners.record(new PartnerForm(PartnerKind.NGO, "ОФ «Дорога домой»",
          roadHome, city, List.of(DemoDataLoader.TEMIRTAU), EnumSet.of(PartnerDomain.HOUSING,
              PartnerDomain.LEGAL), "Временное жильё, помощь в восстановлении документов",
          "+7 7212 00 00 01", "info@road-home.example.kz", "Караганда", today.minusYears(2)));
      var volunteers = partners.record(new PartnerForm(PartnerKind.NGO,
          "Объединение волонтёров «Равный равному»", peer, city, List.of(),
          EnumSet.of(PartnerDomain.INSTITUTIONAL, PartnerDomain.HEALTH),
          "Группы взаимопомощи, сопровождение к врачу", "+7 7212 00 00 02", null, null,
          today.minusYears(1)));
      partners.record(new PartnerForm(PartnerKind.BUSINESS, "ТОО «Қарағанды Құрылыс»", null,
          city, List.of(), income, "Вакансии разнорабочих и учеников каменщика",
          "+7 7212 00 00 03", "hr@kk-qurylys.example.kz", null, today.minusMonths(6)));
      var mentor = partners.record(new PartnerForm(PartnerKind.PEER_MENTOR, "Ермек С.", null,
          city, List.of(), EnumSet.of(PartnerDomain.ECONOMIC, PartnerDomain.INSTITUTIONAL),
          "Наставничество «равный равному»: сопровождение на собеседования",
          "+7 701 000 00 04", null, null, today.minusMonths(3)));
      partners.contact(fund.id(), new ContactForm(today.minusDays(20),
          "Подбор временного жилья", "Место в общежитии фонда"));
      partners.contact(mentor.id(), new ContactForm(today.minusDays(8),
          "Закрепление наставника", "Наставник согласился, первая встреча назначена"));
      partners.contact(volunteers.id(), new ContactForm(today.minusDays(3),
          "Группа взаимопомощи", null));
      made += 4;
    } finally {
      SecurityContextHolder.clearContext();
    }
    return made;
  }

  private static void actAs(ManagedUser user) {
    var u = user.user();
    var principal = JolPrincipal.of(new Actor(u.id(), u.username(), u.fullName(), u.role(),
        u.organisationId(), u.territoryCode()));
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null,
            principal.getAuthorities()));
  }
}
