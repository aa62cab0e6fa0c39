package kz.jol.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Runs axe-core (4.10.3, vendored under src/test/resources/axe, MPL-2.0) in a page and answers
 * the WCAG 2.1 A/AA violations it finds: labels on inputs, headings, contrast, the page's
 * language and title, landmarks. A test asserts the list is empty.
 */
public final class Accessibility {

  private static final String AXE = load();

  private Accessibility() {}

  /** One rule broken, with the first offending elements. */
  public record Violation(String rule, String impact, String help, List<String> targets) {

    @Override
    public String toString() {
      return rule + " (" + impact + "): " + help + " " + targets;
    }
  }

  /**
   * Has every page the context opens from now on load axe-core by itself, before its own scripts,
   * so that a test checking many pages does not send the script to each one (half a megabyte).
   * axe only defines {@code window.axe}; it runs nothing until asked.
   */
  public static void preload(BrowserContext context) {
    context.addInitScript(AXE);
  }

  @SuppressWarnings("unchecked")
  public static List<Violation> violations(Page page) {
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe?.run === 'function'"))) {
      page.evaluate(AXE);
    }
    Object result = page.evaluate("""
        async () => {
          const r = await axe.run(document, {runOnly: {type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
          return r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,
              targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
        }""");
    return ((List<Map<String, Object>>) result).stream()
        .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"),
            (String) v.get("help"), (List<String>) v.get("targets")))
        .toList();
  }

  private static String load() {
    try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
