package kz.jol.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A headless Debian Chromium driven by Playwright, for the few end-to-end tests. Playwright never
 * downloads a browser of its own here; each browser gets a fresh profile under java.io.tmpdir.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private final Playwright playwright;
  private final BrowserContext context;

  private Browser(Playwright playwright, BrowserContext context) {
    this.playwright = playwright;
    this.context = context;
  }

  public static Browser start() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium at " + CHROMIUM + ": apt-get install chromium");
    }
    Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      Path profile = Files.createTempDirectory("jol-chromium-");
      BrowserContext context = playwright.chromium().launchPersistentContext(profile,
          new BrowserType.LaunchPersistentContextOptions()
              .setExecutablePath(CHROMIUM)
              .setHeadless(true)
              .setLocale("kk-KZ")
              .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run")));
      return new Browser(playwright, context);
    } catch (IOException e) {
      playwright.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  public BrowserContext context() {
    return context;
  }

  @Override
  public void close() {
    context.close();
    playwright.close();
  }
}
