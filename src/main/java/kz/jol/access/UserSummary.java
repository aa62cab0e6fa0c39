package kz.jol.access;

import java.util.UUID;

/** What other modules may know of a user: enough to assign, show and check scope. */
public record UserSummary(
    UUID id, String username, String fullName, Role role, UUID organisationId,
    String territoryCode, boolean enabled) {}
