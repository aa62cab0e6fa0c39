package kz.jol.publication.application;

/**
 * What to publish, every field as the form or the client sent it.
 *
 * @param kind a table kind's code ({@code CASES_BY_KIND})
 * @param territory the KATO code of the territory whose parts are the rows (the republic: its
 *     regions; a region: its districts)
 * @param from the first day, ISO
 * @param to the last day, ISO, included
 */
public record PublicationRequest(String kind, String territory, String from, String to) {}
