package kz.jol.interaction.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.jol.interaction.domain.CouncilTally;
import kz.jol.organisation.Organisation;
import org.springframework.context.MessageSource;

/** Dates, organisation names and shares as the advisory bodies' pages show them. */
public final class CouncilLabels {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private final MessageSource messages;
  private final Locale locale;
  private final Map<UUID, Organisation> organisations;

  CouncilLabels(MessageSource messages, Locale locale, Map<UUID, Organisation> organisations) {
    this.messages = messages;
    this.locale = locale;
    this.organisations = organisations;
  }

  public String date(LocalDate day) {
    return day == null ? "" : day.format(DAY);
  }

  /** The organisation's name in the reader's language. */
  public String org(UUID id) {
    Organisation o = id == null ? null : organisations.get(id);
    return o == null ? "—" : o.name(locale);
  }

  /** The organisations' names, the first (the lead) marked. */
  public String orgs(List<UUID> ids) {
    return ids.stream().map(this::org).collect(Collectors.joining(", "));
  }

  /** "7 / 9 (78 %)", or a dash when nothing was judged yet. */
  public String share(CouncilTally.Counts counts) {
    if (counts.judged() == 0) {
      return "—";
    }
    long percent = Math.round(100.0 * counts.carriedOut() / counts.judged());
    return counts.carriedOut() + " / " + counts.judged() + " (" + percent + " %)";
  }

  public String kb(Integer bytes) {
    return bytes == null ? "" : Math.max(1, Math.round(bytes / 1024.0)) + " KB";
  }

  String message(String key) {
    return messages.getMessage(key, null, key, locale);
  }
}
