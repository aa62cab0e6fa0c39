package kz.jol.interaction;

import java.util.UUID;

/**
 * A joint event of bodies was recorded in the registry.
 *
 * @param eventId the event's id
 * @param territoryCode the territory where it was held
 */
public record JointEventRecorded(UUID eventId, String territoryCode) {}
