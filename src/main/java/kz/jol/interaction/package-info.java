/**
 * The registry of interaction between bodies (SPEC section 6; seed 000 block 3, seeds 002–004):
 * advisory bodies (КСО, МВК, public councils), their meetings and decisions; joint events;
 * agreements and memoranda; regional target programmes; proposals; the register of partners.
 * Nothing here carries personal data of persons on probation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interaction registry")
package kz.jol.interaction;
