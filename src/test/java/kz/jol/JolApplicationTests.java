package kz.jol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class JolApplicationTests {

  @Autowired JdbcClient jdbc;

  @Test
  void startsOnRealPostgresqlWithTheSchemaFromFlyway() {
    String version = jdbc.sql("show server_version").query(String.class).single();
    assertThat(version).startsWith("18.");
    Integer root = jdbc.sql("select count(*) from territory where code = '000000000'")
        .query(Integer.class).single();
    assertThat(root).isEqualTo(1);
  }
}
