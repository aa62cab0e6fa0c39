package kz.jol.reintegration.domain;

/** The five reintegration domains of seed 001, in the seed's order. */
public enum Domain {
  /** Identity document (IIN) and registration (прописка). */
  LEGAL,
  /** A safe and stable place to live. */
  HOUSING,
  /** Legal income or an employment track. */
  ECONOMIC,
  /** Social-medical: attached to a primary health clinic (ПМСП), first screening done. */
  HEALTH,
  /** An individual reintegration plan (ИПР) and active routing. */
  INSTITUTIONAL
}
