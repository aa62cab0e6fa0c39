package kz.jol.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.publication.PublishedTable;
import kz.jol.publication.application.PublicationRequest;
import kz.jol.publication.application.PublicationService;
import kz.jol.publication.application.PublicationSummary;
import kz.jol.publication.application.PublicationTexts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Publishing for the administrator over the API: what the publication pages do. */
@RestController
@Allowed(Role.ADMIN)
@Tag(name = "Publication", description = "Publish, correct and withdraw tables of the portal")
class PublicationApi {

  private final PublicationService publications;

  PublicationApi(PublicationService publications) {
    this.publications = publications;
  }

  /**
   * A table to publish and its words.
   *
   * @param kind CASES_BY_KIND, CASES_BY_STATE, SUPERVISION_EVENTS or REFERRAL_OUTCOMES
   * @param territory the republic (000000000, the default) or a region
   * @param from the first day, ISO
   * @param to the last day, ISO, included, not after today
   * @param titleKk title in Kazakh (publishing only)
   * @param titleRu title in Russian (publishing only)
   * @param titleEn title in English (publishing only)
   * @param note a note for the reader, optional
   * @param fingerprint the preview's fingerprint, optional: with it, a table whose counts
   *     changed since the preview is not published (409 publication.changed)
   */
  record PublishBody(String kind, String territory, String from, String to, String titleKk,
      String titleRu, String titleEn, String note, String fingerprint) {

    PublicationRequest request() {
      return new PublicationRequest(kind, territory, from, to);
    }

    PublicationTexts texts() {
      return new PublicationTexts(titleKk, titleRu, titleEn, note);
    }
  }

  /**
   * The words of a correction.
   *
   * @param titleKk title in Kazakh
   * @param titleRu title in Russian
   * @param titleEn title in English
   * @param note what was corrected, optional
   * @param fingerprint the correction preview's fingerprint, optional
   */
  record CorrectionBody(String titleKk, String titleRu, String titleEn, String note,
      String fingerprint) {}

  @GetMapping("/api/v1/publications")
  @Operation(summary = "Every publication, withdrawn ones too, newest first")
  List<PublicationSummary> all(Locale locale) {
    return publications.all(locale);
  }

  @PostMapping("/api/v1/publications/preview")
  @Operation(summary = "What the public would see if the table were published now",
      description = "Hidden values are null; the fingerprint identifies these counts.")
  PublicationService.Preview preview(@RequestBody PublishBody body, Locale locale) {
    return publications.preview(body.request(), locale);
  }

  @PostMapping("/api/v1/publications")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Publish a table as computed now; answers it as the public sees it")
  PublishedTable publish(@RequestBody PublishBody body, Locale locale) {
    UUID id = publications.publish(body.request(), body.texts(), body.fingerprint());
    return publications.published(id, locale);
  }

  @PostMapping("/api/v1/publications/{id}/versions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Publish a corrected version: the same table computed again now",
      description = "409 publication.withdrawn when it was withdrawn.")
  PublishedTable correct(@PathVariable UUID id, @RequestBody CorrectionBody body,
      Locale locale) {
    publications.correct(id, new PublicationTexts(body.titleKk(), body.titleRu(),
        body.titleEn(), body.note()), body.fingerprint());
    return publications.published(id, locale);
  }

  @PostMapping("/api/v1/publications/{id}/withdraw")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Withdraw: the portal, the CSV and the open API answer 404 from now on")
  void withdraw(@PathVariable UUID id) {
    publications.withdraw(id);
  }
}
