package kz.jol.territory.internal;

import java.util.HashSet;
import java.util.Set;
import kz.jol.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the territory tree with a recursive query; the tree is small (a few thousand rows). */
@Component
class JdbcTerritoryScope implements TerritoryScope {

  private final JdbcClient jdbc;

  JdbcTerritoryScope(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> codesWithin(String code) {
    return new HashSet<>(jdbc.sql("""
            with recursive below(code) as (
              select code from territory where code = :code
              union all
              select t.code from territory t join below b on t.parent_code = b.code
            )
            select code from below""")
        .param("code", code)
        .query(String.class)
        .list());
  }

  @Override
  public boolean exists(String code) {
    return jdbc.sql("select count(*) from territory where code = :code and active")
        .param("code", code).query(Integer.class).single() > 0;
  }
}
