package kz.jol.register.domain;

/**
 * A postal address: the territory it lies in (KATO code, as fine as known) and the rest as
 * written (street, house, flat).
 */
public record Address(String territoryCode, String line) {

  static final int MAX_LINE = 300;

  /** Blank text becomes null; the line loses surrounding white space. */
  public Address {
    territoryCode = Text.clean(territoryCode);
    line = Text.clean(line);
  }

  void check(String field, Problems problems) {
    if (!problems.missing(field + ".territoryCode", territoryCode)) {
      Text.checkTerritoryCode(field + ".territoryCode", territoryCode, problems);
    }
    if (!problems.missing(field + ".line", line) && line.length() > MAX_LINE) {
      problems.add(field + ".line", "field.size", "is longer than " + MAX_LINE + " characters");
    }
  }
}
