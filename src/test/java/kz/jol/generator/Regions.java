package kz.jol.generator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The population of the 20 top-level territories, in thousands, by which the generator spreads
 * cases. Approximate figures of the Bureau of National Statistics of the Agency for Strategic
 * Planning and Reforms (stat.gov.kz) for 1 January 2024, rounded to thousands (the republic:
 * about 20.03 million). Within a region cases are spread evenly over its districts and cities
 * as the territory table holds them (Jol has no population per district).
 */
final class Regions {

  static final Map<String, Integer> POPULATION_THOUSANDS;

  static {
    Map<String, Integer> p = new LinkedHashMap<>();
    p.put("10", 603);   // Abai
    p.put("11", 783);   // Akmola
    p.put("15", 933);   // Aktobe
    p.put("19", 1_520); // Almaty Region
    p.put("23", 697);   // Atyrau
    p.put("27", 689);   // West Kazakhstan
    p.put("31", 1_218); // Zhambyl
    p.put("33", 697);   // Zhetysu
    p.put("35", 1_131); // Karaganda
    p.put("39", 829);   // Kostanay
    p.put("43", 836);   // Kyzylorda
    p.put("47", 787);   // Mangystau
    p.put("55", 750);   // Pavlodar
    p.put("59", 532);   // North Kazakhstan
    p.put("61", 2_134); // Turkistan
    p.put("62", 222);   // Ulytau
    p.put("63", 717);   // East Kazakhstan
    p.put("71", 1_424); // Astana
    p.put("75", 2_229); // Almaty
    p.put("79", 1_223); // Shymkent
    POPULATION_THOUSANDS = java.util.Collections.unmodifiableMap(p);
  }

  private Regions() {}
}
