package kz.jol.publication;

import java.util.UUID;

/**
 * A figure table was published, or a corrected version of it.
 *
 * @param publicationId the publication
 * @param version its version now public (1 for the first)
 */
public record PublicationPublished(UUID publicationId, int version) {}
