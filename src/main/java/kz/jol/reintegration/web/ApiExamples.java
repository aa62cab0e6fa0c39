package kz.jol.reintegration.web;

/**
 * Example bodies for the reintegration endpoints, as OpenAPI shows them. The plan's examples
 * are one story, with the versions it goes through: drafted (0), an action added (1),
 * approved (2), the action done (3), under review (4), closed. {@code ApiExamplesTest} sends
 * each example, as the OpenAPI document gives it, to the API, so they stay true.
 */
final class ApiExamples {

  private ApiExamples() {}

  static final String LEGAL_NO_DOCUMENTS = """
      {"domain": "LEGAL", "score": 0, "assessedOn": "2026-03-04",
       "hasIdentityDocument": false, "hasRegistration": false}""";

  static final String LEGAL_RESTORED = """
      {"domain": "LEGAL", "score": 2,
       "evidence": "Удостоверение личности выдано ЦОН 12.03.2026, регистрация по месту жительства",
       "hasIdentityDocument": true, "hasRegistration": true}""";

  static final String HOUSING_AGGRESSOR = """
      {"domain": "HOUSING", "score": 0, "homeless": false, "livesWithAggressor": true,
       "threatOfViolence": true}""";

  static final String ECONOMIC_TRACK = """
      {"domain": "ECONOMIC", "score": 1, "hasLegalIncome": false, "hasEmploymentTrack": true,
       "riskOfExploitation": false}""";

  static final String HEALTH_HIGH_NEED = """
      {"domain": "HEALTH", "score": 0, "healthNeed": "HIGH", "helpReceived": false,
       "attachedToClinic": false, "screeningDone": false}""";

  static final String INSTITUTIONAL_SUPERVISION_ONLY = """
      {"domain": "INSTITUTIONAL", "score": 0, "realReferralExists": false,
       "supervisionOnly": true}""";

  /**
   * The organisation id in the examples: a placeholder for an organisation of the person's
   * territory (GET /api/v1/organisations lists them).
   */
  static final String ORGANISATION = "5b0e2c1a-7d43-4a8e-9f61-2f3c8d9e0a17";

  static final String NEW_PLAN = """
      {"actions": [
        {"domain": "LEGAL", "goal": "Восстановить удостоверение личности",
         "action": "Запись в ЦОН, подача заявления на выдачу удостоверения",
         "responsibleOrganisationId": "5b0e2c1a-7d43-4a8e-9f61-2f3c8d9e0a17",
         "dueOn": "2026-03-10"},
        {"domain": "ECONOMIC", "goal": "Трудоустройство или обучение",
         "action": "Направление в центр занятости, постановка на учёт как ищущего работу",
         "responsibleOrganisationId": "5b0e2c1a-7d43-4a8e-9f61-2f3c8d9e0a17",
         "dueOn": "2026-03-16"}]}""";

  static final String ACTION = """
      {"domain": "HEALTH", "goal": "Прикрепление к поликлинике и скрининг",
       "action": "Направление в ПМСП по месту жительства в рамках ОСМС",
       "responsibleOrganisationId": "5b0e2c1a-7d43-4a8e-9f61-2f3c8d9e0a17",
       "dueOn": "2026-04-01", "version": 0}""";

  static final String ACTION_DONE = """
      {"status": "DONE", "outcome": "Прикреплён к поликлинике №3, скрининг пройден 25.03.2026",
       "version": 2}""";

  static final String APPROVE = """
      {"state": "APPROVED", "version": 1}""";

  static final String REVIEW = """
      {"state": "UNDER_REVIEW", "note": "Потерял работу; нужен новый маршрут в домене труда",
       "version": 3}""";

  static final String CLOSE = """
      {"state": "CLOSED", "note": "Срок пробации истёк, маршрут завершён", "version": 4}""";
}
