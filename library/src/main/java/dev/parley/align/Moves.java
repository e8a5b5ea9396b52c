package dev.parley.align;

import dev.parley.similarity.SharedPhrases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage of {@link UnitAligner} that pairs what the monotone path left unpaired when it is
 * strongly alike: a move, best pairs first. A pair that crosses no other link has not moved (its
 * neighbours were deleted, inserted or reworded beyond recognition): it is put back in its place as
 * a match, where later stages may let it take in its parts or close a gap.
 */
final class Moves {

  private final Thresholds thresholds;
  private final SharedPhrases evidence;

  Moves(Thresholds thresholds, SharedPhrases evidence) {
    this.thresholds = thresholds;
    this.evidence = evidence;
  }

  /** {@code links} with strongly alike unpaired units paired, as moves or matches in place. */
  List<Link> find(List<Link> links, Candidates c) {
    Map<Integer, Integer> deleted = new HashMap<>(); // left unit -> position in links
    Map<Integer, Integer> inserted = new HashMap<>();
    for (int k = 0; k < links.size(); k++) {
      Link l = links.get(k);
      if (l.type() == Link.Type.DELETE) {
        deleted.put(l.left().get(0), k);
      } else if (l.type() == Link.Type.INSERT) {
        inserted.put(l.right().get(0), k);
      }
    }
    List<double[]> pairs = new ArrayList<>();
    for (int i : deleted.keySet()) {
      Candidates.Row row = c.row(i);
      for (int k = 0; k < row.size(); k++) {
        int j = row.unit(k);
        double score = row.score(k);
        if (inserted.containsKey(j)
            && c.accepts(i, j)
            && (score >= Thresholds.MOVE
                || (score >= Thresholds.MOVE_WITH_PHRASE
                    && !evidence.find(c.left.get(i), c.right.get(j)).isEmpty()))) {
          pairs.add(new double[] {score, i, j});
        }
      }
    }
    pairs.sort((x, y) -> Double.compare(y[0], x[0]));
    Link[] result = links.toArray(new Link[0]);
    boolean[] gone = new boolean[result.length];
    for (double[] pair : pairs) {
      int i = (int) pair[1];
      int j = (int) pair[2];
      Integer at = deleted.get(i);
      Integer from = inserted.get(j);
      if (at == null || from == null) {
        continue;
      }
      result[at] = Link.of(Link.Type.MOVE, List.of(i), List.of(j), pair[0]);
      gone[from] = true;
      deleted.remove(i);
      inserted.remove(j);
    }
    List<Link> out = new ArrayList<>(result.length);
    for (int k = 0; k < result.length; k++) {
      if (!gone[k]) {
        out.add(result[k]);
      }
    }
    return inOrder(out, c);
  }

  /**
   * Turns each move that crosses no other link into a match in its place among the links: a pair
   * found among the unpaired units whose neighbours were deleted, inserted or reworded beyond
   * recognition has not moved. Only as a match may it take in the parts beside it ({@link Parts})
   * or close a gap ({@link Gaps}). It must then pass the match threshold or, at the default
   * threshold or a looser one, the bar a move sharing a phrase passes ({@link
   * Thresholds#MOVE_WITH_PHRASE}); otherwise (a stricter threshold a user set) it is a deletion and
   * an insertion.
   */
  private List<Link> inOrder(List<Link> links, Candidates c) {
    List<Link> out = new ArrayList<>(links);
    for (Link m : links) {
      if (m.type() != Link.Type.MOVE || crossesAny(m, out)) {
        continue;
      }
      int i = m.left().get(0);
      int j = m.right().get(0);
      double score = m.score().getAsDouble();
      boolean match =
          score >= thresholds.match()
              || (thresholds.strict() == 0
                  && score >= Thresholds.MOVE_WITH_PHRASE
                  && !evidence.find(c.left.get(i), c.right.get(j)).isEmpty());
      out.remove(m);
      place(out, m, match);
    }
    return out;
  }

  /**
   * Puts {@code m} (a move, not in {@code out}) back in its place among {@code out}: as a match if
   * {@code match}, else as a deletion and an insertion, with the unpaired units around it settled
   * in order.
   */
  static void place(List<Link> out, Link m, boolean match) {
    int i = m.left().get(0);
    int j = m.right().get(0);
    int at = placeOf(out, i, j);
    if (match) {
      Link placed = Link.of(Link.Type.MATCH, m.left(), m.right(), m.score().getAsDouble());
      out.add(at, placed);
      settle(out, placed, placed, i, j);
    } else {
      Link inserted = Link.unpaired(Link.Type.INSERT, List.of(), m.right());
      Link deleted = Link.unpaired(Link.Type.DELETE, m.left(), List.of());
      out.add(at, inserted);
      out.add(at, deleted);
      settle(out, deleted, inserted, i, j);
    }
  }

  /**
   * Where a pair {@code i, j} stands among {@code links}: after every link before it on both sides,
   * unpaired ones by their side's order.
   */
  private static int placeOf(List<Link> links, int i, int j) {
    int at = 0;
    for (int k = 0; k < links.size(); k++) {
      Link l = links.get(k);
      boolean before =
          l.left().isEmpty()
              ? l.right().get(0) < j
              : l.left().get(l.left().size() - 1) < i
                  && (l.right().isEmpty() || l.right().get(l.right().size() - 1) < j);
      if (before) {
        at = k + 1;
      }
    }
    return at;
  }

  /**
   * Keeps the links in order on both sides around units just placed ({@code first} holding left
   * unit {@code i}, {@code last} right unit {@code j}, the same link or a deletion and an insertion
   * in a row): where the unpaired units around them stood with the insertions first, an insertion
   * of a later right unit before them moves just after them, and a deletion of an earlier left unit
   * after them just before them.
   */
  private static void settle(List<Link> out, Link first, Link last, int i, int j) {
    // A unit stands in one link, so links are found by equality.
    List<Link> later = new ArrayList<>();
    List<Link> earlier = new ArrayList<>();
    int from = out.indexOf(first);
    int to = out.indexOf(last);
    for (int k = 0; k < from; k++) {
      Link l = out.get(k);
      if (l.type() == Link.Type.INSERT && l.right().get(0) > j) {
        later.add(l);
      }
    }
    for (int k = to + 1; k < out.size(); k++) {
      Link l = out.get(k);
      if (l.type() == Link.Type.DELETE && l.left().get(0) < i) {
        earlier.add(l);
      }
    }
    if (later.isEmpty() && earlier.isEmpty()) {
      return;
    }
    out.removeAll(later);
    out.removeAll(earlier);
    out.addAll(out.indexOf(last) + 1, later);
    out.addAll(out.indexOf(first), earlier);
  }

  /** Whether {@code m} crosses a link of {@code links} with units on both sides. */
  static boolean crossesAny(Link m, List<Link> links) {
    int i = m.left().get(0);
    int j = m.right().get(0);
    for (Link l : links) {
      if (l == m || l.left().isEmpty() || l.right().isEmpty()) {
        continue;
      }
      boolean leftBefore = l.left().get(l.left().size() - 1) < i;
      boolean leftAfter = l.left().get(0) > i;
      boolean rightBefore = l.right().get(l.right().size() - 1) < j;
      boolean rightAfter = l.right().get(0) > j;
      if (!((leftBefore && rightBefore) || (leftAfter && rightAfter))) {
        return true;
      }
    }
    return false;
  }
}
