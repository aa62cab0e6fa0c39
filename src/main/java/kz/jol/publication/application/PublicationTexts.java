package kz.jol.publication.application;

/**
 * The words published with a table.
 *
 * @param titleKk the title in Kazakh, required
 * @param titleRu in Russian, required
 * @param titleEn in English, required
 * @param note a note for the reader (how to read it, what changed in a correction), optional
 */
public record PublicationTexts(String titleKk, String titleRu, String titleEn, String note) {}
