package kz.jol.organisation;

/**
 * Which organisations to list; every part is optional.
 *
 * @param type only this type
 * @param territoryCode only organisations in this territory or anywhere below it
 * @param text a part of any of the three names, in any letter case
 * @param active only active ({@code true}) or only inactive ({@code false}) ones
 */
public record OrganisationFilter(OrganisationType type, String territoryCode, String text,
    Boolean active) {

  public static OrganisationFilter all() {
    return new OrganisationFilter(null, null, null, null);
  }
}
