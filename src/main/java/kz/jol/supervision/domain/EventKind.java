package kz.jol.supervision.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What happened on a case under supervision (SPEC section 5), and the choice each kind takes
 * (its {@code code}): a check-in's result, a home visit's result, a violation's type, how a
 * wanted person was found, a submission's kind, the court's decision, a request's topic.
 */
public enum EventKind {
  /** The person came (or did not) on a set day; code: {@link CheckInResult}. */
  CHECK_IN("result", CheckInResult.class),
  /** The officer or inspector visited the home; code: {@link HomeVisitResult}. */
  HOME_VISIT("result", HomeVisitResult.class),
  /** A breach of the conditions; code: {@link ViolationType}. */
  VIOLATION("violationType", ViolationType.class),
  /** A written warning about one or more recorded violations. No code. */
  WARNING(null, null),
  /** The person evades supervision: wanted (розыск) declared. No code. */
  WANTED_DECLARED(null, null),
  /** The search ended; code: {@link FoundHow}. */
  WANTED_ENDED("foundHow", FoundHow.class),
  /** An administrative offence (КоАП article). No code. */
  ADMIN_OFFENCE(null, null),
  /** A new criminal offence (УК article). No code. */
  CRIMINAL_OFFENCE(null, null),
  /** A submission to court; code: {@link SubmissionKind}. */
  COURT_SUBMISSION("submissionKind", SubmissionKind.class),
  /** The court's decision on a submission; code: {@link CourtDecision}. */
  COURT_DECISION("decision", CourtDecision.class),
  /** The person asked the probation service for help; code: {@link HelpTopic}. */
  HELP_REQUEST("helpTopic", HelpTopic.class);

  private final String codeField;
  private final Class<? extends Enum<?>> codes;

  EventKind(String codeField, Class<? extends Enum<?>> codes) {
    this.codeField = codeField;
    this.codes = codes;
  }

  /** The input field that carries the kind's choice, or null when it takes none. */
  public String codeField() {
    return codeField;
  }

  /** The choices of the kind's code, or an empty list. */
  public List<String> codes() {
    return codes == null ? List.of()
        : Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
  }

  /** Whether the person was reached: an attended check-in or a visit that found them. */
  public static boolean isContact(EventKind kind, String code) {
    return kind == CHECK_IN && CheckInResult.ATTENDED.name().equals(code)
        || kind == HOME_VISIT && HomeVisitResult.FOUND_AT_HOME.name().equals(code);
  }

  /** A check-in's result. */
  public enum CheckInResult { ATTENDED, MISSED, EXCUSED }

  /** What a home visit found. */
  public enum HomeVisitResult {
    FOUND_AT_HOME, NOT_AT_HOME, LIVES_ELSEWHERE, REFUSED_ENTRY, ADDRESS_NOT_FOUND
  }

  /**
   * The breaches the Criminal-Executive Code names for persons on probation: failing to report
   * without a valid reason, changing residence (or work) without notice, leaving the territory,
   * breaking a curfew or another duty set by the court, an administrative offence against
   * public order, hiding from supervision.
   */
  public enum ViolationType {
    FAILURE_TO_REPORT,
    RESIDENCE_CHANGE_WITHOUT_NOTICE,
    LEAVING_TERRITORY,
    CURFEW_BREACH,
    COURT_DUTY_BREACH,
    ADMINISTRATIVE_OFFENCE,
    EVADING_SUPERVISION,
    OTHER
  }

  /** How a wanted person was found, or why the search ended otherwise. */
  public enum FoundHow {
    DETAINED_BY_POLICE, CAME_VOLUNTARILY, FOUND_BY_INSPECTOR, FOUND_BY_OFFICER, OTHER,
    /** The case closed while the person was wanted; recorded by the system, never entered. */
    CASE_CLOSED
  }

  /** What the probation service asks the court. */
  public enum SubmissionKind {
    /** Revoke the conditional sentence (отмена условного осуждения). */
    REVOKE_CONDITIONAL_SENTENCE,
    /** Replace restriction of freedom with imprisonment. */
    REPLACE_WITH_IMPRISONMENT,
    /** Extend the probation period. */
    EXTEND_PROBATION,
    /** Add duties. */
    ADD_DUTIES;

    /** Whether granting it ends the probation with imprisonment. */
    public boolean revokes() {
      return this == REVOKE_CONDITIONAL_SENTENCE || this == REPLACE_WITH_IMPRISONMENT;
    }
  }

  /** The court's answer to a submission. */
  public enum CourtDecision { GRANTED, REFUSED }

  /** What the person asked for help with. */
  public enum HelpTopic {
    DOCUMENTS, HOUSING, EMPLOYMENT, SOCIAL_BENEFITS, LEGAL, HEALTH, PSYCHOLOGICAL, FAMILY, OTHER
  }
}
