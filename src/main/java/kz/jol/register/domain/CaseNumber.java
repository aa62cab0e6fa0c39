package kz.jol.register.domain;

/**
 * The human-readable number of a case: the region's two-digit code (the first two digits of the
 * KATO code, also ISO 3166-2:KZ), the year of registration and a serial within the region and
 * year, e.g. {@code 35-2026-000123}.
 */
public final class CaseNumber {

  private CaseNumber() {}

  /** The region part of a territory code. */
  public static String regionOf(String territoryCode) {
    return territoryCode.substring(0, 2);
  }

  public static String format(String region, int year, long serial) {
    return "%s-%04d-%06d".formatted(region, year, serial);
  }
}
