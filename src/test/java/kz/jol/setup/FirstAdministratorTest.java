package kz.jol.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import kz.jol.access.UserAdministration;
import kz.jol.organisation.Organisations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class FirstAdministratorTest {

  @Autowired UserAdministration users;
  @Autowired Organisations organisations;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  List<UUID> enabledAdmins;

  @BeforeEach
  void aDatabaseWithoutAnEnabledAdministrator() {
    enabledAdmins = jdbc.sql("select id from app_user where role = 'ADMIN' and enabled")
        .query(UUID.class).list();
    jdbc.sql("update app_user set enabled = false where id = any(:ids)")
        .param("ids", enabledAdmins.toArray(UUID[]::new)).update();
  }

  @AfterEach
  void restoreTheAdministrators() {
    jdbc.sql("update app_user set enabled = true where id = any(:ids)")
        .param("ids", enabledAdmins.toArray(UUID[]::new)).update();
  }

  @Test
  void createsTheFirstAdministratorOnceAndOnlyWhenAPasswordIsGiven() {
    String name = "first." + UUID.randomUUID().toString().substring(0, 8);
    new FirstAdministrator(name, "", users, organisations, transaction).run(null);
    assertThat(users.anyAdministrator()).isFalse();

    new FirstAdministrator(name, "a-long-first-password", users, organisations, transaction).run(null);
    assertThat(users.anyAdministrator()).isTrue();
    assertThat(jdbc.sql("select territory_code from app_user where username = :u")
        .param("u", name).query(String.class).single()).isEqualTo("000000000");

    String second = "second." + UUID.randomUUID().toString().substring(0, 8);
    new FirstAdministrator(second, "a-long-first-password", users, organisations, transaction).run(null);
    assertThat(jdbc.sql("select count(*) from app_user where username = :u")
        .param("u", second).query(Integer.class).single()).isZero();
    jdbc.sql("update app_user set enabled = false where username = :u").param("u", name).update();
  }
}
