package kz.jol.access;

import java.util.UUID;

/**
 * How to reach a user: for notifications.
 *
 * @param id the user's id
 * @param fullName the name to address them by
 * @param email the e-mail address, or {@code null} when the user has none
 * @param enabled whether the user may still sign in
 * @param language the language the user chose (kk, ru or en), or {@code null} when they never did
 */
public record UserContact(UUID id, String fullName, String email, boolean enabled,
    String language) {}
