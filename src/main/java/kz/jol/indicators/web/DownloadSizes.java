package kz.jol.indicators.web;

/**
 * Rough sizes of the exported files, for the size hint beside the dashboard's download links.
 * A file is a fixed part (the workbook's parts, the PDF's embedded font subsets) and a part
 * per row; the constants were measured on Jol's own exports and are checked against the real
 * files by {@code IndicatorDownloadsTest} (the hint is right within a factor of two).
 */
final class DownloadSizes {

  private static final double XLSX_BASE = 3_800;
  private static final double XLSX_PER_ROW = 45;
  private static final double PDF_BASE = 20_000;
  private static final double PDF_PER_ROW = 300;
  private static final double CSV_PER_ROW = 115;

  private DownloadSizes() {}

  static long xlsx(int rows) {
    return kilobytes(XLSX_BASE + XLSX_PER_ROW * rows);
  }

  static long pdf(int rows) {
    return kilobytes(PDF_BASE + PDF_PER_ROW * rows);
  }

  static long csv(int rows) {
    return kilobytes(CSV_PER_ROW * (rows + 1));
  }

  /** Whole kilobytes, at least 1: "about 0 KB" would read as an empty file. */
  private static long kilobytes(double bytes) {
    return Math.max(1, Math.round(bytes / 1024));
  }
}
