package kz.jol.territory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.shared.FieldProblem;
import kz.jol.shared.InvalidInputException;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.internal.TerritoryImport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's view of the territory tree — the regions and republican cities, then what
 * lies under each — and the form that imports districts and cities from a CSV file.
 */
@Controller
@Allowed(Role.ADMIN)
class TerritoryPages {

  private static final Pattern LINE = Pattern.compile("line (\\d+)(?:: (.+))?");

  private final Territories territories;
  private final TerritoryImport territoryImport;
  private final CurrentActor currentActor;
  private final MessageSource messages;

  TerritoryPages(Territories territories, TerritoryImport territoryImport,
      CurrentActor currentActor, MessageSource messages) {
    this.territories = territories;
    this.territoryImport = territoryImport;
    this.currentActor = currentActor;
    this.messages = messages;
  }

  /** A problem of an import, with where it is ("line 4: code") and what is wrong. */
  record ImportProblem(String where, String message) {}

  @GetMapping("/admin/territories")
  String browse(@RequestParam(required = false) String parent, Locale locale, Model model,
      HttpServletResponse response) {
    if (parent == null || parent.isBlank() || Territories.REPUBLIC.equals(parent)) {
      model.addAttribute("parent", null);
      model.addAttribute("path", List.of());
      model.addAttribute("territories", territories.regions());
      return "territory/tree";
    }
    Territory current = parent.matches("[0-9]{9}") ? territories.find(parent).orElse(null) : null;
    if (current == null) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
      return "error";
    }
    model.addAttribute("parent", current);
    model.addAttribute("path", territories.path(parent).stream()
        .filter(t -> !Territories.REPUBLIC.equals(t.code()) && !t.code().equals(parent))
        .toList());
    model.addAttribute("territories", territories.children(parent));
    return "territory/tree";
  }

  @PostMapping("/admin/territories/import")
  String importCsv(@RequestParam(name = "file", required = false) MultipartFile file,
      Locale locale, Model model, HttpServletResponse response) throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("problems", describe(List.of(new FieldProblem("file",
          "territory.import.file-required", "attach the CSV file")), locale));
    } else {
      try (InputStream in = file.getInputStream()) {
        model.addAttribute("report", territoryImport.importCsv(in,
            currentActor.require().username()));
      } catch (InvalidInputException invalid) {
        model.addAttribute("problems", describe(invalid.problems(), locale));
      }
    }
    return browse(null, locale, model, response);
  }

  private List<ImportProblem> describe(List<FieldProblem> problems, Locale locale) {
    return problems.stream()
        .map(p -> new ImportProblem(where(p.field(), locale),
            messages.getMessage("error." + p.code(), p.args(), p.message(), locale)))
        .toList();
  }

  /** "line 4: code" in the user's language; the column names stay as the file spells them. */
  private String where(String field, Locale locale) {
    var line = LINE.matcher(field);
    if (line.matches()) {
      return line.group(2) == null
          ? messages.getMessage("territories.import.line", new Object[] {line.group(1)}, locale)
          : messages.getMessage("territories.import.line-column",
              new Object[] {line.group(1), line.group(2)}, locale);
    }
    return messages.getMessage("territories.import.whole-file", null, locale);
  }
}
