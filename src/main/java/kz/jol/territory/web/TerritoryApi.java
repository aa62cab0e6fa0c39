package kz.jol.territory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryKind;
import kz.jol.territory.internal.TerritoryImport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The territory tree for everyone signed in, and the CSV import of districts for admins. */
@RestController
@Tag(name = "Territories", description = "Regions, districts and cities of Kazakhstan by КАТО code")
class TerritoryApi {

  private final Territories territories;
  private final TerritoryImport territoryImport;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  TerritoryApi(Territories territories, TerritoryImport territoryImport,
      CurrentActor currentActor, MessageSource messages) {
    this.territories = territories;
    this.territoryImport = territoryImport;
    this.currentActor = currentActor;
    this.messages = messages;
  }

  /** A territory with its name in the caller's language beside the three official ones. */
  record TerritoryView(String code, String parentCode, TerritoryKind kind, String kindName,
      String name, String nameKk, String nameRu, String nameEn, String isoCode, boolean active) {}

  /** One step of the way down from the republic. */
  record PathStep(String code, TerritoryKind kind, String name) {}

  /** A territory, the way down to it and how many active territories lie directly under it. */
  record TerritoryDetail(String code, String parentCode, TerritoryKind kind, String kindName,
      String name, String nameKk, String nameRu, String nameEn, String isoCode, boolean active,
      List<PathStep> path, int children) {}

  @GetMapping("/api/v1/territories")
  @Allowed(anyRole = true)
  @Operation(summary = "The territories directly under a parent; without one, the 17 regions "
      + "and 3 cities of republican significance")
  List<TerritoryView> list(
      @Parameter(description = "КАТО code of the parent, e.g. 350000000 for Karaganda region")
      @RequestParam(required = false) String parent) {
    Locale locale = LocaleContextHolder.getLocale();
    if (parent == null || parent.isBlank()) {
      return territories.regions().stream().map(t -> view(t, locale)).toList();
    }
    require("parent", parent);
    return territories.children(parent).stream().map(t -> view(t, locale)).toList();
  }

  @GetMapping("/api/v1/territories/{code}")
  @Allowed(anyRole = true)
  @Operation(summary = "One territory by КАТО code, with the path down to it from the republic")
  TerritoryDetail get(@PathVariable String code) {
    Locale locale = LocaleContextHolder.getLocale();
    Territory t = require("code", code);
    List<PathStep> path = territories.path(code).stream()
        .map(step -> new PathStep(step.code(), step.kind(), step.name(locale)))
        .toList();
    return new TerritoryDetail(t.code(), t.parentCode(), t.kind(), kindName(t.kind(), locale),
        t.name(locale), t.nameKk(), t.nameRu(), t.nameEn(), t.isoCode(), t.active(), path,
        territories.children(code).size());
  }

  @PostMapping("/api/v1/admin/territories/import")
  @Allowed(Role.ADMIN)
  @Operation(summary = "Import districts and cities from a CSV file (multipart field 'file')",
      description = """
          UTF-8 (a byte-order mark is fine), comma- or semicolon-separated, with the header
          code,parent_code,kind,name_kk,name_ru,name_en. kind is DISTRICT,
          CITY_OF_REGIONAL_SIGNIFICANCE or CITY_DISTRICT; a parent must exist or come on an
          earlier line. A code that exists already is renamed (its parent and kind must stay the
          same). Every row is checked first: if any is wrong, the answer is 400 listing each
          problem as 'line N: column', and nothing is imported. Otherwise the whole file is
          imported in one transaction. At most 20,000 rows per file.""")
  TerritoryImport.Report importCsv(@RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    if (file == null) {
      throw new InvalidInputException("file", "territory.import.file-required",
          "attach the CSV file as the form field 'file'");
    }
    try (InputStream in = file.getInputStream()) {
      return territoryImport.importCsv(in, currentActor.require().username());
    }
  }

  private Territory require(String field, String code) {
    if (!code.matches("[0-9]{9}")) {
      throw new InvalidInputException(field, "territory.code-format",
          "'" + code + "' is not a КАТО code of 9 digits", code);
    }
    return territories.find(code).orElseThrow(() -> new NotFoundException("territory", code));
  }

  private TerritoryView view(Territory t, Locale locale) {
    return new TerritoryView(t.code(), t.parentCode(), t.kind(), kindName(t.kind(), locale),
        t.name(locale), t.nameKk(), t.nameRu(), t.nameEn(), t.isoCode(), t.active());
  }

  private String kindName(TerritoryKind kind, Locale locale) {
    return messages.getMessage("territory.kind." + kind.name(), null, kind.name(), locale);
  }
}
