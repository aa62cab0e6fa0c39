package kz.jol.register.web;

import static kz.jol.access.Role.POLICE_INSPECTOR;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;
import static kz.jol.access.Role.PROSECUTOR;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseService.CaseFilter;
import kz.jol.register.application.CaseSummary;
import kz.jol.register.application.Paging;
import kz.jol.register.application.PersonService;
import kz.jol.register.application.PersonSummary;
import kz.jol.register.application.PersonView;
import kz.jol.register.application.ResultPage;
import kz.jol.register.domain.Education;
import kz.jol.register.domain.Employment;
import kz.jol.register.domain.MaritalStatus;
import kz.jol.shared.ConflictException;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Persons on the register: finding one, the person's card with their cases, registering and
 * changing a person. {@link PersonService} decides the view (a police inspector sees no family,
 * education or employment) and the reach, and writes the audit trail.
 */
@Controller
class PersonPages {

  /** A person's cases on the card; nobody has more than a handful. */
  private static final int CASES_ON_CARD = Paging.MAX_SIZE;

  private final PersonService persons;
  private final CaseService cases;
  private final CurrentActor currentActor;
  private final RegisterPageTexts texts;
  private final Clock clock;

  PersonPages(PersonService persons, CaseService cases, CurrentActor currentActor,
      RegisterPageTexts texts, Clock clock) {
    this.persons = persons;
    this.cases = cases;
    this.currentActor = currentActor;
    this.texts = texts;
    this.clock = clock;
  }

  /** Finds persons within reach by name or IIN, to open a card or register a case. */
  @GetMapping("/persons")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, POLICE_INSPECTOR, PROSECUTOR})
  String list(@RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
      Model model, HttpServletResponse response) {
    Actor actor = currentActor.require();
    String query = FormInput.text(q);
    model.addAttribute("q", query);
    model.addAttribute("mayRegister", actor.is(PROBATION_OFFICER, PROBATION_HEAD));
    try {
      ResultPage<PersonSummary> result = persons.search(query, null, Paging.of(page, size));
      UriComponentsBuilder link = UriComponentsBuilder.fromPath("/persons")
          .queryParamIfPresent("q", Optional.ofNullable(query));
      if (size != Paging.DEFAULT_SIZE) {
        link.queryParam("size", size);
      }
      model.addAttribute("result", result);
      model.addAttribute("pager", Pager.of(result, link));
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("filterErrors", texts.lines(e));
    }
    return "register/persons";
  }

  /** The person in the reader's view and the person's cases within the reader's reach. */
  @GetMapping("/persons/{id}")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, POLICE_INSPECTOR, PROSECUTOR})
  String card(@PathVariable UUID id, Model model) {
    Actor actor = currentActor.require();
    PersonView person = persons.get(id);
    ResultPage<CaseSummary> personCases = cases.search(
        new CaseFilter(null, null, false, null, null, id), Paging.of(0, CASES_ON_CARD));
    model.addAttribute("person", person);
    model.addAttribute("personFull", person instanceof PersonView.Full);
    model.addAttribute("cases", personCases.items());
    model.addAttribute("mayChange", actor.is(PROBATION_OFFICER, PROBATION_HEAD)
        && person instanceof PersonView.Full);
    model.addAttribute("mayAudit", actor.is(PROSECUTOR, PROBATION_HEAD));
    return "register/person";
  }

  @GetMapping("/persons/{id}/audit")
  @Allowed({PROSECUTOR, PROBATION_HEAD})
  String audit(@PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, Model model) {
    return AuditTrailPage.show(model, "person", "/persons/" + id,
        persons.audit(id, Paging.of(page, size)), clock.getZone());
  }

  /** An empty person form; the district defaults to the user's own. */
  @GetMapping("/persons/new")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String newPerson(Model model) {
    return form(model, PersonForm.blank(currentActor.require().territoryCode()), FormProblems.NONE,
        null);
  }

  @PostMapping("/persons")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String create(PersonForm form, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      FormInput in = new FormInput();
      PersonService.PersonInput input = form.toInput(in);
      in.throwIfAny();
      PersonView created = persons.create(input);
      redirect.addFlashAttribute("saved", true);
      return "redirect:/persons/" + created.id();
    } catch (InvalidInputException | ConflictException | ForbiddenException refused) {
      response.setStatus(CasePages.status(refused));
      return form(model, form, texts.errors(refused, PersonForm.FIELDS), null);
    }
  }

  @GetMapping("/persons/{id}/edit")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String edit(@PathVariable UUID id, Model model) {
    PersonView.Full existing = full(persons.get(id), id);
    return form(model, PersonForm.of(existing), FormProblems.NONE, existing);
  }

  @PostMapping("/persons/{id}")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String update(@PathVariable UUID id, PersonForm form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      FormInput in = new FormInput();
      PersonService.PersonInput input = form.toInput(in);
      Long version = in.version(form.version());
      in.throwIfAny();
      persons.update(id, input, version);
      redirect.addFlashAttribute("saved", true);
      return "redirect:/persons/" + id;
    } catch (InvalidInputException | ConflictException | ForbiddenException refused) {
      response.setStatus(CasePages.status(refused));
      return form(model, form, texts.errors(refused, PersonForm.FIELDS),
          full(persons.get(id), id));
    }
  }

  private String form(Model model, PersonForm form, FormProblems errors,
      PersonView.Full existing) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("existing", existing);
    model.addAttribute("maritalStatuses", MaritalStatus.values());
    model.addAttribute("educations", Education.values());
    model.addAttribute("employments", Employment.values());
    return "register/person-form";
  }

  /** The district that looks after the person, whichever view the reader has. */
  static String homeTerritory(PersonView person) {
    return switch (person) {
      case PersonView.Full full -> full.homeTerritoryCode();
      case PersonView.Reduced reduced -> reduced.homeTerritoryCode();
    };
  }

  /** Only the roles that write get the full view, so this holds for every writer. */
  private static PersonView.Full full(PersonView view, UUID id) {
    if (view instanceof PersonView.Full full) {
      return full;
    }
    throw new NotFoundException("person", id);
  }
}
