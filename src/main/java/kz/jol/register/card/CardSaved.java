package kz.jol.register.card;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * How a section's form answers a successful save: the card is shown again, fresh (a change in
 * one section shows in others, e.g. a new referral after an assessment), with a "Saved." notice
 * beside the form that was saved. The card's templates find the form by {@link #ATTRIBUTE}, a key
 * the section chooses (e.g. {@code assess-HOUSING}, {@code plan-add}).
 *
 * <p>With htmx the card's {@code <main>} is fetched and swapped in place rather than the page
 * reloaded: htmx then gives the focus back to the element of the same id (the button pressed),
 * so the keyboard user stays where they were and the notice, a {@code role="status"} region,
 * is announced. Without JavaScript it is a redirect to the card with the same notice.
 */
public final class CardSaved {

  /** The model attribute, a flash attribute, that names the form just saved. */
  public static final String ATTRIBUTE = "cardSaved";

  private CardSaved() {}

  /**
   * Answers the save of form {@code key} on the card of {@code caseId}.
   *
   * @param anchor the id of the section to scroll to without htmx, e.g. {@code plan}
   * @return the view for a plain request (a redirect), or null when htmx was answered
   */
  public static String answer(UUID caseId, String key, String anchor, String htmx,
      HttpServletRequest request, HttpServletResponse response) {
    String card = request.getContextPath() + "/cases/" + caseId;
    FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
    flash.put(ATTRIBUTE, key);
    if (htmx == null) {
      // RedirectView saves the flash map itself, aimed at the redirect's path.
      return "redirect:/cases/" + caseId + "#" + anchor;
    }
    flash.setTargetRequestPath(card);
    RequestContextUtils.saveOutputFlashMap(card, request, response);
    response.setHeader("HX-Location", "{\"path\":\"" + card + "\",\"target\":\"main\","
        + "\"select\":\"main\",\"swap\":\"outerHTML\"}");
    return null;
  }
}
