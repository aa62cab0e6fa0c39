package kz.jol.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jol.shared.InvalidInputException;
import kz.jol.territory.TerritoryKind;
import kz.jol.territory.domain.TerritoryImportCheck;
import kz.jol.territory.domain.TerritoryImportCheck.Accepted;
import kz.jol.territory.domain.TerritoryImportCheck.Known;
import kz.jol.territory.domain.TerritoryImportCheck.Refused;
import kz.jol.territory.domain.TerritoryImportCheck.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV file of districts and cities: every row is checked first
 * ({@link TerritoryImportCheck}), and the file goes in whole, in one transaction, or not at all.
 */
@Service
public class TerritoryImport {

  private static final Logger log = LoggerFactory.getLogger(TerritoryImport.class);

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;

  TerritoryImport(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
  }

  /** How many rows the file had and what became of them. */
  public record Report(int rows, int created, int renamed, int unchanged) {}

  /**
   * Checks and imports the file.
   *
   * @throws InvalidInputException listing every problem by line; nothing was imported
   */
  @Transactional
  public Report importCsv(InputStream file, String importedBy) throws IOException {
    // Imports take turns, and no other write slips in between the check and the write; reads
    // go on. The tree is read here, inside the lock, not from any cache.
    jdbc.sql("lock table territory in share row exclusive mode").update();
    Map<String, Known> known = jdbc.sql("""
            select code, parent_code, kind, name_kk, name_ru, name_en from territory""")
        .query((rs, n) -> new Known(rs.getString("code"), rs.getString("parent_code"),
            TerritoryKind.valueOf(rs.getString("kind")), rs.getString("name_kk"),
            rs.getString("name_ru"), rs.getString("name_en")))
        .stream()
        .collect(Collectors.toMap(Known::code, Function.identity()));

    Accepted accepted = switch (TerritoryImportCheck.check(file, known)) {
      case Refused refused -> throw new InvalidInputException(refused.problems());
      case Accepted ok -> ok;
    };
    insert(accepted.created());
    rename(accepted.renamed());
    log.info("Territory import by {}: {} rows, {} created, {} renamed, {} unchanged", importedBy,
        accepted.rows(), accepted.created().size(), accepted.renamed().size(),
        accepted.unchanged().size());
    return new Report(accepted.rows(), accepted.created().size(), accepted.renamed().size(),
        accepted.unchanged().size());
  }

  /** One statement for all rows: the foreign key is checked at its end, so order is free. */
  private void insert(List<Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbcTemplate.update(con -> {
      PreparedStatement statement = con.prepareStatement("""
          insert into territory (code, parent_code, kind, name_kk, name_ru, name_en)
          select * from unnest(?::varchar[], ?::varchar[], ?::text[], ?::text[], ?::text[],
                               ?::text[])""");
      statement.setArray(1, con.createArrayOf("varchar", column(rows, Row::code)));
      statement.setArray(2, con.createArrayOf("varchar", column(rows, Row::parentCode)));
      statement.setArray(3, con.createArrayOf("text", column(rows, r -> r.kind().name())));
      statement.setArray(4, con.createArrayOf("text", column(rows, Row::nameKk)));
      statement.setArray(5, con.createArrayOf("text", column(rows, Row::nameRu)));
      statement.setArray(6, con.createArrayOf("text", column(rows, Row::nameEn)));
      return statement;
    });
  }

  private void rename(List<Row> rows) {
    if (rows.isEmpty()) {
      return;
    }
    jdbcTemplate.update(con -> {
      PreparedStatement statement = con.prepareStatement("""
          update territory t
             set name_kk = u.name_kk, name_ru = u.name_ru, name_en = u.name_en
            from unnest(?::varchar[], ?::text[], ?::text[], ?::text[])
                 as u(code, name_kk, name_ru, name_en)
           where t.code = u.code""");
      statement.setArray(1, con.createArrayOf("varchar", column(rows, Row::code)));
      statement.setArray(2, con.createArrayOf("text", column(rows, Row::nameKk)));
      statement.setArray(3, con.createArrayOf("text", column(rows, Row::nameRu)));
      statement.setArray(4, con.createArrayOf("text", column(rows, Row::nameEn)));
      return statement;
    });
  }

  private static String[] column(List<Row> rows, Function<Row, String> value) {
    return rows.stream().map(value).toArray(String[]::new);
  }
}
