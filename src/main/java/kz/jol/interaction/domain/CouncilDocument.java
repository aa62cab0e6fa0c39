package kz.jol.interaction.domain;

import java.util.Locale;

/**
 * The files a meeting's minutes or a decision's evidence may be: PDF or DOCX, recognised by their
 * first bytes as well as their name, so that a renamed picture or a macro-laden .doc is refused
 * whatever content type the browser claimed.
 */
public final class CouncilDocument {

  public static final String PDF = "application/pdf";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** The largest file kept: 4 MiB, below the server's 5 MB upload limit so we can say why. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  private CouncilDocument() {}

  /** The content type of the file, or null when it is neither a PDF nor a DOCX. */
  public static String contentType(String fileName, byte[] bytes) {
    if (fileName == null || bytes == null || bytes.length < 5) {
      return null;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf") && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D'
        && bytes[3] == 'F' && bytes[4] == '-') {
      return PDF;
    }
    // A DOCX is a ZIP archive: "PK\3\4".
    if (name.endsWith(".docx") && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3
        && bytes[3] == 4) {
      return DOCX;
    }
    return null;
  }

  /** The file name without any folder a browser sent along, at most 255 characters. */
  public static String baseName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String base = fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).strip();
    return base.length() > 255 ? base.substring(base.length() - 255) : base;
  }
}
