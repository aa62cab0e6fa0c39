/**
 * Organisations: the units of the probation service and the police, and the partner bodies that
 * referrals go to — akimat departments, employment centres, primary health clinics, public
 * service centres (ЦОН), crisis centres, NGOs, schools and colleges, prosecutors' offices,
 * ministries — each with its type, its territory and its contacts.
 * {@link kz.jol.organisation.Organisations} finds, lists, registers and revises them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation")
package kz.jol.organisation;
