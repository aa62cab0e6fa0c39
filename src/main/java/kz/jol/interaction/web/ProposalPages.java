package kz.jol.interaction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.interaction.application.Proposals;
import kz.jol.interaction.application.Proposals.Answer;
import kz.jol.interaction.application.Proposals.Proposal;
import kz.jol.interaction.application.Proposals.ProposalForm;
import kz.jol.interaction.domain.ProposalFate;
import kz.jol.shared.ConflictException;
import kz.jol.shared.FormFields;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The pages of proposals: the list, the form, a proposal and its answer. */
@Controller
class ProposalPages {

  private final Proposals proposals;
  private final RegistryChoices choices;
  private final RegistryPageTexts texts;
  private final CurrentActor currentActor;

  ProposalPages(Proposals proposals, RegistryChoices choices, RegistryPageTexts texts,
      CurrentActor currentActor) {
    this.proposals = proposals;
    this.choices = choices;
    this.texts = texts;
    this.currentActor = currentActor;
  }

  record Filter(String territory, String from, String to, String fate) {}

  record Typed(String authorId, String addressee, String subject, String text, String sentOn) {}

  record TypedAnswer(String fate, String answeredOn, String answer, String version) {}

  @GetMapping("/interaction/proposals")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  String list(@ModelAttribute("filter") Filter filter, Model model) {
    FormFields values = new FormFields("registry");
    var parsed = new Proposals.Filter(filter.territory(), values.date("from", filter.from()),
        values.date("to", filter.to()), values.choice("fate", ProposalFate.class,
            filter.fate()));
    values.throwIfAny();
    model.addAttribute("proposals", proposals.list(parsed));
    model.addAttribute("fates", ProposalFate.values());
    model.addAttribute("mayRecord", currentActor.require().is(Role.AGENCY_HEAD,
        Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN));
    return "interaction/proposals";
  }

  @GetMapping("/interaction/proposals/new")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN})
  String form(Model model, Locale locale) {
    return formPage(model, locale, FormProblems.NONE, null);
  }

  @PostMapping("/interaction/proposals")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN})
  String record(@ModelAttribute("typed") Typed typed, Model model, Locale locale,
      HttpServletResponse response) {
    try {
      FormFields values = new FormFields("registry");
      ProposalForm form = new ProposalForm(values.id("authorId", typed.authorId()),
          typed.addressee(), typed.subject(), typed.text(),
          values.date("sentOn", typed.sentOn()));
      values.throwIfAny();
      Proposal created = proposals.record(form);
      return "redirect:/interaction/proposals/" + created.id();
    } catch (InvalidInputException refused) {
      response.setStatus(400);
      return formPage(model, locale, texts.errors(refused, "proposal"), typed);
    }
  }

  @GetMapping("/interaction/proposals/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  String show(@PathVariable UUID id, Model model) {
    return detail(id, model, FormProblems.NONE, null);
  }

  @PostMapping("/interaction/proposals/{id}/answer")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN})
  String answer(@PathVariable UUID id, @ModelAttribute("typed") TypedAnswer typed, Model model,
      HttpServletResponse response) {
    try {
      FormFields values = new FormFields("registry");
      Answer answer = new Answer(values.choice("fate", ProposalFate.class, typed.fate()),
          values.date("answeredOn", typed.answeredOn()), typed.answer());
      Integer version = values.number("version", typed.version());
      values.throwIfAny();
      proposals.answer(id, answer, version);
      return "redirect:/interaction/proposals/" + id;
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(refused instanceof InvalidInputException ? 400 : 409);
      return detail(id, model, texts.errors(refused, "answer"), typed);
    }
  }

  private String detail(UUID id, Model model, FormProblems errors, TypedAnswer typed) {
    Proposal proposal = proposals.get(id);
    var actor = currentActor.require();
    model.addAttribute("proposal", proposal);
    model.addAttribute("mayAnswer", !proposal.fate().answered() && (actor.is(Role.ADMIN)
        || actor.is(Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD)
        && proposal.author().id().equals(actor.organisationId())));
    model.addAttribute("fates", java.util.Arrays.stream(ProposalFate.values())
        .filter(ProposalFate::answered).toList());
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("open", "answer");
    return "interaction/proposal";
  }

  private String formPage(Model model, Locale locale, FormProblems errors, Typed typed) {
    var actor = currentActor.require();
    model.addAttribute("admin", actor.is(Role.ADMIN));
    model.addAttribute("organisations", choices.organisations(locale));
    model.addAttribute("own", actor.organisationId());
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("open", "proposal");
    return "interaction/proposal-form";
  }
}
