package dev.parley.align;

import dev.parley.similarity.UnitSimilarity;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage of versions mode that links what the evidence holds and the path left out: a point
 * restated next year in new words and figures, which the ordered path does not take because its
 * phrasing is too far from the old one, or because it moved. Strongest pairs first, each pair the
 * evidence accepts ({@link PairEvidence#accepts}) whose paragraphs are not yet linked together:
 *
 * <ul>
 *   <li>both paragraphs unpaired: a match in its place where it crosses no other link, else a move;
 *   <li>otherwise a {@link Link.Type#PARTIAL partial} link beside the links the paragraphs already
 *       have (a paragraph whose point went, in part, into another), taking the place of the
 *       deletion or insertion of a paragraph that had none.
 * </ul>
 */
final class Rescue {

  private Rescue() {}

  /** The links and the partial links the evidence adds to them. */
  record Result(List<Link> links, List<Link> partials) {}

  /**
   * {@code links} (ordered, every unit in one) with the accepted pairs of {@code evidence} they
   * leave out added, each scored by {@code similarity} over the prepared paragraphs; where a user
   * set a stricter match threshold than the default, only pairs that reach it.
   */
  static Result add(
      List<Link> links,
      PairEvidence evidence,
      UnitSimilarity similarity,
      List<UnitSimilarity.Prepared> left,
      List<UnitSimilarity.Prepared> right,
      Thresholds thresholds) {
    List<Link> out = new ArrayList<>(links);
    List<Link> partials = new ArrayList<>();
    List<long[]> partialPairs = new ArrayList<>();
    List<Link> moves = new ArrayList<>();
    for (int[] pair : evidence.accepted()) {
      int i = pair[0];
      int j = pair[1];
      Link li = owner(out, i, true);
      Link rj = owner(out, j, false);
      if (li == rj || hasPair(partialPairs, i, j)) {
        continue;
      }
      double score = similarity.similarity(left.get(i), right.get(j));
      if (score < thresholds.strict()) {
        continue; // a user's stricter match threshold holds here too
      }
      if (li.type() == Link.Type.DELETE && rj.type() == Link.Type.INSERT) {
        Link move = Link.of(Link.Type.MOVE, List.of(i), List.of(j), score);
        out.set(out.indexOf(li), move);
        out.remove(rj);
        moves.add(move);
      } else if (evidence.secondLink(i, j, beside(li, j, false) || beside(rj, i, true))
          && (li.isUnpaired()
              || rj.isUnpaired()
              || evidence.words(i, j) > Math.min(strength(li, evidence), strength(rj, evidence)))) {
        // Two paragraphs each linked as strongly elsewhere (a repeated paragraph and its twin)
        // need no link to each other.
        partials.add(Link.of(Link.Type.PARTIAL, List.of(i), List.of(j), score));
        partialPairs.add(new long[] {i, j});
      }
    }
    // A pair found out of the path that crosses no other link stands in its place.
    for (Link m : moves) {
      if (!Moves.crossesAny(m, out)) {
        out.remove(m);
        Moves.place(out, m, true);
      }
    }
    return new Result(out, partials);
  }

  /**
   * Whether unit {@code unit} stands next to (or among) the units link {@code l} joins on the other
   * side: on the right side when {@code otherIsLeft} is false, on the left when it is true.
   */
  private static boolean beside(Link l, int unit, boolean otherIsLeft) {
    for (int u : otherIsLeft ? l.left() : l.right()) {
      if (Math.abs(u - unit) <= 1) {
        return true;
      }
    }
    return false;
  }

  /** The strongest words signal among the pairs of link {@code l}. */
  private static double strength(Link l, PairEvidence evidence) {
    double best = 0;
    for (int i : l.left()) {
      for (int j : l.right()) {
        best = Math.max(best, evidence.words(i, j));
      }
    }
    return best;
  }

  /** The link of {@code links} holding unit {@code unit} of one side. */
  private static Link owner(List<Link> links, int unit, boolean onLeft) {
    for (Link l : links) {
      if ((onLeft ? l.left() : l.right()).contains(unit)) {
        return l;
      }
    }
    throw new IllegalStateException("unit " + unit + " is in no link");
  }

  private static boolean hasPair(List<long[]> pairs, int i, int j) {
    for (long[] p : pairs) {
      if (p[0] == i && p[1] == j) {
        return true;
      }
    }
    return false;
  }
}
