package kz.jol.register.application;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import kz.jol.register.Iin;
import kz.jol.register.domain.Problems;

/**
 * What a user typed to find a person: a whole IIN or its first digits, or name words each of
 * which begins one of the names. Persons and cases are searched the same way.
 *
 * @param iin a whole IIN or its first digits; null when the query is a name or empty
 * @param nameTokens normalised name words; empty when the query is an IIN or empty
 */
record NameQuery(String iin, List<String> nameTokens) {

  static final NameQuery NONE = new NameQuery(null, List.of());
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final int MAX_QUERY = 100;
  private static final int MAX_NAME_TOKENS = 5;

  NameQuery {
    nameTokens = List.copyOf(nameTokens);
  }

  /**
   * Reads a query; problems go to {@code problems} under the field {@code q}.
   *
   * @throws kz.jol.shared.InvalidInputException for 12 or more digits that are not an IIN
   */
  static NameQuery parse(String query, Problems problems) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return NONE;
    }
    if (q.length() > MAX_QUERY) {
      problems.add("q", "field.size", "is longer than " + MAX_QUERY + " characters");
      return NONE;
    }
    if (DIGITS.matcher(q).matches()) {
      return new NameQuery(q.length() >= Iin.LENGTH ? Iin.parse("q", q).value() : q, List.of());
    }
    List<String> tokens = Arrays.asList(PersonRepository.normaliseName(q).split(" "));
    if (tokens.size() > MAX_NAME_TOKENS) {
      problems.add("q", "register.query-words", "search with at most " + MAX_NAME_TOKENS
          + " words", MAX_NAME_TOKENS);
    }
    return new NameQuery(null, tokens);
  }

  boolean isEmpty() {
    return iin == null && nameTokens.isEmpty();
  }

  /** Adds the query's conditions on the person table, aliased {@code p}, to the filter. */
  void addTo(SqlFilter filter) {
    if (iin != null) {
      if (iin.length() == Iin.LENGTH) {
        filter.and("p.iin = :iin", "iin", iin);
      } else {
        filter.and("p.iin like :iin", "iin", SqlFilter.likeLiteral(iin) + "%");
      }
    }
    for (int i = 0; i < nameTokens.size(); i++) {
      String token = SqlFilter.likeLiteral(nameTokens.get(i));
      filter.and("(' ' || p.name_search) like :name" + i, "name" + i, "% " + token + "%");
    }
  }
}
