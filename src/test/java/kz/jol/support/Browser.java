package kz.jol.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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

  /** Where the browser tests leave their screenshots for review. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

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

  /**
   * Signs in through the form at {@code baseUrl} (in the language, when one is given) and waits
   * until sign-in has left the sign-in page: for the role's working page, or the page asked for
   * before. A refused password stays on the sign-in page, so this then times out.
   *
   * @return the path landed on
   */
  public static String signIn(Page page, String baseUrl, String username, String password,
      String language) {
    page.navigate(baseUrl + "/login" + (language == null ? "" : "?lang=" + language));
    page.fill("#username", username);
    page.fill("#password", password);
    page.click("button[type=submit]");
    page.waitForURL(url -> !path(url).equals("/login"));
    return path(page.url());
  }

  /** A full-page screenshot at {@code target/screenshots/<name>.png}; name may hold folders. */
  public static void screenshot(Page page, String name) {
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
        .setPath(SCREENSHOTS.resolve(name + ".png")));
  }

  private static String path(String url) {
    return URI.create(url).getPath();
  }

  @Override
  public void close() {
    context.close();
    playwright.close();
  }
}
