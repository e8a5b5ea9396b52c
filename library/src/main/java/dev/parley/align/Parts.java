package dev.parley.align;

import dev.parley.similarity.UnitSimilarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The stage of {@link UnitAligner} that joins each unit left unpaired to the link beside it when
 * the link's one unit on the other side is more alike the link's units with it than without: a
 * sentence cut in two, three or more (a translation's shorter sentences, a long sentence broken up
 * in revision) is one split or merge, however many its parts. A unit joins only if it holds enough
 * of the other unit's rarer words ({@link Thresholds#ATTACH_CONTAINED}): a part of it, not a new
 * sentence on the same subject.
 */
final class Parts {

  private final UnitSimilarity similarity;

  Parts(UnitSimilarity similarity) {
    this.similarity = similarity;
  }

  /** {@code links} with the unpaired units that are parts of a link beside them joined to it. */
  List<Link> attach(List<Link> links, Candidates c) {
    boolean anyUnpaired = false;
    for (int k = 0; k < links.size() && !anyUnpaired; k++) {
      anyUnpaired = links.get(k).isUnpaired();
    }
    if (!anyUnpaired) {
      return links;
    }
    List<Link> out = new ArrayList<>(links);
    // The unpaired units of each side, by unit, so that a run of them can join at once.
    Map<Integer, Link> deleted = new HashMap<>();
    Map<Integer, Link> inserted = new HashMap<>();
    for (Link l : links) {
      if (l.type() == Link.Type.DELETE) {
        deleted.put(l.left().get(0), l);
      } else if (l.type() == Link.Type.INSERT) {
        inserted.put(l.right().get(0), l);
      }
    }
    int k = 0;
    while (k < out.size()) {
      Link u = out.get(k);
      if (!u.isUnpaired()) {
        k++;
        continue;
      }
      // The links a few places either side: a neighbour on the unit's side may sit between. The
      // unit joins the one it makes most alike.
      Map<Integer, Link> unpaired = u.type() == Link.Type.INSERT ? inserted : deleted;
      int bestAt = -1;
      Grown best = null;
      double bestGain = 0;
      for (int n = Math.max(0, k - 3); n < Math.min(out.size(), k + 4); n++) {
        Grown grown = grown(out.get(n), u, unpaired, c);
        double gain =
            grown == null
                ? 0
                : grown.link().score().getAsDouble() - out.get(n).score().getAsDouble();
        if (gain > bestGain) {
          best = grown;
          bestAt = n;
          bestGain = gain;
        }
      }
      if (best != null) {
        out.set(bestAt, best.link());
        for (int unit : best.units()) {
          out.remove(unpaired.remove(unit));
        }
        k = Math.max(0, Math.min(k, out.size()) - 3); // the grown link's other neighbours may join
      } else {
        k++;
      }
    }
    return out;
  }

  /** A link grown by the unpaired units it took in. */
  private record Grown(Link link, List<Integer> units) {}

  /**
   * Link {@code l} with the unpaired unit {@code u} joined, and perhaps the unpaired units beyond
   * it (two short parts may each lower a link's score alone and raise it together), if {@code l}
   * has one unit on the other side, {@code u} lies next to its units on its own side, each unit
   * joined holds enough of the other unit's words, and the link becomes more alike; else null. The
   * words a part shares with its whole are its evidence: it needs no link of its own.
   */
  private @Nullable Grown grown(Link l, Link u, Map<Integer, Link> unpaired, Candidates c) {
    boolean insert = u.type() == Link.Type.INSERT;
    if (l.type() != Link.Type.MATCH && l.type() != (insert ? Link.Type.SPLIT : Link.Type.MERGE)) {
      return null;
    }
    List<Integer> one = insert ? l.left() : l.right();
    List<Integer> many = insert ? l.right() : l.left();
    int unit = insert ? u.right().get(0) : u.left().get(0);
    boolean before = unit == many.get(0) - 1;
    if (one.size() != 1 || (!before && unit != many.get(many.size() - 1) + 1)) {
      return null;
    }
    int other = one.get(0);
    long[] whole = c.rare(insert, other);
    List<Integer> units = new ArrayList<>();
    for (int next = unit;
        units.size() < Thresholds.ATTACH_RUN
            && unpaired.containsKey(next)
            && Candidates.contained(c.rare(!insert, next), whole) >= Thresholds.ATTACH_CONTAINED;
        next += before ? -1 : 1) {
      units.add(next);
      int start = Math.min(many.get(0), next);
      int count = many.size() + units.size();
      double score =
          insert
              ? similarity.similarity(
                  c.preparedLeft.get(other),
                  similarity.concat(c.preparedRight.subList(start, start + count)))
              : similarity.similarity(
                  similarity.concat(c.preparedLeft.subList(start, start + count)),
                  c.preparedRight.get(other));
      if (score > l.score().getAsDouble()) {
        return new Grown(
            insert
                ? Link.of(Link.Type.SPLIT, one, Link.range(start, count), score)
                : Link.of(Link.Type.MERGE, Link.range(start, count), one, score),
            List.copyOf(units));
      }
    }
    return null;
  }
}
