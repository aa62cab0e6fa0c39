package kz.jol.setup;

import java.util.Locale;
import kz.jol.access.Role;
import kz.jol.access.UserAdministration;
import kz.jol.access.UserAdministration.UserForm;
import kz.jol.organisation.Organisation;
import kz.jol.organisation.OrganisationFilter;
import kz.jol.organisation.OrganisationForm;
import kz.jol.organisation.OrganisationType;
import kz.jol.organisation.Organisations;
import kz.jol.territory.Territories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first administrator when {@code JOL_BOOTSTRAP_ADMIN_PASSWORD} is set and no
 * enabled administrator exists: bound to the whole republic and to the ministry organisation,
 * which is created when there is none. Does nothing otherwise, so the variable can stay set.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final String username;
  private final String password;
  private final UserAdministration users;
  private final Organisations organisations;
  private final TransactionTemplate transaction;

  FirstAdministrator(@Value("${jol.bootstrap-admin.username:admin}") String username,
      @Value("${jol.bootstrap-admin.password:}") String password, UserAdministration users,
      Organisations organisations, TransactionTemplate transaction) {
    this.username = username;
    this.password = password;
    this.users = users;
    this.organisations = organisations;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (password.isBlank() || users.anyAdministrator()) {
      return;
    }
    transaction.executeWithoutResult(status -> {
      Organisation ministry = organisations.list(new OrganisationFilter(OrganisationType.MINISTRY,
              Territories.REPUBLIC, null, true), 0, 1, Locale.ENGLISH).items().stream().findFirst()
          .orElseGet(() -> organisations.register(new OrganisationForm(OrganisationType.MINISTRY,
              "ІІМ Қылмыстық-атқару жүйесі комитеті", "Комитет уголовно-исполнительной системы МВД",
              "Penal System Committee, Ministry of Internal Affairs", Territories.REPUBLIC, null,
              null, null, null, true, null)));
      users.create(new UserForm(username, "Administrator", Role.ADMIN, ministry.id(),
          Territories.REPUBLIC, true, password, null));
    });
    log.info("Created the first administrator '{}'; give them a new password under Users once signed in", username);
  }
}
