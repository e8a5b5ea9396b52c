package dev.parley.align;

import dev.parley.similarity.LcsRatioSimilarity;
import dev.parley.similarity.UnitSimilarity;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The stage of {@link UnitAligner} that closes short gaps: units the earlier stages left as
 * deletions and insertions between two links, or between a link and an end of the texts, linked in
 * order when both sides of the gap hold as many units and each pair has about the same length and
 * keeps a good share of its words in order, however reworded: in a version of the same text,
 * position and length carry what changed wording no longer does (Gale and Church's insight). A
 * paragraph replaced by a different one of the same length keeps few of its words in order
 * (function words only) and stays a deletion and an insertion. A gap with one unit on one side and
 * several on the other is linked to the run of its parts ({@link #partsOfOne}). Every pair linked
 * here must pass the gate: place and length may decide between pairs, never make a link alone.
 */
final class Gaps {

  private final UnitSimilarity similarity;
  private final Thresholds thresholds;

  Gaps(UnitSimilarity similarity, Thresholds thresholds) {
    this.similarity = similarity;
    this.thresholds = thresholds;
  }

  /** {@code links} with their short gaps closed where order, length and wording allow. */
  List<Link> fill(List<Link> links, Candidates c) {
    List<Link> out = new ArrayList<>(links.size());
    int k = 0;
    while (k < links.size()) {
      if (!links.get(k).isUnpaired()) {
        out.add(links.get(k));
        k++;
        continue;
      }
      int end = k;
      List<Integer> deleted = new ArrayList<>();
      List<Integer> inserted = new ArrayList<>();
      while (end < links.size() && links.get(end).isUnpaired()) {
        Link g = links.get(end);
        if (g.type() == Link.Type.DELETE) {
          deleted.add(g.left().get(0));
        } else {
          inserted.add(g.right().get(0));
        }
        end++;
      }
      boolean fill =
          (k > 0 || end < links.size())
              && deleted.size() == inserted.size()
              && deleted.size() <= Thresholds.GAP_MAX_UNITS;
      for (int t = 0; fill && t < deleted.size(); t++) {
        WordSequence x = c.left.get(deleted.get(t));
        WordSequence y = c.right.get(inserted.get(t));
        fill =
            c.accepts(deleted.get(t), inserted.get(t))
                && lengthsAgree(x, y)
                && LcsRatioSimilarity.instance().similarity(x, y) >= Thresholds.GAP_ORDER_SHARE
                && (thresholds.strict() == 0
                    || c.score(deleted.get(t), inserted.get(t)) >= thresholds.strict());
      }
      Link parts = fill ? null : partsOfOne(deleted, inserted, c);
      if (fill) {
        for (int t = 0; t < deleted.size(); t++) {
          int i = deleted.get(t);
          int j = inserted.get(t);
          out.add(Link.of(Link.Type.MATCH, List.of(i), List.of(j), c.score(i, j)));
        }
      } else if (parts != null) {
        // The gap's other units stay unpaired, in their order, around the new link.
        out.addAll(outside(links.subList(k, end), parts, true));
        out.add(parts);
        out.addAll(outside(links.subList(k, end), parts, false));
      } else {
        out.addAll(links.subList(k, end));
      }
      k = end;
    }
    return out;
  }

  /** The unpaired links of {@code gap} whose unit is not in {@code link}, before it or after. */
  private static List<Link> outside(List<Link> gap, Link link, boolean before) {
    List<Link> out = new ArrayList<>();
    for (Link g : gap) {
      List<Integer> units = g.left().isEmpty() ? link.right() : link.left();
      int unit = g.left().isEmpty() ? g.right().get(0) : g.left().get(0);
      if (!units.contains(unit) && (unit < units.get(0)) == before) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * Whether two units are about as long as versions of one unit are: the shorter has at least
   * {@link Thresholds#GAP_LENGTH_RATIO} of the longer's words, or their lengths in letters differ
   * by no more than chance allows a translation of a short sentence (Gale and Church's model: the
   * difference over the square root of the length times {@link Thresholds#LENGTH_VARIANCE}, at most
   * {@link Thresholds#GAP_LENGTH_DEVIATIONS}); "I will love thee, O LORD, my strength" and "I love
   * you, Yahweh, my strength" differ by two words of eight.
   */
  static boolean lengthsAgree(WordSequence x, WordSequence y) {
    if (Math.min(x.size(), y.size())
        >= Thresholds.GAP_LENGTH_RATIO * Math.max(x.size(), y.size())) {
      return true;
    }
    double lx = letters(x);
    double ly = letters(y);
    return Math.abs(lx - ly)
        <= Thresholds.GAP_LENGTH_DEVIATIONS * Math.sqrt((lx + ly) / 2 * Thresholds.LENGTH_VARIANCE);
  }

  private static int letters(WordSequence words) {
    int n = 0;
    for (int k = 0; k < words.size(); k++) {
      n += words.end(k) - words.start(k);
    }
    return n;
  }

  /**
   * In a gap with one unit on one side and several on the other, the one unit's parts: the longest
   * run of the other side's units each holding enough of its rarer words ({@link
   * Thresholds#ATTACH_CONTAINED}) and passing the gate with it, linked to it when the run as a
   * whole is at least {@link Thresholds#PARTS_OF_ONE} alike with it. A long sentence a translation
   * or a revision cut into many short ones, each too reworded to pass as a part of a split on its
   * own; else null.
   */
  private @Nullable Link partsOfOne(List<Integer> deleted, List<Integer> inserted, Candidates c) {
    boolean split = deleted.size() == 1 && inserted.size() > 1;
    if (!split && !(inserted.size() == 1 && deleted.size() > 1)) {
      return null;
    }
    int one = split ? deleted.get(0) : inserted.get(0);
    List<Integer> many = split ? inserted : deleted;
    long[] whole = c.rare(split, one);
    int bestFrom = 0;
    int bestCount = 0;
    int count = 0;
    for (int t = 0; t < many.size(); t++) {
      boolean part =
          Candidates.contained(c.rare(!split, many.get(t)), whole) >= Thresholds.ATTACH_CONTAINED;
      boolean next = count > 0 && many.get(t) == many.get(t - 1) + 1;
      count = part ? (next ? count + 1 : 1) : 0;
      if (count > bestCount) {
        bestFrom = t - count + 1;
        bestCount = count;
      }
    }
    if (bestCount == 0) {
      return null;
    }
    List<Integer> run = many.subList(bestFrom, bestFrom + bestCount);
    List<UnitSimilarity.Prepared> parts =
        run.stream().map(u -> (split ? c.preparedRight : c.preparedLeft).get(u)).toList();
    UnitSimilarity.Prepared joined = parts.size() == 1 ? parts.get(0) : similarity.concat(parts);
    double score =
        split
            ? similarity.similarity(c.preparedLeft.get(one), joined)
            : similarity.similarity(joined, c.preparedRight.get(one));
    if (score < Math.max(Thresholds.PARTS_OF_ONE, thresholds.strict())) {
      return null;
    }
    List<Integer> units = List.copyOf(run);
    if (units.size() == 1) {
      return split
          ? Link.of(Link.Type.MATCH, List.of(one), units, score)
          : Link.of(Link.Type.MATCH, units, List.of(one), score);
    }
    return split
        ? Link.of(Link.Type.SPLIT, List.of(one), units, score)
        : Link.of(Link.Type.MERGE, units, List.of(one), score);
  }
}
