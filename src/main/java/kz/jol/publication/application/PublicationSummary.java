package kz.jol.publication.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One publication in a list.
 *
 * @param id the publication
 * @param kind the table kind's code
 * @param kindName the kind's name in the reader's language
 * @param territoryCode the territory whose parts are the rows
 * @param territoryName its name in the reader's language
 * @param from the first day of the period
 * @param to the last day, included
 * @param title the latest version's title in the reader's language
 * @param state PUBLISHED or WITHDRAWN
 * @param version the latest version
 * @param publishedAt when the first version was published
 * @param correctedAt when the latest version was published, if it is not the first
 * @param withdrawnAt when it was withdrawn, or null
 */
public record PublicationSummary(UUID id, String kind, String kindName, String territoryCode,
    String territoryName, LocalDate from, LocalDate to, String title, String state, int version,
    Instant publishedAt, Instant correctedAt, Instant withdrawnAt) {

  public boolean published() {
    return "PUBLISHED".equals(state);
  }
}
