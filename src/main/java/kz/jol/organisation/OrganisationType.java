package kz.jol.organisation;

/** What kind of body an organisation is; it decides which referrals it can receive. */
public enum OrganisationType {
  /** A district or regional unit of the probation service (служба пробации). */
  PROBATION_UNIT,
  /** A police unit: the local police service, district inspectors (участковые). */
  POLICE_UNIT,
  /** A department of the local executive body, the akimat (МИО): social protection, housing. */
  AKIMAT_DEPARTMENT,
  /** A career and employment centre (центр занятости). */
  EMPLOYMENT_CENTRE,
  /** A primary health care clinic (ПМСП / МСАК) under compulsory health insurance (ОСМС). */
  HEALTH_CLINIC,
  /** A public service centre (ЦОН / ХҚКО): documents, registration, state services. */
  PUBLIC_SERVICE_CENTRE,
  /** A crisis centre: safe shelter and help for victims of violence. */
  CRISIS_CENTRE,
  /** A non-governmental organisation. */
  NGO,
  /** A school, college or other place of education and vocational training. */
  EDUCATION,
  /** A prosecutor's office: oversight. */
  PROSECUTOR_OFFICE,
  /** A ministry or other central state body. */
  MINISTRY
}
