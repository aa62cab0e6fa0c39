package kz.jol.territory.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.jol.territory.Territories;
import kz.jol.territory.Territory;
import kz.jol.territory.TerritoryKind;
import kz.jol.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The territory tree held in memory. Every read first asks PostgreSQL for the tree's revision
 * (one primary-key lookup, see V14) and reloads the whole tree (a few hundred rows, a few
 * thousand after imports) only when it changed — so an import, a migration or a statement
 * typed by hand is seen by every node at its next read, with no messaging between nodes.
 */
@Component
class TerritoryDirectory implements Territories, TerritoryScope {

  private final JdbcClient jdbc;
  private volatile Tree tree = new Tree(Long.MIN_VALUE, Map.of(), Map.of());

  TerritoryDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Territory> find(String code) {
    return Optional.ofNullable(current().byCode().get(code));
  }

  @Override
  public List<Territory> children(String code) {
    return current().children().getOrDefault(code, List.of()).stream()
        .filter(Territory::active)
        .toList();
  }

  @Override
  public List<Territory> path(String code) {
    Tree now = current();
    Deque<Territory> path = new ArrayDeque<>();
    Territory at = now.byCode().get(code);
    while (at != null && path.size() <= now.byCode().size()) {
      path.addFirst(at);
      at = at.parentCode() == null ? null : now.byCode().get(at.parentCode());
    }
    return List.copyOf(path);
  }

  @Override
  public Set<String> codesWithin(String code) {
    Tree now = current();
    if (!now.byCode().containsKey(code)) {
      return Set.of();
    }
    Set<String> within = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(code));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (within.add(next)) {
        now.children().getOrDefault(next, List.of()).forEach(child -> todo.push(child.code()));
      }
    }
    return Collections.unmodifiableSet(within);
  }

  @Override
  public boolean exists(String code) {
    Territory territory = current().byCode().get(code);
    return territory != null && territory.active();
  }

  /** The tree as of the database's current revision, reloaded when that revision moved on. */
  private Tree current() {
    // The revision is read before the rows: a change committed in between makes the tree newer
    // than its stamp, which only costs one more reload, never a stale tree.
    long revision = jdbc.sql("select revision from territory_revision")
        .query(Long.class).single();
    Tree held = tree;
    if (held.revision() == revision) {
      return held;
    }
    Tree loaded = load(revision);
    tree = loaded;
    return loaded;
  }

  private Tree load(long revision) {
    List<Territory> all = jdbc.sql("""
            select code, parent_code, kind, name_kk, name_ru, name_en, iso_code, active
              from territory order by code""")
        .query((rs, n) -> new Territory(rs.getString("code"), rs.getString("parent_code"),
            TerritoryKind.valueOf(rs.getString("kind")), rs.getString("name_kk"),
            rs.getString("name_ru"), rs.getString("name_en"), rs.getString("iso_code"),
            rs.getBoolean("active")))
        .list();
    Map<String, Territory> byCode = new HashMap<>();
    Map<String, List<Territory>> children = new HashMap<>();
    for (Territory territory : all) {
      byCode.put(territory.code(), territory);
      if (territory.parentCode() != null) {
        children.computeIfAbsent(territory.parentCode(), k -> new ArrayList<>()).add(territory);
      }
    }
    Map<String, List<Territory>> sorted = new HashMap<>();
    children.forEach((parent, list) -> sorted.put(parent,
        list.stream().sorted(Comparator.comparing(Territory::code)).toList()));
    return new Tree(revision, Map.copyOf(byCode), Map.copyOf(sorted));
  }

  private record Tree(long revision, Map<String, Territory> byCode,
      Map<String, List<Territory>> children) {}
}
