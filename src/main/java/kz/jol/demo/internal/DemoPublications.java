package kz.jol.demo.internal;

import java.time.LocalDate;
import kz.jol.publication.application.PublicationRequest;
import kz.jol.publication.application.PublicationService;
import kz.jol.publication.application.PublicationTexts;
import org.springframework.stereotype.Component;

/**
 * Publishes two tables of the demo data for Karaganda region, so that the public portal
 * ({@code /open}) is not empty on the first run: the persons on the register by kind of
 * probation over the last twelve months, and the referrals of the last 90 days by outcome.
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
  }
}
