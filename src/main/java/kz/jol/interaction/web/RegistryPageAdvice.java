package kz.jol.interaction.web;

import java.util.List;
import kz.jol.shared.JolException;
import kz.jol.web.PageProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The registry's pages answer refusals as {@link PageProblems} says. */
@ControllerAdvice(assignableTypes = {JointEventPages.class, AgreementPages.class,
    TargetProgrammePages.class, ProposalPages.class, PartnerPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryPageAdvice extends PageProblems {

  private final RegistryPageTexts texts;

  RegistryPageAdvice(RegistryPageTexts texts) {
    super("interaction/registry-problem", "registry.not-a-choice", "field.required");
    this.texts = texts;
  }

  @Override
  protected List<String> lines(JolException refusal) {
    return texts.lines(refusal);
  }
}
