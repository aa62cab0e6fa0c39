package kz.jol.interaction;

import java.util.UUID;

/**
 * A body of Jol recorded that it contacted or worked with a partner of the register.
 *
 * @param contactId the contact's id
 * @param partnerId the partner's id
 * @param organisationId the body that made the contact
 */
public record PartnerContactRecorded(UUID contactId, UUID partnerId, UUID organisationId) {}
