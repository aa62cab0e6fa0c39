package kz.jol.reintegration.web;

import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.register.card.CardSaved;
import kz.jol.register.card.CaseCardPage;
import kz.jol.reintegration.application.AssessmentInput;
import kz.jol.reintegration.application.ReintegrationService;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assessment form of the case card. With htmx the form swaps itself: a preview or a
 * refusal comes back in place, a saved assessment reloads the card. Without it the same
 * addresses answer with a page that holds the form alone, and a save returns to the card.
 */
@Controller
@CaseCardPage
class AssessmentPages {

  private final ReintegrationService reintegration;
  private final ReintegrationPageTexts texts;

  AssessmentPages(ReintegrationService reintegration, ReintegrationPageTexts texts) {
    this.reintegration = reintegration;
    this.texts = texts;
  }

  /**
   * The draft's effect on the index and the risks as of today, next to the current values.
   * Nothing is stored.
   */
  @PostMapping("/cases/{id}/assessments/preview")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String preview(@PathVariable UUID id, @RequestParam Map<String, String> params,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      HttpServletResponse response) {
    AssessmentForm form = AssessmentForm.posted(params);
    ReintegrationCard.Assess shown;
    try {
      AssessmentInput input = form.toInput();
      shown = new ReintegrationCard.Assess(id, form, FormProblems.NONE,
          ReintegrationCard.Preview.of(reintegration.preview(id, input)));
    } catch (InvalidInputException refused) {
      shown = refused(id, form, refused, htmx, response);
    }
    return answer(shown, htmx, model);
  }

  /** Records the assessment; a refusal comes back beside the fields. */
  @PostMapping("/cases/{id}/assessments")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String save(@PathVariable UUID id, @RequestParam Map<String, String> params,
      @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    AssessmentForm form = AssessmentForm.posted(params);
    try {
      reintegration.assess(id, form.toInput());
    } catch (InvalidInputException refused) {
      return answer(refused(id, form, refused, htmx, response), htmx, model);
    }
    // The whole card again: the index, the risks, new referrals and the timeline changed too.
    return CardSaved.answer(id, "assess-" + form.domainOrNull(), "reintegration", htmx,
        request, response);
  }

  private ReintegrationCard.Assess refused(UUID id, AssessmentForm form,
      InvalidInputException refused, String htmx, HttpServletResponse response) {
    // htmx swaps only successful answers; a plain request learns that the form was refused.
    if (htmx == null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    return new ReintegrationCard.Assess(id, form,
        texts.errors(refused, AssessmentForm.FIELDS), null);
  }

  private static String answer(ReintegrationCard.Assess shown, String htmx, Model model) {
    model.addAttribute("a", shown);
    return htmx == null ? "reintegration/assess" : "reintegration/card :: assess-form";
  }
}
