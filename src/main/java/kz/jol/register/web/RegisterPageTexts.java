package kz.jol.register.web;

import java.util.Map;
import kz.jol.access.Role;
import kz.jol.register.CaseOutcome;
import kz.jol.register.CaseState;
import kz.jol.register.ProbationKind;
import kz.jol.register.Sex;
import kz.jol.register.domain.Education;
import kz.jol.register.domain.Employment;
import kz.jol.register.domain.LegalBasis;
import kz.jol.register.domain.MaritalStatus;
import kz.jol.web.PageTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The register's refusals in the reader's words: «Іздестіруде», not WANTED. */
@Component
class RegisterPageTexts extends PageTexts {

  RegisterPageTexts(MessageSource messages) {
    super(messages, Map.of(
        CaseState.class, "register.case.state.",
        ProbationKind.class, "register.case.kind.",
        CaseOutcome.class, "register.case.outcome.",
        LegalBasis.class, "register.case.legal-basis.",
        Sex.class, "register.person.sex.",
        Education.class, "register.person.education.",
        Employment.class, "register.person.employment.",
        MaritalStatus.class, "register.person.marital-status.",
        Role.class, "role."));
  }
}
