package kz.jol.publication;

import java.util.UUID;

/**
 * A published table was withdrawn: the portal no longer shows it.
 *
 * @param publicationId the publication
 */
public record PublicationWithdrawn(UUID publicationId) {}
