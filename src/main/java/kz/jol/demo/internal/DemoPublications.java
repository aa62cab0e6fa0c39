package kz.jol.demo.internal;

import java.time.LocalDate;
import kz.jol.publication.application.PublicationRequest;
import kz.jol.publication.application.PublicationService;
import kz.jol.publication.application.PublicationTexts;
import org.springframework.stereotype.Component;

/**
 * Publishes tables of the demo data for Karaganda region, so that the public portal
 * ({@code /open}) is not empty on the first run: the persons on the register by kind of
 * probation over the last twelve months, the referrals of the last 90 days by outcome, and two
 * indicators of the catalogue over the last twelve months (referrals done by the deadline,
 * persons who asked for help).
 * Runs as the demo administrator, through the publication service like any publication.
 */
@Component
class DemoPublications {

  private final PublicationService publications;

  DemoPublications(PublicationService publications) {
    this.publications = publications;
  }

  void publish(String region, LocalDate today) {
    publications.publish(new PublicationRequest("CASES_BY_KIND", region,
            today.minusYears(1).plusDays(1).toString(), today.toString()),
        new PublicationTexts("Қарағанды облысындағы пробация есебіндегі адамдар, соңғы 12 ай",
            "Лица на учёте пробации в Карагандинской области, последние 12 месяцев",
            "Persons on the probation register in Karaganda region, last 12 months",
            "Демо-деректер / демо-данные / demo data"),
        null);
    publications.publish(new PublicationRequest("REFERRAL_OUTCOMES", region,
            today.minusDays(89).toString(), today.toString()),
        new PublicationTexts("Қарағанды облысындағы серіктес ұйымдарға жолдамалар, соңғы 90 күн",
            "Направления в организации-партнёры в Карагандинской области, последние 90 дней",
            "Referrals to partner organisations in Karaganda region, last 90 days", null),
        null);
    // Two indicators of the catalogue, whose names and definitions come from the catalogue.
    publications.publish(new PublicationRequest("INDICATOR_SLA_COMPLIANCE", region,
            today.minusYears(1).plusDays(1).toString(), today.toString()),
        new PublicationTexts(
            "Қарағанды облысындағы жолдамалардың мерзімінде орындалуы, соңғы 12 ай",
            "Соблюдение сроков направлений в Карагандинской области, последние 12 месяцев",
            "Referrals done by the deadline in Karaganda region, last 12 months", null),
        null);
    publications.publish(new PublicationRequest("INDICATOR_ASKED_FOR_HELP", region,
            today.minusYears(1).plusDays(1).toString(), today.toString()),
        new PublicationTexts("Қарағанды облысында көмек сұрағандар, соңғы 12 ай",
            "Обратившиеся за помощью в Карагандинской области, последние 12 месяцев",
            "Persons who asked for help in Karaganda region, last 12 months", null),
        null);
  }
}
