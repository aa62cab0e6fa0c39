package kz.jol.interaction.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.access.Role;
import kz.jol.interaction.application.Partners;
import kz.jol.interaction.application.Partners.ContactForm;
import kz.jol.interaction.application.Partners.Partner;
import kz.jol.interaction.application.Partners.PartnerForm;
import kz.jol.interaction.domain.PartnerDomain;
import kz.jol.interaction.domain.PartnerKind;
import kz.jol.organisation.OrganisationFilter;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
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

/**
 * The pages of the register of partners: the list, the form, a partner with its contacts, and
 * the list of contacts with partners.
 */
@Controller
class PartnerPages {

  private final Partners partners;
  private final Organisations organisations;
  private final RegistryPageTexts texts;
  private final CurrentActor currentActor;

  PartnerPages(Partners partners, Organisations organisations, RegistryPageTexts texts,
      CurrentActor currentActor) {
    this.partners = partners;
    this.organisations = organisations;
    this.texts = texts;
    this.currentActor = currentActor;
  }

  record Filter(String territory, String kind, String domain, String active) {}

  record ContactFilter(String territory, String from, String to) {}

  record Typed(String kind, String name, String organisationId, String territoryCode,
      List<String> servedCodes, List<String> domains, String offer, String phone, String email,
      String address) {}

  record TypedContact(String contactedOn, String purpose, String outcome) {}

  record TypedActivity(String active, String on, String version) {}

  @GetMapping("/interaction/partners")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  String list(@ModelAttribute("filter") Filter filter, Model model) {
    FormFields values = new FormFields("registry");
    Boolean active = FormFields.blank(filter.active()) ? null
        : Boolean.valueOf("true".equals(filter.active()));
    var parsed = new Partners.Filter(filter.territory(),
        values.choice("kind", PartnerKind.class, filter.kind()),
        values.choice("domain", PartnerDomain.class, filter.domain()), active);
    values.throwIfAny();
    model.addAttribute("partners", partners.list(parsed));
    model.addAttribute("kinds", PartnerKind.values());
    model.addAttribute("domains", PartnerDomain.values());
    model.addAttribute("mayRecord", mayRecord());
    return "interaction/partners";
  }

  @GetMapping("/interaction/partners/contacts")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  String contacts(@ModelAttribute("filter") ContactFilter filter, Model model) {
    FormFields values = new FormFields("registry");
    var parsed = new Partners.ContactFilter(filter.territory(),
        values.date("from", filter.from()), values.date("to", filter.to()));
    values.throwIfAny();
    model.addAttribute("contacts", partners.contacts(parsed, null));
    return "interaction/contacts";
  }

  @GetMapping("/interaction/partners/new")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.PROBATION_OFFICER,
      Role.ADMIN})
  String form(Model model) {
    return formPage(model, FormProblems.NONE, null);
  }

  @PostMapping("/interaction/partners")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.PROBATION_OFFICER,
      Role.ADMIN})
  String record(@ModelAttribute("typed") Typed typed, Model model,
      HttpServletResponse response) {
    try {
      FormFields values = new FormFields("registry");
      Set<PartnerDomain> domains = EnumSet.noneOf(PartnerDomain.class);
      if (typed.domains() != null) {
        for (String d : typed.domains()) {
          PartnerDomain domain = values.choice("domains", PartnerDomain.class, d);
          if (domain != null) {
            domains.add(domain);
          }
        }
      }
      PartnerForm form = new PartnerForm(values.choice("kind", PartnerKind.class, typed.kind()),
          typed.name(), values.id("organisationId", typed.organisationId()),
          typed.territoryCode(), typed.servedCodes(), domains, typed.offer(), typed.phone(),
          typed.email(), typed.address(), null);
      values.throwIfAny();
      Partner created = partners.record(form);
      return "redirect:/interaction/partners/" + created.id();
    } catch (InvalidInputException refused) {
      response.setStatus(400);
      return formPage(model, texts.errors(refused, "partner"), typed);
    }
  }

  @GetMapping("/interaction/partners/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  String show(@PathVariable UUID id, Model model) {
    return detail(id, model, FormProblems.NONE, null, null);
  }

  @PostMapping("/interaction/partners/{id}/contacts")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.PROBATION_OFFICER,
      Role.ADMIN})
  String contact(@PathVariable UUID id, @ModelAttribute("typed") TypedContact typed,
      Model model, HttpServletResponse response) {
    try {
      FormFields values = new FormFields("registry");
      ContactForm form = new ContactForm(values.date("contactedOn", typed.contactedOn()),
          typed.purpose(), typed.outcome());
      values.throwIfAny();
      partners.contact(id, form);
      return "redirect:/interaction/partners/" + id + "#contacts";
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(refused instanceof InvalidInputException ? 400 : 409);
      return detail(id, model, texts.errors(refused, "contact"), "contact", typed);
    }
  }

  @PostMapping("/interaction/partners/{id}/activity")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.PROBATION_OFFICER,
      Role.ADMIN})
  String activity(@PathVariable UUID id, @ModelAttribute("activity") TypedActivity typed,
      Model model, HttpServletResponse response) {
    try {
      FormFields values = new FormFields("registry");
      var on = values.date("on", typed.on());
      Integer version = values.number("version", typed.version());
      values.throwIfAny();
      partners.activity(id, "true".equals(typed.active()), on, version);
      return "redirect:/interaction/partners/" + id;
    } catch (InvalidInputException | ConflictException refused) {
      response.setStatus(refused instanceof InvalidInputException ? 400 : 409);
      return detail(id, model, texts.errors(refused, "activity"), "activity", null);
    }
  }

  private String detail(UUID id, Model model, FormProblems errors, String open,
      TypedContact typed) {
    Partner partner = partners.get(id);
    model.addAttribute("partner", partner);
    model.addAttribute("contacts", partners.contacts(
        new Partners.ContactFilter(null, null, null), id));
    model.addAttribute("mayRecord", mayRecord());
    model.addAttribute("errors", errors);
    model.addAttribute("open", open);
    model.addAttribute("typed", typed);
    return "interaction/partner";
  }

  private String formPage(Model model, FormProblems errors, Typed typed) {
    var actor = currentActor.require();
    model.addAttribute("kinds", PartnerKind.values());
    model.addAttribute("domains", PartnerDomain.values());
    model.addAttribute("ngos", organisations.list(new OrganisationFilter(OrganisationType.NGO,
        actor.territoryCode(), null, true), 0, Organisations.MAX_PAGE_SIZE,
        org.springframework.context.i18n.LocaleContextHolder.getLocale()).items());
    model.addAttribute("errors", errors);
    model.addAttribute("typed", typed);
    model.addAttribute("open", "partner");
    return "interaction/partner-form";
  }

  private boolean mayRecord() {
    return currentActor.require().is(Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD,
        Role.PROBATION_OFFICER, Role.ADMIN);
  }
}
