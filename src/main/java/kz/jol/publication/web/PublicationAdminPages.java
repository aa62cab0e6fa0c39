package kz.jol.publication.web;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.publication.application.PublicationRequest;
import kz.jol.publication.application.PublicationService;
import kz.jol.publication.application.PublicationTexts;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The administrator publishes: picks a table, a territory and a period, sees exactly what the
 * public will see (hidden values marked), gives it titles in three languages and publishes;
 * later corrects it (a new version, computed again) or withdraws it.
 */
@Controller
@Allowed(Role.ADMIN)
class PublicationAdminPages {

  private static final Set<String> REQUEST_FIELDS = Set.of("kind", "territory", "from", "to");
  private static final Set<String> TEXT_FIELDS = Set.of("titleKk", "titleRu", "titleEn", "note");

  private final PublicationService publications;
  private final PublicationPageTexts texts;

  PublicationAdminPages(PublicationService publications, PublicationPageTexts texts) {
    this.publications = publications;
    this.texts = texts;
  }

  @GetMapping("/admin/publications")
  String list(Locale locale, Model model) {
    return list(locale, model, new PublicationRequest(null, null, null, null), FormProblems.NONE);
  }

  private String list(Locale locale, Model model, PublicationRequest request,
      FormProblems errors) {
    model.addAttribute("publications", publications.all(locale));
    model.addAttribute("kinds", publications.kindNames(locale));
    model.addAttribute("territories", publications.territories());
    model.addAttribute("request", request);
    model.addAttribute("errors", errors);
    model.addAttribute("minimumCell", publications.minimumCell());
    return "publication/admin-list";
  }

  @GetMapping("/admin/publications/preview")
  ModelAndView preview(@RequestParam(required = false) String kind,
      @RequestParam(required = false) String territory,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      Locale locale, Model model) {
    var request = new PublicationRequest(kind, territory, from, to);
    try {
      var preview = publications.preview(request, locale);
      return previewPage(model, request, preview, null, FormProblems.NONE, HttpStatus.OK);
    } catch (InvalidInputException e) {
      String view = list(locale, model, request, texts.errors(e, REQUEST_FIELDS));
      return new ModelAndView(view, model.asMap(), HttpStatus.BAD_REQUEST);
    }
  }

  @PostMapping("/admin/publications")
  ModelAndView publish(@RequestParam(required = false) String kind,
      @RequestParam(required = false) String territory,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String titleKk,
      @RequestParam(required = false) String titleRu,
      @RequestParam(required = false) String titleEn,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String fingerprint, Locale locale, Model model) {
    var request = new PublicationRequest(kind, territory, from, to);
    var words = new PublicationTexts(titleKk, titleRu, titleEn, note);
    try {
      UUID id = publications.publish(request, words, fingerprint);
      return new ModelAndView("redirect:/admin/publications/" + id + "?published");
    } catch (InvalidInputException | ConflictException e) {
      FormProblems errors = texts.errors(e, TEXT_FIELDS);
      try {
        var preview = publications.preview(request, locale);
        return previewPage(model, request, preview, words, errors,
            e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
      } catch (InvalidInputException wrongTable) {
        String view = list(locale, model, request, texts.errors(wrongTable, REQUEST_FIELDS));
        return new ModelAndView(view, model.asMap(), HttpStatus.BAD_REQUEST);
      }
    }
  }

  private ModelAndView previewPage(Model model, PublicationRequest request,
      PublicationService.Preview preview, PublicationTexts words, FormProblems errors,
      HttpStatus status) {
    model.addAttribute("request", request);
    model.addAttribute("preview", preview.table());
    model.addAttribute("fingerprint", preview.fingerprint());
    model.addAttribute("words", words == null ? new PublicationTexts("", "", "", "") : words);
    model.addAttribute("errors", errors);
    model.addAttribute("correcting", null);
    return new ModelAndView("publication/admin-preview", model.asMap(), status);
  }

  @GetMapping("/admin/publications/{id}")
  String detail(@PathVariable UUID id, Locale locale, Model model) {
    model.addAttribute("detail", publications.detail(id, locale));
    return "publication/admin-detail";
  }

  @GetMapping("/admin/publications/{id}/correction")
  ModelAndView correction(@PathVariable UUID id, Locale locale, Model model) {
    var detail = publications.detail(id, locale);
    var preview = publications.previewCorrection(id, locale);
    return correctionPage(model, detail, preview, new PublicationTexts(detail.titleKk(),
        detail.titleRu(), detail.titleEn(), detail.note()), FormProblems.NONE, HttpStatus.OK);
  }

  @PostMapping("/admin/publications/{id}/versions")
  ModelAndView correct(@PathVariable UUID id, @RequestParam(required = false) String titleKk,
      @RequestParam(required = false) String titleRu,
      @RequestParam(required = false) String titleEn,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String fingerprint, Locale locale, Model model) {
    var words = new PublicationTexts(titleKk, titleRu, titleEn, note);
    try {
      publications.correct(id, words, fingerprint);
      return new ModelAndView("redirect:/admin/publications/" + id + "?corrected");
    } catch (InvalidInputException e) {
      return correctionPage(model, publications.detail(id, locale),
          publications.previewCorrection(id, locale), words, texts.errors(e, TEXT_FIELDS),
          HttpStatus.BAD_REQUEST);
    } catch (ConflictException e) {
      if (!"publication.changed".equals(e.code())) {
        throw e;
      }
      return correctionPage(model, publications.detail(id, locale),
          publications.previewCorrection(id, locale), words, texts.errors(e, TEXT_FIELDS),
          HttpStatus.CONFLICT);
    }
  }

  private ModelAndView correctionPage(Model model, PublicationService.Detail detail,
      PublicationService.Preview preview, PublicationTexts words, FormProblems errors,
      HttpStatus status) {
    model.addAttribute("request", null);
    model.addAttribute("preview", preview.table());
    model.addAttribute("fingerprint", preview.fingerprint());
    model.addAttribute("words", words);
    model.addAttribute("errors", errors);
    model.addAttribute("correcting", detail.summary());
    return new ModelAndView("publication/admin-preview", model.asMap(), status);
  }

  @PostMapping("/admin/publications/{id}/withdraw")
  String withdraw(@PathVariable UUID id) {
    publications.withdraw(id);
    return "redirect:/admin/publications/" + id + "?withdrawn";
  }
}
