package kz.jol.publication.application;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.publication.PublicationPublished;
import kz.jol.publication.PublicationWithdrawn;
import kz.jol.publication.PublishableTable;
import kz.jol.publication.PublishableTables;
import kz.jol.publication.PublishedTable;
import kz.jol.shared.MarginSuppression;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes figure tables: computes the counts of a {@link PublishableTable} for a territory and
 * a period, hides with {@link MarginSuppression} every count below
 * {@code jol.publication.minimum-cell} (default 10) and what would give one back, and freezes
 * the counts and what is hidden as a version. Only an administrator publishes, corrects or
 * withdraws; anybody reads what is published, and only what is shown.
 */
@Service
public class PublicationService {

  /** The longest period, in years, as the indicators compare (seed 000). */
  public static final int MAX_YEARS = 5;

  private final PublicationRepository repository;
  private final Map<String, PublishableTable> tables = new LinkedHashMap<>();
  private final Territories territories;
  private final TerritoryScope scope;
  private final CurrentActor currentActor;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;
  private final Clock clock;
  private final int minimumCell;

  PublicationService(PublicationRepository repository, List<PublishableTable> tables,
      List<PublishableTables> sources, Territories territories, TerritoryScope scope,
      CurrentActor currentActor, ApplicationEventPublisher events, MessageSource messages,
      Clock clock, @Value("${jol.publication.minimum-cell:10}") int minimumCell) {
    if (minimumCell < 1) {
      throw new IllegalArgumentException("jol.publication.minimum-cell must be at least 1");
    }
    this.repository = repository;
    // This module's own kinds by code, then each source's (the indicator catalogue) in its order.
    List<PublishableTable> all = new ArrayList<>(tables.stream()
        .sorted(java.util.Comparator.comparing(PublishableTable::code)).toList());
    sources.forEach(source -> all.addAll(source.tables()));
    for (PublishableTable table : all) {
      if (this.tables.putIfAbsent(table.code(), table) != null) {
        throw new IllegalStateException("two kinds of table have the code " + table.code());
      }
    }
    this.territories = territories;
    this.scope = scope;
    this.currentActor = currentActor;
    this.events = events;
    this.messages = messages;
    this.clock = clock;
    this.minimumCell = minimumCell;
  }

  /** The smallest count published. */
  public int minimumCell() {
    return minimumCell;
  }

  /** The codes of the table kinds that may be published. */
  public List<String> kinds() {
    return List.copyOf(tables.keySet());
  }

  /** The kinds that may be published, code → name in the reader's language, in order. */
  public Map<String, String> kindNames(Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    tables.keySet().forEach(code -> names.put(code, kindName(code, locale)));
    return names;
  }

  /** The territories a table may be published for: the republic, then its regions. */
  public List<Territory> territories() {
    List<Territory> list = new ArrayList<>();
    territories.find(Territories.REPUBLIC).ifPresent(list::add);
    list.addAll(territories.regions());
    return list;
  }

  /**
   * What the public would see if this were published now, hidden values null.
   *
   * @throws InvalidInputException listing every field that is wrong
   */
  public Preview preview(PublicationRequest request, Locale locale) {
    requireAdmin();
    Checked checked = check(request, null);
    Computed computed = compute(checked);
    return new Preview(view(null, 0, checked.table().code(), checked.territory(), checked.from(),
        checked.to(), null, null, minimumCell, null, null, checked.table(), computed, locale),
        computed.fingerprint());
  }

  /**
   * A preview and the fingerprint of its counts, to publish exactly what was previewed.
   *
   * @param table what the public would see
   * @param fingerprint changes whenever a count does
   */
  public record Preview(PublishedTable table, String fingerprint) {}

  /**
   * Publishes the table as computed now.
   *
   * @param fingerprint the preview's, or null: when given and the counts changed since, nothing
   *     is published (409) so that what goes out is what the administrator saw
   * @return the new publication's id
   */
  @Transactional
  public UUID publish(PublicationRequest request, PublicationTexts texts, String fingerprint) {
    Actor admin = requireAdmin();
    Checked checked = check(request, texts);
    Computed computed = compute(checked);
    requireSame(fingerprint, computed);
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    repository.insert(id, checked.table().code(), checked.territory().code(), checked.from(),
        checked.to(), now);
    repository.insertVersion(id, 1, texts, minimumCell, checked.table().columns(),
        checked.table().shareColumn(), now, admin.userId(), computed.rowKeys(),
        computed.counts(), computed.hidden());
    events.publishEvent(new PublicationPublished(id, 1));
    return id;
  }

  /**
   * Publishes a corrected version: the same table, territory and period computed again now
   * (with data corrected since), with new words. The public sees the new version, marked as
   * corrected; the earlier ones are kept.
   *
   * @return the new version's number
   * @throws NotFoundException when there is no such publication
   * @throws ConflictException when it was withdrawn
   */
  @Transactional
  public int correct(UUID id, PublicationTexts texts, String fingerprint) {
    Actor admin = requireAdmin();
    var stored = repository.lock(id).orElseThrow(() -> new NotFoundException("publication", id));
    if (!"PUBLISHED".equals(stored.state())) {
      throw new ConflictException("publication.withdrawn", "the publication was withdrawn");
    }
    PublishableTable table = tables.get(stored.kind());
    if (table == null) {
      throw new ConflictException("publication.kind.gone", "this kind of table is no more");
    }
    checkTexts(texts, new ArrayList<>(), true);
    Territory territory = territories.find(stored.territoryCode())
        .orElseThrow(() -> new NotFoundException("territory", stored.territoryCode()));
    Computed computed = compute(new Checked(table, territory, stored.from(), stored.to()));
    requireSame(fingerprint, computed);
    int version = stored.version() + 1;
    repository.insertVersion(id, version, texts, minimumCell, table.columns(),
        table.shareColumn(), clock.instant(), admin.userId(), computed.rowKeys(),
        computed.counts(), computed.hidden());
    repository.setLatest(id, version);
    events.publishEvent(new PublicationPublished(id, version));
    return version;
  }

  /** The preview of a correction: the publication's table computed again now. */
  public Preview previewCorrection(UUID id, Locale locale) {
    requireAdmin();
    var stored = repository.find(id).orElseThrow(() -> new NotFoundException("publication", id));
    PublishableTable table = tables.get(stored.kind());
    Territory territory = territories.find(stored.territoryCode()).orElse(null);
    if (table == null || territory == null) {
      throw new ConflictException("publication.kind.gone", "this kind of table is no more");
    }
    Computed computed = compute(new Checked(table, territory, stored.from(), stored.to()));
    return new Preview(view(id, 0, table.code(), territory, stored.from(), stored.to(), null,
        null, minimumCell, null, null, table, computed, locale), computed.fingerprint());
  }

  /**
   * Withdraws a publication: from now on the portal, the open data and the API answer 404.
   *
   * @throws NotFoundException when there is no such publication
   * @throws ConflictException when it is withdrawn already
   */
  @Transactional
  public void withdraw(UUID id) {
    Actor admin = requireAdmin();
    repository.lock(id).orElseThrow(() -> new NotFoundException("publication", id));
    if (!repository.withdraw(id, clock.instant(), admin.userId())) {
      throw new ConflictException("publication.withdrawn", "the publication was withdrawn");
    }
    events.publishEvent(new PublicationWithdrawn(id));
  }

  /** Every publication, withdrawn ones too, newest first: for the administrator. */
  public List<PublicationSummary> all(Locale locale) {
    requireAdmin();
    return repository.all().stream().map(s -> summary(s, locale)).toList();
  }

  /**
   * One publication with its versions, newest first: for the administrator.
   *
   * @throws NotFoundException when there is no such publication
   */
  public Detail detail(UUID id, Locale locale) {
    requireAdmin();
    var stored = repository.find(id).orElseThrow(() -> new NotFoundException("publication", id));
    List<VersionView> versions = repository.versions(id).stream()
        .map(v -> new VersionView(v.version(), pick(locale, v.titleKk(), v.titleRu(),
            v.titleEn()), v.note(), v.minimumCell(),
            java.time.LocalDateTime.ofInstant(v.publishedAt(), clock.getZone()), v.hidden()))
        .toList();
    return new Detail(summary(stored, locale), shown(stored, locale), versions,
        stored.titleKk(), stored.titleRu(), stored.titleEn(), stored.note());
  }

  /**
   * A publication for its administrator.
   *
   * @param summary the publication
   * @param table the latest version as the public sees it (or saw it, once withdrawn)
   * @param versions every version, newest first
   * @param titleKk the latest title in Kazakh, to correct
   * @param titleRu in Russian
   * @param titleEn in English
   * @param note the latest note
   */
  public record Detail(PublicationSummary summary, PublishedTable table,
      List<VersionView> versions, String titleKk, String titleRu, String titleEn, String note) {}

  /**
   * One version.
   *
   * @param version its number
   * @param title in the reader's language
   * @param note its note
   * @param minimumCell the smallest count it showed
   * @param publishedAt when
   * @param hidden how many values it hid
   */
  public record VersionView(int version, String title, String note, int minimumCell,
      java.time.LocalDateTime publishedAt, int hidden) {}

  /** What is public: every publication not withdrawn, the latest period first. */
  public List<PublicationSummary> published(Locale locale) {
    return repository.published().stream().map(s -> summary(s, locale)).toList();
  }

  /**
   * A published table as the public sees it: its latest version, hidden values null.
   *
   * @throws NotFoundException when there is no such publication or it was withdrawn
   */
  public PublishedTable published(UUID id, Locale locale) {
    var stored = repository.find(id)
        .filter(s -> "PUBLISHED".equals(s.state()))
        .orElseThrow(() -> new NotFoundException("publication", id));
    return shown(stored, locale);
  }

  // --- computing ---

  private record Checked(PublishableTable table, Territory territory, LocalDate from,
      LocalDate to) {}

  private record Computed(List<String> rowKeys, long[][] counts,
      MarginSuppression.Hidden hidden) {

    String fingerprint() {
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String key : rowKeys) {
          digest.update(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        ByteBuffer buffer = ByteBuffer.allocate(8);
        for (long[] row : counts) {
          for (long n : row) {
            buffer.clear();
            digest.update(buffer.putLong(n).array());
          }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
      } catch (NoSuchAlgorithmException impossible) {
        throw new IllegalStateException(impossible);
      }
    }
  }

  private Computed compute(Checked checked) {
    Territory whole = checked.territory();
    List<Territory> parts = Territories.REPUBLIC.equals(whole.code())
        ? territories.regions() : territories.children(whole.code());
    List<PublishableTable.Part> rows = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (Territory part : parts) {
      keys.add(part.code());
      Set<String> codes = new HashSet<>(scope.codesWithin(part.code()));
      codes.removeAll(taken);
      taken.addAll(codes);
      rows.add(new PublishableTable.Part(part.code(), codes));
    }
    // What is filed at the territory itself, or under none of its parts, is one more row.
    int itself = parts.size();
    Set<String> rest = new HashSet<>(scope.codesWithin(whole.code()));
    rest.removeAll(taken);
    rest.add(whole.code());
    rows.add(new PublishableTable.Part(whole.code(), rest));
    keys.add(whole.code());
    long[][] counts = checked.table().count(rows, checked.from(), checked.to());
    if (java.util.Arrays.stream(counts[itself]).allMatch(n -> n == 0)) {
      counts = java.util.Arrays.copyOf(counts, itself);
      keys.remove(itself);
    }
    return new Computed(List.copyOf(keys), counts,
        MarginSuppression.suppress(counts, minimumCell));
  }

  private PublishedTable view(UUID id, int version, String kind, Territory territory,
      LocalDate from, LocalDate to, String title, String note, int minimum, LocalDate publishedAt,
      LocalDate correctedAt, PublishableTable table, Computed computed, Locale locale) {
    int columns = table.columns().size();
    int share = table.shareColumn() == null ? -1 : table.columns().indexOf(table.shareColumn());
    List<PublishedTable.Row> rows = new ArrayList<>();
    long[] columnSums = new long[columns];
    long grand = 0;
    for (int r = 0; r < computed.counts().length; r++) {
      List<Long> shown = new ArrayList<>();
      long sum = 0;
      for (int c = 0; c < columns; c++) {
        long n = computed.counts()[r][c];
        shown.add(computed.hidden().cells()[r][c] ? null : n);
        sum += n;
        columnSums[c] += n;
      }
      grand += sum;
      rows.add(row(computed.rowKeys().get(r), territory, shown,
          computed.hidden().rowTotals()[r] ? null : sum, share, locale));
    }
    List<Long> totals = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      totals.add(computed.hidden().columnTotals()[c] ? null : columnSums[c]);
    }
    PublishedTable.Row total = row(PublishedTable.TOTAL, territory, totals,
        computed.hidden().grandTotal() ? null : grand, share, locale);
    return new PublishedTable(id, version, kind, territory.code(), territory.name(locale), from,
        to, title, note, minimum, publishedAt, correctedAt, table.columns(), table.shareColumn(),
        rows, total, kindName(kind, locale), definition(kind, locale), formula(kind),
        formulaText(kind, locale),
        columnNames(kind, table.columns(), locale), shareName(kind, table.shareColumn(), locale));
  }

  private PublishedTable shown(PublicationRepository.Stored stored, Locale locale) {
    Territory territory = territories.find(stored.territoryCode())
        .orElseThrow(() -> new NotFoundException("territory", stored.territoryCode()));
    var cells = repository.shownCells(stored.id(), stored.version());
    int columns = stored.columns().size();
    int share = stored.shareColumn() == null ? -1 : stored.columns().indexOf(stored.shareColumn());
    Map<Integer, List<PublicationRepository.ShownCell>> byRow = new java.util.TreeMap<>();
    for (var cell : cells) {
      byRow.computeIfAbsent(cell.row(), k -> new ArrayList<>()).add(cell);
    }
    List<PublishedTable.Row> rows = new ArrayList<>();
    PublishedTable.Row total = null;
    for (var line : byRow.values()) {
      List<Long> counts = new ArrayList<>();
      Long rowTotal = null;
      for (var cell : line) {
        if (cell.column() < columns) {
          counts.add(cell.shown());
        } else {
          rowTotal = cell.shown();
        }
      }
      var row = row(line.getFirst().rowKey(), territory, counts, rowTotal, share, locale);
      if (PublishedTable.TOTAL.equals(row.key())) {
        total = row;
      } else {
        rows.add(row);
      }
    }
    LocalDate corrected = stored.version() > 1
        ? LocalDate.ofInstant(stored.versionPublishedAt(), clock.getZone()) : null;
    return new PublishedTable(stored.id(), stored.version(), stored.kind(), territory.code(),
        territory.name(locale), stored.from(), stored.to(),
        pick(locale, stored.titleKk(), stored.titleRu(), stored.titleEn()), stored.note(),
        stored.minimumCell(), LocalDate.ofInstant(stored.firstPublishedAt(), clock.getZone()),
        corrected, stored.columns(), stored.shareColumn(), rows, total,
        kindName(stored.kind(), locale), definition(stored.kind(), locale), formula(stored.kind()),
        formulaText(stored.kind(), locale),
        columnNames(stored.kind(), stored.columns(), locale),
        shareName(stored.kind(), stored.shareColumn(), locale));
  }

  private PublishedTable.Row row(String key, Territory whole, List<Long> counts, Long total,
      int share, Locale locale) {
    String name;
    if (PublishedTable.TOTAL.equals(key)) {
      name = messages.getMessage("publication.total", null, "Total", locale);
    } else if (key.equals(whole.code())) {
      name = messages.getMessage("publication.row.itself", new Object[] {whole.name(locale)},
          whole.name(locale), locale);
    } else {
      name = territories.name(key, locale).orElse(key);
    }
    Double ratio = null;
    if (share >= 0 && counts.get(share) != null && total != null && total > 0) {
      ratio = Math.round(counts.get(share) * 1000.0 / total) / 1000.0;
    }
    return new PublishedTable.Row(key, name, nullable(counts), total, ratio);
  }

  private static List<Long> nullable(List<Long> counts) {
    return java.util.Collections.unmodifiableList(new ArrayList<>(counts));
  }

  private PublicationSummary summary(PublicationRepository.Stored s, Locale locale) {
    String name = territories.name(s.territoryCode(), locale).orElse(s.territoryCode());
    return new PublicationSummary(s.id(), s.kind(), kindName(s.kind(), locale), s.territoryCode(),
        name, s.from(), s.to(),
        pick(locale, s.titleKk(), s.titleRu(), s.titleEn()), s.state(), s.version(),
        s.firstPublishedAt(), s.version() > 1 ? s.versionPublishedAt() : null, s.withdrawnAt());
  }

  // --- the kinds' words: their own when they give them, else the messages ---

  /** A kind's name in the reader's language; a kind no longer offered falls back to messages. */
  public String kindName(String kind, Locale locale) {
    return own(kind, t -> t.name(locale), "publication.kind." + kind, kind, locale);
  }

  /**
   * A kind's formula in a technical notation, for machines; null when the kind has none. Like the
   * name and the definition it is read from the kind now, not frozen with a version: it tells how
   * the kind is counted, which a kind's code never changes (a different count is a new kind).
   */
  public String formula(String kind) {
    PublishableTable table = tables.get(kind);
    return table == null ? null : table.formula();
  }

  /** A kind's formula in words in the reader's language; null when the kind has none. */
  public String formulaText(String kind, Locale locale) {
    PublishableTable table = tables.get(kind);
    return table == null ? null : table.formulaText(locale);
  }

  /** What a kind counts, in words in the reader's language; empty when it says nothing. */
  public String definition(String kind, Locale locale) {
    return own(kind, t -> t.definition(locale), "publication.kind." + kind + ".definition", "",
        locale);
  }

  /** The columns' names in the reader's language, in the codes' order. */
  private List<String> columnNames(String kind, List<String> columns, Locale locale) {
    return columns.stream().map(c -> own(kind, t -> t.columnName(c, locale),
        "publication.column." + kind + "." + c, c, locale)).toList();
  }

  private String shareName(String kind, String shareColumn, Locale locale) {
    return shareColumn == null ? null
        : own(kind, t -> t.shareName(locale), "publication.share." + kind, shareColumn, locale);
  }

  private String own(String kind, java.util.function.Function<PublishableTable, String> text,
      String message, String fallback, Locale locale) {
    PublishableTable table = tables.get(kind);
    String own = table == null ? null : text.apply(table);
    return own != null ? own : messages.getMessage(message, null, fallback, locale);
  }

  private static String pick(Locale locale, String kk, String ru, String en) {
    return switch (locale.getLanguage()) {
      case "kk" -> kk;
      case "ru" -> ru;
      default -> en;
    };
  }

  // --- checks ---

  private Actor requireAdmin() {
    Actor actor = currentActor.require();
    if (!actor.is(Role.ADMIN)) {
      throw new ForbiddenException("publication.admin-only", "only an administrator publishes");
    }
    return actor;
  }

  private static void requireSame(String fingerprint, Computed computed) {
    if (fingerprint != null && !fingerprint.isBlank()
        && !fingerprint.strip().equals(computed.fingerprint())) {
      throw new ConflictException("publication.changed",
          "the figures changed since the preview; preview again");
    }
  }

  private Checked check(PublicationRequest request, PublicationTexts texts) {
    List<FieldProblem> problems = new ArrayList<>();
    PublishableTable table = null;
    if (request.kind() == null || request.kind().isBlank()) {
      problems.add(new FieldProblem("kind", "field.required", "is required"));
    } else {
      table = tables.get(request.kind().strip());
      if (table == null) {
        problems.add(new FieldProblem("kind", "publication.kind.unknown",
            "is not a kind of table", request.kind()));
      }
    }
    Territory territory = null;
    String code = request.territory() == null || request.territory().isBlank()
        ? Territories.REPUBLIC : request.territory().strip();
    String own = currentActor.require().territoryCode();
    territory = territories().stream()
        .filter(t -> t.code().equals(code) && scope.isWithin(t.code(), own))
        .findFirst().orElse(null);
    if (territory == null) {
      problems.add(new FieldProblem("territory", "publication.territory.unknown",
          "is not the republic or one of its regions", code));
    }
    LocalDate from = date("from", request.from(), problems);
    LocalDate to = date("to", request.to(), problems);
    if (from != null && to != null) {
      LocalDate today = LocalDate.now(clock);
      if (from.isAfter(to)) {
        problems.add(new FieldProblem("to", "publication.period.order",
            "must not be before the first day", from));
      } else if (!to.isBefore(from.plusYears(MAX_YEARS))) {
        problems.add(new FieldProblem("to", "publication.period.too-long",
            "the period must be shorter than five years", MAX_YEARS));
      }
      if (to.isAfter(today)) {
        problems.add(new FieldProblem("to", "publication.period.future",
            "must not be after today", today));
      }
    }
    if (texts != null) {
      checkTexts(texts, problems, false);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Checked(table, territory, from, to);
  }

  private static void checkTexts(PublicationTexts texts, List<FieldProblem> problems,
      boolean throwNow) {
    title("titleKk", texts.titleKk(), problems);
    title("titleRu", texts.titleRu(), problems);
    title("titleEn", texts.titleEn(), problems);
    if (texts.note() != null && texts.note().strip().length() > 2000) {
      problems.add(new FieldProblem("note", "field.too-long", "use at most 2000 characters",
          2000));
    }
    if (throwNow && !problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static void title(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
    } else if (value.strip().length() > 200) {
      problems.add(new FieldProblem(field, "field.too-long", "use at most 200 characters", 200));
    }
  }

  private static LocalDate date(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "field.required", "is required"));
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "publication.date", "is not a date (YYYY-MM-DD)",
          value));
      return null;
    }
  }
}
