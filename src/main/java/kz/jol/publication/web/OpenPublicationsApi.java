package kz.jol.publication.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.PublicEndpoint;
import kz.jol.publication.PublishedTable;
import kz.jol.publication.application.PublicationService;
import kz.jol.publication.application.PublicationSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The published figures for machines, open to anyone: what the portal shows, as JSON. */
@RestController
@PublicEndpoint
@SecurityRequirements
@Tag(name = "Open data", description = "Published figures; no sign-in; small cells hidden")
class OpenPublicationsApi {

  private final PublicationService publications;

  OpenPublicationsApi(PublicationService publications) {
    this.publications = publications;
  }

  @GetMapping("/api/v1/open/publications")
  @Operation(summary = "Every published table (not withdrawn), the latest period first",
      description = "Titles and names in the language of Accept-Language (kk, ru, en).")
  List<PublicationSummary> list(Locale locale) {
    return publications.published(locale);
  }

  @GetMapping("/api/v1/open/publications/{id}")
  @Operation(summary = "A published table, its latest version",
      description = "Every value below the minimum cell, and every value that the totals "
          + "would give back, is null. A withdrawn or unknown publication is 404. Names, "
          + "`definition` and `formulaText` (the formula in words) follow Accept-Language (kk, "
          + "ru, en); `formula` is the technical notation for machines, the same in every "
          + "language (null for a kind without a formula).")
  PublishedTable table(@PathVariable UUID id, Locale locale) {
    return publications.published(id, locale);
  }
}
