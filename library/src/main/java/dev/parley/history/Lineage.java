package dev.parley.history;

import java.util.List;
import java.util.TreeSet;

/**
 * One paragraph followed through a history: every paragraph that descends from the same first
 * paragraphs through matches, moves, splits, merges and restores (not through partial links, which
 * carry sentences, not paragraphs).
 *
 * @param id the lineage's number, from 0, in the order of the lineages' first paragraphs
 * @param members its paragraphs, ordered by version, then paragraph
 * @param first the first version that holds it
 * @param last the last version that holds it
 */
public record Lineage(int id, List<Place> members, int first, int last) {

  /**
   * Checks the fields and copies the members.
   *
   * @throws IllegalArgumentException if there are no members or they do not fit first and last
   */
  public Lineage {
    members = List.copyOf(members);
    if (members.isEmpty()
        || members.get(0).version() != first
        || members.get(members.size() - 1).version() != last) {
      throw new IllegalArgumentException("lineage " + id + " does not fit its members");
    }
  }

  /** Returns the versions that hold the lineage, ascending. */
  public List<Integer> versions() {
    TreeSet<Integer> out = new TreeSet<>();
    members.forEach(m -> out.add(m.version()));
    return List.copyOf(out);
  }

  /**
   * Returns the versions between {@code first} and {@code last} that do not hold the lineage: the
   * versions it was absent from before it was restored.
   */
  public List<Integer> gaps() {
    List<Integer> held = versions();
    TreeSet<Integer> out = new TreeSet<>();
    for (int v = first; v <= last; v++) {
      out.add(v);
    }
    out.removeAll(held);
    return List.copyOf(out);
  }
}
