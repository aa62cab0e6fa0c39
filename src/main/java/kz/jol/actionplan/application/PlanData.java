package kz.jol.actionplan.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.actionplan.domain.CompletionForm;
import kz.jol.actionplan.domain.Deadline;
import kz.jol.actionplan.domain.Executor;
import kz.jol.actionplan.domain.ExecutorRole;
import kz.jol.actionplan.domain.HalfYear;
import kz.jol.actionplan.domain.Measure;
import kz.jol.actionplan.domain.ReportState;

/** The rows of a plan as the pages and the API show them. */
public final class PlanData {

  private PlanData() {}

  static String pick(Locale locale, String kk, String ru, String en) {
    String language = locale == null ? "" : locale.getLanguage();
    return switch (language) {
      case "ru" -> ru;
      case "en" -> en;
      default -> kk;
    };
  }

  /**
   * A plan's heading.
   *
   * @param finalReportDue the day the final consolidated report is due (25.02.2020 for
   *     decree No. 912)
   */
  public record Plan(UUID id, String code, String titleKk, String titleRu, String titleEn,
      String approvedByRu, String approvedByKk, String amendmentNoteRu, String amendmentNoteKk,
      LocalDate startsOn, LocalDate endsOn, LocalDate finalReportDue) {

    public String title(Locale locale) {
      return pick(locale, titleKk, titleRu, titleEn);
    }

    /** The approving act; in Russian for English readers, as the act has no English text. */
    public String approvedBy(Locale locale) {
      return "kk".equals(locale == null ? "kk" : locale.getLanguage()) ? approvedByKk
          : approvedByRu;
    }

    public String amendmentNote(Locale locale) {
      return "kk".equals(locale == null ? "kk" : locale.getLanguage()) ? amendmentNoteKk
          : amendmentNoteRu;
    }

    /** The reporting half-years of the plan, in order. */
    public List<HalfYear> periods() {
      return HalfYear.covering(startsOn, endsOn);
    }
  }

  /** A body the plan names as executor. */
  public record ExecutorBody(UUID id, String code, String abbrevKk, String abbrevRu,
      String abbrevEn, String nameKk, String nameRu, String nameEn) {

    public String abbrev(Locale locale) {
      return pick(locale, abbrevKk, abbrevRu, abbrevEn);
    }

    public String name(Locale locale) {
      return pick(locale, nameKk, nameRu, nameEn);
    }
  }

  /** An executor of a measure: the body, its role, and whether it acts by agreement. */
  public record Assignment(ExecutorBody body, ExecutorRole role, boolean byAgreement) {

    public boolean lead() {
      return role == ExecutorRole.LEAD;
    }
  }

  /** A measure with its executors. */
  public record MeasureItem(UUID id, UUID planId, int number, String textRu, String textKk,
      boolean textKkOfficial, String formRu, String formKk, Deadline deadline,
      String deadlineTextRu, String costRu, String costKk, String amendmentNoteRu,
      List<Assignment> executors) {

    public String text(Locale locale) {
      return "kk".equals(locale == null ? "kk" : locale.getLanguage()) ? textKk : textRu;
    }

    public String form(Locale locale) {
      return "kk".equals(locale == null ? "kk" : locale.getLanguage()) ? formKk : formRu;
    }

    public String cost(Locale locale) {
      return "kk".equals(locale == null ? "kk" : locale.getLanguage()) ? costKk : costRu;
    }

    /** The deadline as the plan wrote it in Russian; in Kazakh and English as Jol words it. */
    public String deadlineText(Locale locale) {
      String language = locale == null ? "kk" : locale.getLanguage();
      return switch (language) {
        case "ru" -> deadlineTextRu;
        case "en" -> deadline.english();
        default -> deadline.kazakh();
      };
    }

    public Assignment lead() {
      return executors.stream().filter(Assignment::lead).findFirst().orElseThrow();
    }

    /** The measure as the Spring-free model states it. */
    public Measure toMeasure() {
      return new Measure(number, textRu, textKk, textKkOfficial, new CompletionForm(formRu, formKk),
          executors.stream().map(a -> new Executor(a.body().code(), a.role(), a.byAgreement()))
              .toList(), deadline, costRu);
    }
  }

  /** A filed report. */
  public record Report(UUID id, UUID measureId, UUID executorId, HalfYear period,
      boolean consolidated, String text, ReportState claimed, LocalDate dueOn, LocalDate filedOn,
      Instant filedAt, UUID organisationId) {}
}
