package kz.jol.register.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A where clause assembled from the filters a request gives, with its named parameters. */
final class SqlFilter {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new LinkedHashMap<>();

  SqlFilter and(String condition) {
    conditions.add(condition);
    return this;
  }

  SqlFilter and(String condition, String name, Object value) {
    conditions.add(condition);
    params.put(name, value);
    return this;
  }

  SqlFilter param(String name, Object value) {
    params.put(name, value);
    return this;
  }

  String where() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  Map<String, Object> params() {
    return params;
  }

  /** Escapes LIKE's wildcards in user text. */
  static String likeLiteral(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
