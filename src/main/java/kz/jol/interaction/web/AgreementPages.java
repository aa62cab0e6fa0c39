package kz.jol.interaction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.interaction.application.Agreements;
import kz.jol.interaction.application.Agreements.Agreement;
import kz.jol.interaction.application.Agreements.AgreementForm;
import kz.jol.interaction.application.Agreements.ExternalParty;
import kz.jol.interaction.application.Agreements.StatusChange;
import kz.jol.interaction.domain.AgreementKind;
import kz.jol.interaction.domain.AgreementStatus;
import kz.jol.interaction.domain.ExternalPartyType;
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

/** The pages of agreements: the list (with those expiring soon), the form, an agreement. */
@Controller
class AgreementPages {

  /** How many rows of other parties the form offers. */
  static final int EXTERNAL_ROWS = 3;

  private final Agreements agreements;
  private final RegistryChoices choices;
  private final RegistryPageTexts texts;
  private final CurrentActor currentActor;

  AgreementPages(Agreements agreements, RegistryChoices choices, RegistryPageTexts texts,
      CurrentActor currentActor) {
    this.agreements = agreements;
    this.choices = choices;
    this.texts = texts;
    this.currentActor = currentActor;
  }

  record Filter(String territory, String from, String to, String kind, String status) {}

  record Typed(String kind, String subject, String number, String signedOn, String expiresOn,
      String status, String territoryCode, List<String> partyIds, List<String> externalName,
      List<String> externalType) {}

  record TypedStatus(String status, String on, String version) {}

  @GetMapping("/interaction/agreements")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  String list(@ModelAttribute("filter") Filter filter, Model model) {
    FormFields values = new FormFields("registry");
    var parsed = new Agreements.Filter(filter.territory(), values.date("from", filter.from()),
        values.date("to", filter.to()),
        values.choice("kind", AgreementKind.class, filter.kind()),
        values.choice("status", AgreementStatus.class, filter.status()));
    values.throwIfAny();
    model.addAttribute("agreements", agreements.list(parsed));
    model.addAttribute("expiring", agreements.expiringSoon(filter.territory()));
    model.addAttribute("kinds", AgreementKind.values());
    model.addAttribute("statuses", AgreementStatus.values());
    model.addAttribute("mayRecord", currentActor.require().is(Role.AGENCY_HEAD,
        Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN));
    return "interaction/agreements";
  }

  @GetMapping("/interaction/agreements/new")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN})
  String form(Model model, Locale locale) {
    return formPage(model, locale, FormProblems.NONE, null);
  }

  @PostMapping("/interaction/agreements")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN})
  String record(@ModelAttribute("typed") Typed typed, Model model, Locale locale,
      HttpServletResponse response) {
    try {
      FormFields values = new FormFields("registry");
      List<ExternalParty> external = new ArrayList<>();
      List<String> names = typed.externalName() == null ? List.of() : typed.externalName();
      List<String> types = typed.externalType() == null ? List.of() : typed.externalType();
      for (int i = 0; i < Math.max(names.size(), types.size()); i++) {
        String name = i < names.size() ? names.get(i) : null;
        String type = i < types.size() ? types.get(i) : null;
        external.add(new ExternalParty(name,
            values.choice("externalParties", ExternalPartyType.class, type)));
      }
      AgreementForm form = new AgreementForm(
          values.choice("kind", AgreementKind.class, typed.kind()), typed.subject(),
          typed.number(), values.date("signedOn", typed.signedOn()),
          values.date("expiresOn", typed.expiresOn()),
          values.choice("status", AgreementStatus.class, typed.status()),
          typed.territoryCode(), values.ids("partyIds", typed.partyIds()), external);
      values.throwIfAny();
      Agreement created = agreements.record(form);
      return "redirect:/interaction/agreements/" + created.id();
    } catch (InvalidInputException refused) {
      response.setStatus(400);
      return formPage(model, locale, texts.errors(refused, "agreement"), typed);
    }
  }

  @GetMapping("/interaction/agreements/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  String show(@PathVariable UUID id, Model model) {
    return detail(id, model, FormProblems.NONE);
  }

  @PostMapping("/interaction/agreements/{id}/status")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN})
  String changeStatus(@PathVariable UUID id, @ModelAttribute("typedStatus") TypedStatus typed,
      Model model, HttpServletResponse response) {
    try {
      FormFields values = new FormFields("registry");
      StatusChange change = new StatusChange(
          values.choice("status", AgreementStatus.class, typed.status()),
          values.date("on", typed.on()));
      Integer version = values.number("version", typed.version());
      values.throwIfAny();
      agreements.change(id, change, version);
      return "redirect:/interaction/agreements/" + id;
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(refused instanceof InvalidInputException ? 400 : 409);
      return detail(id, model, texts.errors(refused, "status"));
    }
  }

  private String detail(UUID id, Model model, FormProblems errors) {
    Agreement agreement = agreements.get(id);
    var actor = currentActor.require();
    model.addAttribute("agreement", agreement);
    model.addAttribute("mayChange", actor.is(Role.ADMIN)
        || actor.is(Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD)
        && agreement.parties().stream().anyMatch(p -> p.id().equals(actor.organisationId())));
    model.addAttribute("errors", errors);
    model.addAttribute("open", "status");
    return "interaction/agreement";
  }

  private String formPage(Model model, Locale locale, FormProblems errors, Typed typed) {
    model.addAttribute("kinds", AgreementKind.values());
    model.addAttribute("partyTypes", ExternalPartyType.values());
    model.addAttribute("rows", java.util.stream.IntStream.range(0, EXTERNAL_ROWS).boxed()
        .toList());
    model.addAttribute("organisations", choices.organisations(locale));
    model.addAttribute("own", currentActor.require().organisationId());
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("open", "agreement");
    return "interaction/agreement-form";
  }
}
