package kz.jol.register;

/**
 * A person's address of residence was set (on registration) or changed: whoever files persons
 * by where they live (the police precincts) files this one again.
 *
 * @param personId the person
 */
public record PersonAddressChanged(PersonId personId) {}
