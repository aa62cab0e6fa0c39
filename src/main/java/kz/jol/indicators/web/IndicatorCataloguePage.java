package kz.jol.indicators.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.indicators.IndicatorCatalogue;
import kz.jol.indicators.IndicatorCatalogue.CatalogueEntry;
import kz.jol.indicators.domain.Block;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The indicator catalogue as a page, block by block, in the reader's language. */
@Controller
class IndicatorCataloguePage {

  private final IndicatorCatalogue catalogue;

  IndicatorCataloguePage(IndicatorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/indicators/catalogue")
  @Allowed({Role.ANALYST, Role.PROBATION_HEAD, Role.PROSECUTOR, Role.AGENCY_HEAD})
  String catalogue(Locale locale, Model model) {
    Map<Block, List<CatalogueEntry>> blocks = new LinkedHashMap<>();
    for (Block b : Block.values()) {
      blocks.put(b, catalogue.entries(locale).stream().filter(e -> e.block() == b).toList());
    }
    model.addAttribute("blocks", blocks);
    return "indicators/catalogue";
  }
}
