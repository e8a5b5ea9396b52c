package dev.parley.align;

import dev.parley.similarity.SharedPhrases;
import dev.parley.similarity.UnitSimilarity;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns two sequences of units (paragraphs or sentences) as versions of one text, in stages, each
 * in its own class:
 *
 * <pre>
 * {@link Candidates}   which pairs are worth scoring, and their similarities
 * {@link Anchors}      unique near-identical pairs, in order on both sides
 * {@link MonotonePath} 1:1, 1:2, 2:1, 1:3, 3:1, 1:0, 0:1 steps, band by band between anchors
 * {@link Moves}        strongly alike units left unpaired: moves, or matches in their place
 * {@link Gaps}         short gaps linked by order and length, or one unit to the run of its parts
 * {@link Parts}        units left unpaired joined to the link beside them they are parts of
 * </pre>
 *
 * <p>When fewer than half the units link at the usual threshold, the path runs again against the
 * document's own background level of similarity (low-overlap versions such as two translations),
 * where a weak pair must be one side's best partner. A {@link PairGate} says which pairs may be
 * linked at all: every stage asks it, so that no place, length or order makes a link the evidence
 * does not hold. One instance serves every alignment, from any thread.
 */
final class UnitAligner {

  private final UnitSimilarity similarity;
  private final TermStatistics statistics;
  private final Thresholds thresholds;
  private final Moves moves;
  private final Gaps gaps;
  private final Parts parts;

  UnitAligner(UnitSimilarity similarity, TermStatistics statistics, Thresholds thresholds) {
    this.similarity = similarity;
    this.statistics = statistics;
    this.thresholds = thresholds;
    this.moves = new Moves(thresholds, SharedPhrases.of(statistics, 3));
    this.gaps = new Gaps(similarity, thresholds);
    this.parts = new Parts(similarity);
  }

  /** Returns the similarity this aligner scores with. */
  UnitSimilarity similarity() {
    return similarity;
  }

  /** Returns the thresholds the stages hold pairs to. */
  Thresholds thresholds() {
    return thresholds;
  }

  /** The candidates among {@code left} and {@code right}, each prepared here. */
  Candidates candidates(List<WordSequence> left, List<WordSequence> right) {
    return new Candidates(similarity, statistics, left, right);
  }

  /** The candidates among units already prepared (not limited to copies alone). */
  Candidates candidates(
      List<WordSequence> left,
      List<WordSequence> right,
      List<UnitSimilarity.Prepared> preparedLeft,
      List<UnitSimilarity.Prepared> preparedRight) {
    return new Candidates(similarity, statistics, left, right, preparedLeft, preparedRight, false);
  }

  /** Returns the links between {@code left} and {@code right}, in order, moves included. */
  List<Link> align(List<WordSequence> left, List<WordSequence> right) {
    return align(
        left, right, each(left, similarity::prepare), each(right, similarity::prepare), null);
  }

  /**
   * {@code f} of each of {@code xs}, in order: a list made in one loop, as the small lists of an
   * alignment (a link's sentences, their words, their prepared forms) are made many times over.
   */
  static <T, R> List<R> each(List<T> xs, java.util.function.Function<? super T, ? extends R> f) {
    List<R> out = new ArrayList<>(xs.size());
    for (int k = 0; k < xs.size(); k++) {
      out.add(f.apply(xs.get(k)));
    }
    return out;
  }

  /**
   * As {@link #align(List, List)}, with each unit already prepared for scoring, and with {@code
   * gate} (when not null) made from the candidates to say which pairs may be linked.
   */
  List<Link> align(
      List<WordSequence> left,
      List<WordSequence> right,
      List<UnitSimilarity.Prepared> preparedLeft,
      List<UnitSimilarity.Prepared> preparedRight,
      java.util.function.@org.jspecify.annotations.Nullable Function<Candidates, PairGate> gate) {
    Candidates candidates =
        new Candidates(similarity, statistics, left, right, preparedLeft, preparedRight, true);
    if (gate != null) {
      candidates.gate(gate.apply(candidates));
    }
    List<Link> links = path(candidates, thresholds.match());
    if (linkedShare(links, left.size()) < 0.5) {
      // Little links at the usual threshold: perhaps two translations or paraphrases of one
      // text, where every pair is weakly alike. Judge each pair against this document's own
      // background instead, and let order carry the backbone.
      double background = 2 * medianScore(candidates);
      double threshold = Math.max(Thresholds.LOW_OVERLAP_FLOOR, background);
      if (threshold < thresholds.match()) {
        List<Link> second = path(candidates, threshold);
        if (linkedShare(second, left.size()) > linkedShare(links, left.size())) {
          links = second;
        }
      }
    }
    links = gaps.fill(links, candidates);
    // Parts joined to their links may leave a gap of one unit a side behind them.
    return gaps.fill(parts.attach(links, candidates), candidates);
  }

  /** Anchors, the monotone path between them at {@code threshold}, then moves. */
  private List<Link> path(Candidates c, double threshold) {
    int[][] anchors = Anchors.of(c);
    List<Link> links = new ArrayList<>();
    int fromLeft = 0;
    int fromRight = 0;
    for (int[] anchor : anchors) {
      links.addAll(
          MonotonePath.band(c, thresholds, fromLeft, anchor[0], fromRight, anchor[1], threshold));
      links.add(
          Link.of(
              Link.Type.MATCH,
              List.of(anchor[0]),
              List.of(anchor[1]),
              c.get(anchor[0], anchor[1])));
      fromLeft = anchor[0] + 1;
      fromRight = anchor[1] + 1;
    }
    links.addAll(
        MonotonePath.band(
            c, thresholds, fromLeft, c.left.size(), fromRight, c.right.size(), threshold));
    return moves.find(links, c);
  }

  private static double linkedShare(List<Link> links, int units) {
    if (units == 0) {
      return 1.0;
    }
    long linked = 0;
    for (Link l : links) {
      if (!l.right().isEmpty()) {
        linked += l.left().size();
      }
    }
    return linked / (double) units;
  }

  private static double medianScore(Candidates c) {
    int count = 0;
    for (int i = 0; i < c.left.size(); i++) {
      count += c.row(i).size();
    }
    double[] all = new double[count];
    int n = 0;
    for (int i = 0; i < c.left.size(); i++) {
      Candidates.Row row = c.row(i);
      for (int k = 0; k < row.size(); k++) {
        all[n++] = row.score(k);
      }
    }
    Arrays.sort(all);
    return all.length == 0 ? 0 : all[all.length / 2];
  }
}
