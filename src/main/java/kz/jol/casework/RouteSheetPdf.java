package kz.jol.casework;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a route sheet: the Thymeleaf template {@code casework/route-sheet} rendered to XHTML,
 * laid out on A4 by openhtmltopdf. The fonts travel with Jol (DejaVu Sans, which has every
 * Kazakh letter): a server's system fonts may lack ә ғ қ ң ө ұ ү һ і, and a missing glyph
 * would print as a box on the paper the person takes home.
 */
@Component
public class RouteSheetPdf {

  static final String FONT_FAMILY = "DejaVu Sans";

  private final ITemplateEngine templates;
  private final byte[] regular;
  private final byte[] bold;

  RouteSheetPdf(ITemplateEngine templates) {
    this.templates = templates;
    this.regular = font("fonts/DejaVuSans.ttf");
    this.bold = font("fonts/DejaVuSans-Bold.ttf");
  }

  /** The sheet as a PDF document, titled and tagged with its language. */
  public byte[] print(RouteSheet.Content sheet) {
    String xhtml = xhtml(sheet);
    var out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      // The catalog's language lets screen readers and text extraction read Kazakh as Kazakh.
      document.getDocumentCatalog().setLanguage(sheet.language().toLanguageTag());
      var builder = new PdfRendererBuilder()
          .usePDDocument(document)
          .useFastMode()
          .withProducer("Jol")
          .withHtmlContent(xhtml, null)
          .useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL,
              true)
          .useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL,
              true)
          .toStream(out);
      // No network, no file system: the template names no external resource.
      builder.useExternalResourceAccessControl((uri, type) -> false,
          com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority
              .RUN_BEFORE_RESOLVING_URI);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("the route sheet could not be printed", e);
    }
    return out.toByteArray();
  }

  /** The sheet as the XHTML the PDF is laid out from. */
  String xhtml(RouteSheet.Content sheet) {
    var context = new Context(sheet.language(), Map.of(
        "sheet", sheet,
        "dates", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(sheet.language())));
    return templates.process("casework/route-sheet", context);
  }

  private static byte[] font(String path) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("the font " + path + " is missing from the build", e);
    }
  }
}
