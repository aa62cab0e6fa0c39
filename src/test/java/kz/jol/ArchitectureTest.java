package kz.jol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Pure domain policy code (packages named {@code domain}, and the shared kernel) is plain Java:
 * it takes its inputs, including the date to judge as of, and returns values. No Spring, no
 * servlet, no JDBC, no wall clock.
 */
class ArchitectureTest {

  static final JavaClasses JOL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("kz.jol");

  @Test
  void domainPolicyCodeStaysFreeOfFrameworks() {
    // package-info carries module metadata (a named interface), not policy code.
    noClasses().that().resideInAnyPackage("kz.jol..domain..", "kz.jol.shared..")
        .and().doNotHaveSimpleName("package-info")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta.servlet..", "jakarta.persistence..", "java.sql..",
            "javax.sql..", "tools.jackson..", "com.fasterxml.jackson..")
        .because("rules are pure functions that can be tested without a framework")
        .check(JOL);
  }

  @Test
  void domainPolicyCodeDoesNotReadTheWallClock() {
    noClasses().that().resideInAnyPackage("kz.jol..domain..")
        .should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .because("rules take the date as of which they judge as an argument")
        .allowEmptyShould(true)
        .check(JOL);
  }
}
