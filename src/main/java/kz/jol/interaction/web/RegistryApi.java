package kz.jol.interaction.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.jol.access.Allowed;
import kz.jol.access.Role;
import kz.jol.interaction.application.Agreements;
import kz.jol.interaction.application.Agreements.Agreement;
import kz.jol.interaction.application.Agreements.AgreementForm;
import kz.jol.interaction.application.Agreements.StatusChange;
import kz.jol.interaction.application.JointEvents;
import kz.jol.interaction.application.JointEvents.JointEvent;
import kz.jol.interaction.application.JointEvents.JointEventForm;
import kz.jol.interaction.application.Partners;
import kz.jol.interaction.application.Partners.Contact;
import kz.jol.interaction.application.Partners.ContactForm;
import kz.jol.interaction.application.Partners.Partner;
import kz.jol.interaction.application.Partners.PartnerForm;
import kz.jol.interaction.application.Proposals;
import kz.jol.interaction.application.Proposals.Answer;
import kz.jol.interaction.application.Proposals.Proposal;
import kz.jol.interaction.application.Proposals.ProposalForm;
import kz.jol.interaction.application.TargetProgrammes;
import kz.jol.interaction.application.TargetProgrammes.MeasureForm;
import kz.jol.interaction.application.TargetProgrammes.ProgrammeForm;
import kz.jol.interaction.application.TargetProgrammes.TargetProgramme;
import kz.jol.interaction.domain.AgreementKind;
import kz.jol.interaction.domain.AgreementStatus;
import kz.jol.interaction.domain.JointEventKind;
import kz.jol.interaction.domain.PartnerDomain;
import kz.jol.interaction.domain.PartnerKind;
import kz.jol.interaction.domain.ProgrammeMeasureState;
import kz.jol.interaction.domain.ProposalFate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry of interaction through the API: joint events, agreements, target programmes,
 * proposals, partners and partner contacts. Reading: within the reader's territory (out of it:
 * 404 by id, absent from lists). Recording follows the recorder's organisation (an organiser, a
 * party, the responsible body, the author); see docs/interaction.md.
 */
@RestController
@Tag(name = "Interaction registry", description = "Joint events, agreements, target "
    + "programmes, proposals, partners (seed 004; seed 000 block 3)")
class RegistryApi {

  private final JointEvents events;
  private final Agreements agreements;
  private final TargetProgrammes programmes;
  private final Proposals proposals;
  private final Partners partners;

  RegistryApi(JointEvents events, Agreements agreements, TargetProgrammes programmes,
      Proposals proposals, Partners partners) {
    this.events = events;
    this.agreements = agreements;
    this.programmes = programmes;
    this.proposals = proposals;
    this.partners = partners;
  }

  /** An agreement's change of status over the version read. */
  record StatusRequest(AgreementStatus status, LocalDate on, Integer version) {}

  /** A proposal's answer over the version read. */
  record AnswerRequest(ProposalFate fate, LocalDate answeredOn, String answer, Integer version) {}

  /** A partner's activity: inactive from a day, or active again. */
  record ActivityRequest(boolean active, LocalDate on, Integer version) {}

  record MeasureStateRequest(ProgrammeMeasureState state) {}

  // ---- Joint events

  @GetMapping("/api/v1/interaction/events")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "Joint events within the reader's territory, by territory, period of "
      + "holding and kind")
  List<JointEvent> events(@RequestParam(required = false) String territory,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate to,
      @RequestParam(required = false) JointEventKind kind) {
    return events.list(new JointEvents.Filter(territory, from, to, kind));
  }

  @GetMapping("/api/v1/interaction/events/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "A joint event")
  JointEvent event(@PathVariable UUID id) {
    return events.get(id);
  }

  @PostMapping("/api/v1/interaction/events")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.PROBATION_OFFICER,
      Role.ADMIN})
  @Operation(summary = "Record a joint event held; the recorder's organisation is an organiser",
      requestBody = @RequestBody(content = @Content(mediaType = "application/json",
          examples = @ExampleObject(name = "an open day", value = """
              {"kind": "OPEN_DAY", "title": "День открытых дверей службы пробации",
               "heldOn": "2026-03-12", "territoryCode": "351000000", "citizensReached": 45,
               "outcome": "Консультации по трудоустройству, 6 направлений в центр занятости",
               "organiserIds": ["5f0c8a9e-3c1b-4e2a-9d7f-1a2b3c4d5e6f"],
               "participantIds": ["0b6f5b3e-8a0c-4c41-9a53-1c9e2f6d7a10"],
               "guests": ["ОФ «Жол серіктесі»"]}"""))))
  ResponseEntity<JointEvent> recordEvent(
      @org.springframework.web.bind.annotation.RequestBody JointEventForm form) {
    JointEvent created = events.record(form);
    return ResponseEntity.created(URI.create("/api/v1/interaction/events/" + created.id()))
        .body(created);
  }

  // ---- Agreements

  @GetMapping("/api/v1/interaction/agreements")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "Agreements within the reader's territory, by territory, period of "
      + "signing, kind and status today (EXPIRED computed from the date)")
  List<Agreement> agreements(@RequestParam(required = false) String territory,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate to,
      @RequestParam(required = false) AgreementKind kind,
      @RequestParam(required = false) AgreementStatus status) {
    return agreements.list(new Agreements.Filter(territory, from, to, kind, status));
  }

  @GetMapping("/api/v1/interaction/agreements/expiring")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "Agreements in force that end within 60 days, the soonest first")
  List<Agreement> expiring(@RequestParam(required = false) String territory) {
    return agreements.expiringSoon(territory);
  }

  @GetMapping("/api/v1/interaction/agreements/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "An agreement with its parties")
  Agreement agreement(@PathVariable UUID id) {
    return agreements.get(id);
  }

  @PostMapping("/api/v1/interaction/agreements")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN})
  @Operation(summary = "Record an agreement, a draft or in force; the recorder's organisation "
      + "is a party",
      requestBody = @RequestBody(content = @Content(mediaType = "application/json",
          examples = @ExampleObject(name = "a memorandum with an NGO", value = """
              {"kind": "MEMORANDUM", "subject": "Сотрудничество в ресоциализации",
               "number": "12-М", "signedOn": "2026-02-01", "expiresOn": "2027-01-31",
               "status": "IN_FORCE", "territoryCode": "351000000",
               "partyIds": ["5f0c8a9e-3c1b-4e2a-9d7f-1a2b3c4d5e6f"],
               "externalParties": [{"name": "ОФ «Жаңа өмір»", "type": "NGO"}]}"""))))
  ResponseEntity<Agreement> recordAgreement(
      @org.springframework.web.bind.annotation.RequestBody AgreementForm form) {
    Agreement created = agreements.record(form);
    return ResponseEntity.created(URI.create("/api/v1/interaction/agreements/" + created.id()))
        .body(created);
  }

  @PutMapping("/api/v1/interaction/agreements/{id}/status")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN})
  @Operation(summary = "Sign a draft (IN_FORCE) or terminate (TERMINATED) over the version read",
      requestBody = @RequestBody(content = @Content(mediaType = "application/json",
          examples = @ExampleObject(name = "terminate", value = """
              {"status": "TERMINATED", "on": "2026-05-20", "version": 0}"""))))
  Agreement changeStatus(@PathVariable UUID id,
      @org.springframework.web.bind.annotation.RequestBody StatusRequest request) {
    return agreements.change(id, new StatusChange(request.status(), request.on()),
        request.version());
  }

  // ---- Target programmes

  @GetMapping("/api/v1/interaction/programmes")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "Regional target programmes within the reader's territory, running in "
      + "the year if given")
  List<TargetProgramme> programmes(@RequestParam(required = false) String territory,
      @RequestParam(required = false) Integer year) {
    return programmes.list(new TargetProgrammes.Filter(territory, year));
  }

  @GetMapping("/api/v1/interaction/programmes/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "A target programme with its measures")
  TargetProgramme programme(@PathVariable UUID id) {
    return programmes.get(id);
  }

  @PostMapping("/api/v1/interaction/programmes")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.ADMIN})
  @Operation(summary = "Record a programme the recorder's organisation is responsible for",
      requestBody = @RequestBody(content = @Content(mediaType = "application/json",
          examples = @ExampleObject(name = "a regional programme", value = """
              {"name": "Профилактика правонарушений в Карагандинской области",
               "territoryCode": "350000000", "yearFrom": 2026, "yearTo": 2028,
               "responsibleId": "5f0c8a9e-3c1b-4e2a-9d7f-1a2b3c4d5e6f",
               "fundingAmount": 125000000.00, "fundingSource": "Местный бюджет"}"""))))
  ResponseEntity<TargetProgramme> recordProgramme(
      @org.springframework.web.bind.annotation.RequestBody ProgrammeForm form) {
    TargetProgramme created = programmes.record(form);
    return ResponseEntity.created(URI.create("/api/v1/interaction/programmes/" + created.id()))
        .body(created);
  }

  @PostMapping("/api/v1/interaction/programmes/{id}/measures")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.ADMIN})
  @Operation(summary = "Add a measure, not started",
      requestBody = @RequestBody(content = @Content(mediaType = "application/json",
          examples = @ExampleObject(name = "a measure", value = """
              {"text": "Квотирование рабочих мест для лиц, состоящих на учёте пробации",
               "executor": "Управление занятости", "dueOn": "2026-12-31"}"""))))
  TargetProgramme addMeasure(@PathVariable UUID id,
      @org.springframework.web.bind.annotation.RequestBody MeasureForm form) {
    return programmes.addMeasure(id, form);
  }

  @PutMapping("/api/v1/interaction/programmes/{id}/measures/{measureId}/state")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.ADMIN})
  @Operation(summary = "Report a measure's state")
  TargetProgramme measureState(@PathVariable UUID id, @PathVariable UUID measureId,
      @org.springframework.web.bind.annotation.RequestBody MeasureStateRequest request) {
    return programmes.measureState(id, measureId, request.state());
  }

  // ---- Proposals

  @GetMapping("/api/v1/interaction/proposals")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "Proposals within the reader's territory, by period of sending and fate")
  List<Proposal> proposals(@RequestParam(required = false) String territory,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate to,
      @RequestParam(required = false) ProposalFate fate) {
    return proposals.list(new Proposals.Filter(territory, from, to, fate));
  }

  @GetMapping("/api/v1/interaction/proposals/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "A proposal and its fate")
  Proposal proposal(@PathVariable UUID id) {
    return proposals.get(id);
  }

  @PostMapping("/api/v1/interaction/proposals")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN})
  @Operation(summary = "Record a proposal sent by the recorder's organisation",
      requestBody = @RequestBody(content = @Content(mediaType = "application/json",
          examples = @ExampleObject(name = "a proposal", value = """
              {"addressee": "Министерство внутренних дел РК",
               "subject": "Объединение КСО и МВК",
               "text": "Предлагаем объединить координационный совет и межведомственную комиссию",
               "sentOn": "2026-04-02"}"""))))
  ResponseEntity<Proposal> recordProposal(
      @org.springframework.web.bind.annotation.RequestBody ProposalForm form) {
    Proposal created = proposals.record(form);
    return ResponseEntity.created(URI.create("/api/v1/interaction/proposals/" + created.id()))
        .body(created);
  }

  @PutMapping("/api/v1/interaction/proposals/{id}/answer")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.ADMIN})
  @Operation(summary = "Record the addressee's answer, once, over the version read",
      requestBody = @RequestBody(content = @Content(mediaType = "application/json",
          examples = @ExampleObject(name = "partly accepted", value = """
              {"fate": "PARTLY_ACCEPTED", "answeredOn": "2026-05-15",
               "answer": "Принято в части регламента заседаний", "version": 0}"""))))
  Proposal answer(@PathVariable UUID id,
      @org.springframework.web.bind.annotation.RequestBody AnswerRequest request) {
    return proposals.answer(id, new Answer(request.fate(), request.answeredOn(),
        request.answer()), request.version());
  }

  // ---- Partners

  @GetMapping("/api/v1/interaction/partners")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "Partners serving somewhere in the territory, by kind, domain, activity")
  List<Partner> partners(@RequestParam(required = false) String territory,
      @RequestParam(required = false) PartnerKind kind,
      @RequestParam(required = false) PartnerDomain domain,
      @RequestParam(required = false) Boolean active) {
    return partners.list(new Partners.Filter(territory, kind, domain, active));
  }

  @GetMapping("/api/v1/interaction/partners/contacts")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "Contacts with partners made by bodies of the territory, by period")
  List<Contact> contacts(@RequestParam(required = false) String territory,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
      LocalDate to) {
    return partners.contacts(new Partners.ContactFilter(territory, from, to), null);
  }

  @GetMapping("/api/v1/interaction/partners/{id}")
  @Allowed({Role.PROBATION_OFFICER, Role.PROBATION_HEAD, Role.AGENCY_HEAD, Role.AGENCY_WORKER,
      Role.ANALYST, Role.PROSECUTOR, Role.ADMIN})
  @Operation(summary = "A partner")
  Partner partner(@PathVariable UUID id) {
    return partners.get(id);
  }

  @PostMapping("/api/v1/interaction/partners")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.PROBATION_OFFICER,
      Role.ADMIN})
  @Operation(summary = "Register a partner; of a volunteer or mentor only a name and a phone",
      requestBody = @RequestBody(content = @Content(mediaType = "application/json",
          examples = @ExampleObject(name = "a peer mentor", value = """
              {"kind": "PEER_MENTOR", "name": "Ермек С.", "territoryCode": "351000000",
               "domains": ["ECONOMIC", "INSTITUTIONAL"],
               "offer": "Наставничество «равный равному», сопровождение на собеседования",
               "phone": "+7 701 000 00 00"}"""))))
  ResponseEntity<Partner> recordPartner(
      @org.springframework.web.bind.annotation.RequestBody PartnerForm form) {
    Partner created = partners.record(form);
    return ResponseEntity.created(URI.create("/api/v1/interaction/partners/" + created.id()))
        .body(created);
  }

  @PutMapping("/api/v1/interaction/partners/{id}/activity")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.PROBATION_OFFICER,
      Role.ADMIN})
  @Operation(summary = "Mark a partner inactive from a day, or active again")
  Partner activity(@PathVariable UUID id,
      @org.springframework.web.bind.annotation.RequestBody ActivityRequest request) {
    return partners.activity(id, request.active(), request.on(), request.version());
  }

  @PostMapping("/api/v1/interaction/partners/{id}/contacts")
  @Allowed({Role.AGENCY_HEAD, Role.AGENCY_WORKER, Role.PROBATION_HEAD, Role.PROBATION_OFFICER,
      Role.ADMIN})
  @Operation(summary = "Record that the recorder's organisation contacted the partner",
      requestBody = @RequestBody(content = @Content(mediaType = "application/json",
          examples = @ExampleObject(name = "a contact", value = """
              {"contactedOn": "2026-03-14", "purpose": "Подбор наставника",
               "outcome": "Наставник закреплён"}"""))))
  ResponseEntity<Contact> contact(@PathVariable UUID id,
      @org.springframework.web.bind.annotation.RequestBody ContactForm form) {
    Contact created = partners.contact(id, form);
    return ResponseEntity.status(201).body(created);
  }
}
