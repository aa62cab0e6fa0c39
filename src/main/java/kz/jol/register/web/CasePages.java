package kz.jol.register.web;

import static kz.jol.access.Role.POLICE_INSPECTOR;
import static kz.jol.access.Role.PROBATION_HEAD;
import static kz.jol.access.Role.PROBATION_OFFICER;
import static kz.jol.access.Role.PROSECUTOR;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.jol.access.Actor;
import kz.jol.access.Allowed;
import kz.jol.access.CurrentActor;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.ProbationKind;
import kz.jol.register.application.CaseCard;
import kz.jol.register.application.CaseService;
import kz.jol.register.application.CaseService.CaseFilter;
import kz.jol.register.application.CaseSummary;
import kz.jol.register.application.CaseView;
import kz.jol.register.application.Paging;
import kz.jol.register.application.PersonService;
import kz.jol.register.application.PersonView;
import kz.jol.register.application.ResultPage;
import kz.jol.register.card.CaseCardSection;
import kz.jol.register.domain.CaseTransitions;
import kz.jol.register.domain.LegalBasis;
import kz.jol.shared.ConflictException;
import kz.jol.shared.ForbiddenException;
import kz.jol.shared.FormProblems;
import kz.jol.shared.InvalidInputException;
import kz.jol.shared.JolException;
import kz.jol.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The caseload and the case card: what a probation officer, a head, a police inspector and a
 * prosecutor work with. Every read and write goes through {@link CaseService}, which decides
 * the role's view and territory and writes the audit trail; a case out of reach is a 404.
 */
@Controller
class CasePages {

  private final CaseService cases;
  private final PersonService persons;
  private final CurrentActor currentActor;
  private final RegisterPageTexts texts;
  private final Clock clock;
  private final List<CaseCardSection> sections;

  CasePages(CaseService cases, PersonService persons, CurrentActor currentActor,
      RegisterPageTexts texts, Clock clock, List<CaseCardSection> sections) {
    this.cases = cases;
    this.persons = persons;
    this.currentActor = currentActor;
    this.texts = texts;
    this.clock = clock;
    this.sections = sections.stream()
        .sorted(java.util.Comparator.comparingInt(CaseCardSection::order)).toList();
  }

  /** A section other modules add to the card, as the template includes it. */
  public record Section(String template, String fragment) {}

  /**
   * The cases of the reader's territory, newest registration first. With htmx the filters
   * swap the list alone; without it the form submits and the page reloads.
   */
  @GetMapping("/cases")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, POLICE_INSPECTOR, PROSECUTOR})
  String list(
      @RequestParam(required = false) CaseState state,
      @RequestParam(required = false) ProbationKind kind,
      @RequestParam(required = false) String officer,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model, HttpServletResponse response) {
    Actor actor = currentActor.require();
    // Only an officer has a caseload of their own; a head is never a case's officer.
    boolean mine = "me".equals(officer) && actor.is(PROBATION_OFFICER);
    String query = FormInput.text(q);
    model.addAttribute("state", state);
    model.addAttribute("kind", kind);
    model.addAttribute("mine", mine);
    model.addAttribute("q", query);
    model.addAttribute("states", CaseState.values());
    model.addAttribute("kinds", ProbationKind.values());
    model.addAttribute("officer", actor.is(PROBATION_OFFICER));
    model.addAttribute("police", actor.is(POLICE_INSPECTOR));
    model.addAttribute("mayRegister", actor.is(PROBATION_OFFICER, PROBATION_HEAD));
    try {
      ResultPage<CaseSummary> result = cases.search(
          new CaseFilter(null, null, mine, state, kind, null, query), Paging.of(page, size));
      UriComponentsBuilder link = UriComponentsBuilder.fromPath("/cases")
          .queryParamIfPresent("state", Optional.ofNullable(state))
          .queryParamIfPresent("kind", Optional.ofNullable(kind))
          .queryParamIfPresent("officer", Optional.ofNullable(mine ? "me" : null))
          .queryParamIfPresent("q", Optional.ofNullable(query));
      if (size != Paging.DEFAULT_SIZE) {
        link.queryParam("size", size);
      }
      model.addAttribute("result", result);
      model.addAttribute("pager", Pager.of(result, link));
    } catch (InvalidInputException e) {
      // htmx swaps only successful answers; a plain request learns that the filter was bad.
      if (htmx == null) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
      }
      model.addAttribute("filterErrors", texts.lines(e));
    }
    return htmx == null ? "register/cases" : "register/cases :: caseload";
  }

  /** The case and its person in the reader's view, the history of its states, what to do. */
  @GetMapping("/cases/{id}")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD, POLICE_INSPECTOR, PROSECUTOR})
  String card(@PathVariable UUID id, Model model) {
    return card(id, model, null, FormProblems.NONE);
  }

  /** Moves the case to another state; a refusal comes back on the card with the input. */
  @PostMapping("/cases/{id}/transitions")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String transition(@PathVariable UUID id, TransitionForm form, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    try {
      FormInput in = new FormInput();
      CaseService.Transition transition = form.toTransition(in);
      in.throwIfAny();
      cases.transition(id, transition);
      redirect.addFlashAttribute("saved", true);
      return "redirect:/cases/" + id;
    } catch (InvalidInputException | ConflictException | ForbiddenException refused) {
      response.setStatus(status(refused));
      return card(id, model, form, texts.errors(refused, TransitionForm.FIELDS));
    }
  }

  /** Who read or changed the case, newest first: for the oversight of a prosecutor or head. */
  @GetMapping("/cases/{id}/audit")
  @Allowed({PROSECUTOR, PROBATION_HEAD})
  String audit(@PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, Model model) {
    return AuditTrailPage.show(model, "case", "/cases/" + id,
        cases.audit(id, Paging.of(page, size)), clock.getZone());
  }

  /** The form to register a case of a person, opened from the person's card. */
  @GetMapping("/cases/new")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String newCase(@RequestParam UUID person, Model model) {
    PersonView found = persons.get(person);
    CaseForm form = CaseForm.blank(person.toString(), PersonPages.homeTerritory(found), today());
    return caseForm(model, form, FormProblems.NONE, found, null);
  }

  @PostMapping("/cases")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String create(CaseForm form, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      FormInput in = new FormInput();
      CaseService.NewCase input = form.toNewCase(in);
      in.throwIfAny();
      CaseView created = cases.create(input);
      redirect.addFlashAttribute("saved", true);
      return "redirect:/cases/" + created.id();
    } catch (InvalidInputException | ConflictException | ForbiddenException refused) {
      response.setStatus(status(refused));
      return caseForm(model, form, texts.errors(refused, CaseForm.FIELDS),
          personOf(form.personId()), null);
    }
  }

  @GetMapping("/cases/{id}/edit")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String edit(@PathVariable UUID id, Model model) {
    CaseView.Full existing = full(cases.get(id), id);
    if (existing.state() == CaseState.CLOSED) {
      return "redirect:/cases/" + id;
    }
    return caseForm(model, CaseForm.of(existing), FormProblems.NONE, null, existing);
  }

  @PostMapping("/cases/{id}")
  @Allowed({PROBATION_OFFICER, PROBATION_HEAD})
  String update(@PathVariable UUID id, CaseForm form, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      FormInput in = new FormInput();
      CaseService.CaseChange change = form.toChange(in);
      in.throwIfAny();
      cases.update(id, change);
      redirect.addFlashAttribute("saved", true);
      return "redirect:/cases/" + id;
    } catch (InvalidInputException | ConflictException | ForbiddenException refused) {
      response.setStatus(status(refused));
      return caseForm(model, form, texts.errors(refused, CaseForm.FIELDS), null,
          full(cases.get(id), id));
    }
  }

  private String card(UUID id, Model model, TransitionForm posted, FormProblems errors) {
    Actor actor = currentActor.require();
    CaseCard card = cases.card(id);
    CaseView view = card.view();
    CaseState state = switch (view) {
      case CaseView.Full f -> f.state();
      case CaseView.Reduced r -> r.state();
    };
    boolean mayChange = actor.is(PROBATION_OFFICER, PROBATION_HEAD)
        && view instanceof CaseView.Full && state != CaseState.CLOSED;
    model.addAttribute("c", view);
    model.addAttribute("full", view instanceof CaseView.Full);
    model.addAttribute("person", card.person());
    model.addAttribute("personFull", card.person() instanceof PersonView.Full);
    model.addAttribute("history", card.history());
    model.addAttribute("mayChange", mayChange);
    model.addAttribute("mayAudit", actor.is(PROSECUTOR, PROBATION_HEAD));
    model.addAttribute("readOnly", actor.is(PROSECUTOR));
    model.addAttribute("zone", clock.getZone());
    if (mayChange) {
      List<CaseState> targets = new ArrayList<>(CaseTransitions.next(state));
      model.addAttribute("targets", targets);
      model.addAttribute("outcomes", CaseOutcome.values());
      model.addAttribute("transition", posted != null ? posted
          : TransitionForm.blank(((CaseView.Full) view).version(), today()));
      model.addAttribute("transitionErrors", errors);
    }
    // The register has read the case (and so checked the reach) before any section reads.
    List<Section> shown = new ArrayList<>();
    for (CaseCardSection section : sections) {
      if (section.visibleTo(actor)) {
        section.addTo(model, id, actor);
        shown.add(new Section(section.template(), section.fragment()));
      }
    }
    model.addAttribute("sections", shown);
    return "register/case";
  }

  private String caseForm(Model model, CaseForm form, FormProblems errors, PersonView person,
      CaseView.Full existing) {
    Actor actor = currentActor.require();
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("person", person);
    model.addAttribute("existing", existing);
    model.addAttribute("kinds", ProbationKind.values());
    model.addAttribute("legalBases", LegalBasis.values());
    model.addAttribute("head", actor.is(PROBATION_HEAD));
    List<CaseView.OfficerRef> officers = new ArrayList<>();
    if (actor.is(PROBATION_HEAD)) {
      officers.addAll(cases.assignableOfficers());
      // A case may still name an officer who has left; the head sees who it is and can change.
      if (existing != null && existing.officer() != null && officers.stream()
          .noneMatch(o -> o.id().equals(existing.officer().id()))) {
        officers.addFirst(existing.officer());
      }
    }
    model.addAttribute("officers", officers);
    return "register/case-form";
  }

  /** The person a posted form names, to head the form again; none when out of reach. */
  private PersonView personOf(String personId) {
    try {
      return personId == null ? null : persons.get(UUID.fromString(personId.strip()));
    } catch (IllegalArgumentException | NotFoundException e) {
      return null;
    }
  }

  /** Only the roles that write get the full view, so this holds for every writer. */
  private static CaseView.Full full(CaseView view, UUID id) {
    if (view instanceof CaseView.Full full) {
      return full;
    }
    throw new NotFoundException("case", id);
  }

  static int status(JolException refused) {
    return switch (refused) {
      case ConflictException conflict -> HttpStatus.CONFLICT.value();
      case ForbiddenException forbidden -> HttpStatus.FORBIDDEN.value();
      default -> HttpStatus.BAD_REQUEST.value();
    };
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
