package dev.parley.align;

import dev.parley.internal.primitive.Fingerprints;
import dev.parley.internal.primitive.LongDoubleMap;
import dev.parley.internal.primitive.LongIntMap;
import dev.parley.similarity.LcsRatioSimilarity;
import dev.parley.similarity.SharedPhrases;
import dev.parley.similarity.UnitSimilarity;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Aligns two sequences of units (paragraphs or sentences) as versions of one text: monotone dynamic
 * programming with 1:1, 1:2, 2:1, 1:3, 3:1, 1:0 and 0:1 steps over a sparse matrix of candidate
 * pairs, anchored on unique near-identical pairs and run band by band between anchors, then moved
 * units found among what is left unpaired (a pair that crosses no other link is a match, not a
 * move), then short gaps linked by order and length, or one unit to its parts on the other side of
 * a gap, and each unit still unpaired (or a run of up to three) joined to the link beside it (a
 * match becoming a split or merge) when it is a part of the other side's unit (a sentence cut in
 * four, however short its parts).
 *
 * <p>When fewer than half the units link at the usual threshold, the alignment runs again against
 * the document's own background level of similarity (low-overlap versions such as two
 * translations), where a weak pair must be one side's best partner. What one alignment works out
 * (its candidates, the combined similarities of splits and merges) is kept in its {@link
 * Candidates}, so one instance serves every alignment, from any thread.
 *
 * <p>Only pairs that share a rare word are candidates (an inverted index finds them, and each unit
 * keeps its best-sharing partners), so the work grows with the number of units, not its square.
 */
final class UnitAligner {

  /** By default a 1:1 step earns its similarity less this; below it, deletion and insertion win. */
  static final double DEFAULT_MATCH_THRESHOLD = 0.2;

  /** Each part of a split or merge must reach this similarity with the other side on its own. */
  static final double PART_THRESHOLD = 0.2;

  /** A split or merge as a whole must reach this similarity. */
  static final double SPLIT_THRESHOLD = 0.4;

  /** An unpaired left unit and an unpaired right unit this alike are a move. */
  static final double MOVE_THRESHOLD = 0.3;

  /** ... or this alike when they also share a phrase of three content words or more. */
  static final double MOVE_WITH_PHRASE_THRESHOLD = 0.15;

  /** Pairs this alike, each the other's unique best, anchor the alignment. */
  static final double ANCHOR_THRESHOLD = 0.9;

  private static final int CANDIDATES_PER_UNIT = 24;

  /** Bands with more cells than this are worked on a strip around the diagonal. */
  static final long MAX_BAND_CELLS = 4_000_000L;

  private final UnitSimilarity similarity;
  private final TermStatistics statistics;
  private final SharedPhrases evidence;

  /** The threshold of the usual pass. */
  private final double matchThreshold;

  private final RareWords rareKey;
  private final java.util.function.Function<WordSequence, long[]> distinctRare;

  UnitAligner(UnitSimilarity similarity, TermStatistics statistics) {
    this(similarity, statistics, DEFAULT_MATCH_THRESHOLD);
  }

  UnitAligner(UnitSimilarity similarity, TermStatistics statistics, double matchThreshold) {
    this.matchThreshold = matchThreshold;
    this.similarity = similarity;
    this.statistics = statistics;
    this.evidence = SharedPhrases.of(statistics, 3);
    this.rareKey = new RareWords(statistics);
    this.distinctRare = this::distinctRare;
  }

  /** Returns the similarity this aligner scores with. */
  UnitSimilarity similarity() {
    return similarity;
  }

  /** Returns the links between {@code left} and {@code right}, in order, moves included. */
  List<Link> align(List<WordSequence> left, List<WordSequence> right) {
    return align(left, right, each(left, similarity::prepare), each(right, similarity::prepare));
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

  /** As {@link #align(List, List)}, with each unit already prepared for scoring. */
  List<Link> align(
      List<WordSequence> left,
      List<WordSequence> right,
      List<UnitSimilarity.Prepared> preparedLeft,
      List<UnitSimilarity.Prepared> preparedRight) {
    Candidates candidates = new Candidates(left, right, preparedLeft, preparedRight, true);
    List<Link> links = align(candidates, left, right, matchThreshold);
    if (linkedShare(links, left.size()) < 0.5) {
      // Little links at the usual threshold: perhaps two translations or paraphrases of one
      // text, where every pair is weakly alike. Judge each pair against this document's own
      // background instead, and let order carry the backbone.
      double background = 2 * medianScore(candidates);
      double threshold = Math.max(LOW_OVERLAP_FLOOR, background);
      if (threshold < matchThreshold) {
        List<Link> second = align(candidates, left, right, threshold);
        if (linkedShare(second, left.size()) > linkedShare(links, left.size())) {
          links = second;
        }
      }
    }
    links = fillGaps(links, candidates);
    // Parts joined to their links may leave a gap of one unit a side behind them.
    return fillGaps(attach(links, candidates), candidates);
  }

  /**
   * A unit left unpaired beside a link joins it only if at least this share of its rarer words
   * (those in under 70 % of the documents; all its words when it has four or fewer) is found in the
   * link's one unit on the other side: a part of it, not a new sentence on the same subject.
   */
  static final double ATTACH_CONTAINED = 0.5;

  /**
   * The share of distinct rarer words {@code part} has that {@code whole} has too (both sorted).
   */
  private static double contained(long[] part, long[] whole) {
    if (part.length == 0) {
      return 0;
    }
    int found = 0;
    for (long x : part) {
      if (Arrays.binarySearch(whole, x) >= 0) {
        found++;
      }
    }
    return found / (double) part.length;
  }

  /**
   * Joins each unit left unpaired to the link beside it when the link's one unit on the other side
   * is more alike the link's units with it than without: a sentence cut in two, three or more (a
   * translation's shorter sentences, a long sentence broken up in revision) is one split or merge,
   * however many its parts.
   */
  private List<Link> attach(List<Link> links, Candidates c) {
    boolean anyUnpaired = false;
    for (int k = 0; k < links.size() && !anyUnpaired; k++) {
      anyUnpaired = isUnpaired(links.get(k));
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
      if (!isUnpaired(u)) {
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

  /** At most this many unpaired units in a row join a link at once. */
  static final int ATTACH_RUN = 3;

  /**
   * Link {@code l} with the unpaired unit {@code u} joined, and perhaps the unpaired units beyond
   * it (two short parts may each lower a link's score alone and raise it together), if {@code l}
   * has one unit on the other side, {@code u} lies next to its units on its own side, each unit
   * joined holds enough of the other unit's words, and the link becomes more alike; else null.
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
        units.size() < ATTACH_RUN
            && unpaired.containsKey(next)
            && contained(c.rare(!insert, next), whole) >= ATTACH_CONTAINED;
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
                ? Link.of(Link.Type.SPLIT, one, range(start, count), score)
                : Link.of(Link.Type.MERGE, range(start, count), one, score),
            List.copyOf(units));
      }
    }
    return null;
  }

  /** The lowest threshold a low-overlap alignment may use. */
  static final double LOW_OVERLAP_FLOOR = 0.03;

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
      Row row = c.row(i);
      for (int k = 0; k < row.size(); k++) {
        all[n++] = row.score(k);
      }
    }
    Arrays.sort(all);
    return all.length == 0 ? 0 : all[all.length / 2];
  }

  private List<Link> align(
      Candidates candidates, List<WordSequence> left, List<WordSequence> right, double threshold) {
    int[][] anchors = anchors(candidates, left.size());
    List<Link> links = new ArrayList<>();
    int fromLeft = 0;
    int fromRight = 0;
    for (int[] anchor : anchors) {
      links.addAll(band(candidates, fromLeft, anchor[0], fromRight, anchor[1], threshold));
      links.add(
          Link.of(
              Link.Type.MATCH,
              List.of(anchor[0]),
              List.of(anchor[1]),
              candidates.get(anchor[0], anchor[1])));
      fromLeft = anchor[0] + 1;
      fromRight = anchor[1] + 1;
    }
    links.addAll(band(candidates, fromLeft, left.size(), fromRight, right.size(), threshold));
    return findMoves(links, candidates);
  }

  /** A gap of at most this many units a side may be linked by order ({@link #fillGaps}). */
  static final int GAP_MAX_UNITS = 3;

  /**
   * ... when the shorter unit of each pair has at least this share of the longer one's words ...
   */
  static final double GAP_LENGTH_RATIO = 0.8;

  /** ... and the pair keeps at least this share of its words in the same order (LCS ratio). */
  static final double GAP_ORDER_SHARE = 0.3;

  /**
   * Links in order the units of a short gap that the alignment left as deletions and insertions
   * between two links or between a link and an end of the texts, when both sides of the gap hold as
   * many units and each pair has about the same length and keeps a good share of its words in
   * order, however reworded: in a version of the same text, position and length carry what changed
   * wording no longer does (Gale and Church's insight). A paragraph replaced by a different one of
   * the same length keeps few of its words in order (function words only) and stays a deletion and
   * an insertion. A gap with one unit on one side and several on the other is linked to the run of
   * its parts ({@link #partsOfOne}).
   */
  private List<Link> fillGaps(List<Link> links, Candidates c) {
    List<Link> out = new ArrayList<>(links.size());
    int k = 0;
    while (k < links.size()) {
      if (!isUnpaired(links.get(k))) {
        out.add(links.get(k));
        k++;
        continue;
      }
      int end = k;
      List<Integer> deleted = new ArrayList<>();
      List<Integer> inserted = new ArrayList<>();
      while (end < links.size() && isUnpaired(links.get(end))) {
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
              && deleted.size() <= GAP_MAX_UNITS;
      for (int t = 0; fill && t < deleted.size(); t++) {
        WordSequence x = c.left.get(deleted.get(t));
        WordSequence y = c.right.get(inserted.get(t));
        fill =
            lengthsAgree(x, y)
                && LcsRatioSimilarity.instance().similarity(x, y) >= GAP_ORDER_SHARE
                && (strictThreshold() == 0
                    || c.score(deleted.get(t), inserted.get(t)) >= strictThreshold());
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
   * {@link #GAP_LENGTH_RATIO} of the longer's words, or their lengths in letters differ by no more
   * than chance allows a translation of a short sentence (Gale and Church's model: the difference
   * over the square root of the length times {@link #LENGTH_VARIANCE}, at most {@link
   * #GAP_LENGTH_DEVIATIONS}); "I will love thee, O LORD, my strength" and "I love you, Yahweh, my
   * strength" differ by two words of eight.
   */
  static boolean lengthsAgree(WordSequence x, WordSequence y) {
    if (Math.min(x.size(), y.size()) >= GAP_LENGTH_RATIO * Math.max(x.size(), y.size())) {
      return true;
    }
    double lx = letters(x);
    double ly = letters(y);
    return Math.abs(lx - ly) <= GAP_LENGTH_DEVIATIONS * Math.sqrt((lx + ly) / 2 * LENGTH_VARIANCE);
  }

  /** ... or differ by at most this many of Gale and Church's deviations. */
  static final double GAP_LENGTH_DEVIATIONS = 2.0;

  /**
   * The variance of a translated length per letter of the original, as Gale and Church measured it
   * on the Canadian Hansard (1993).
   */
  static final double LENGTH_VARIANCE = 6.8;

  private static int letters(WordSequence words) {
    int n = 0;
    for (int k = 0; k < words.size(); k++) {
      n += words.end(k) - words.start(k);
    }
    return n;
  }

  /**
   * The parts of a unit found in a gap ({@link #partsOfOne}) need only be this alike with it as a
   * whole: each part already holds half its rarer words in the unit, and the gap's place holds
   * them.
   */
  static final double PARTS_OF_ONE_THRESHOLD = 0.1;

  /**
   * In a gap with one unit on one side and several on the other, the one unit's parts: the longest
   * run of the other side's units each holding enough of its rarer words ({@link
   * #ATTACH_CONTAINED}), linked to it when the run as a whole is at least {@link
   * #PARTS_OF_ONE_THRESHOLD} alike with it. A long sentence a translation or a revision cut into
   * many short ones, each too reworded to pass as a part of a split on its own; else null.
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
      boolean part = contained(c.rare(!split, many.get(t)), whole) >= ATTACH_CONTAINED;
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
    if (score < Math.max(PARTS_OF_ONE_THRESHOLD, strictThreshold())) {
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

  /**
   * The threshold a user set above the default, which every link in place must then reach, however
   * its place and length speak for it; 0 at the default threshold or a looser one.
   */
  private double strictThreshold() {
    return matchThreshold > DEFAULT_MATCH_THRESHOLD ? matchThreshold : 0;
  }

  private static boolean isUnpaired(Link l) {
    return l.type() == Link.Type.DELETE || l.type() == Link.Type.INSERT;
  }

  // ------------------------------------------------------------------ candidates

  /**
   * One left unit's candidates: right units and their scores, in the order every pass goes through
   * them (ascending when every pair is a candidate; else the order the search has always given,
   * that of a hash map filled in the order the candidates were found), which decides ties.
   */
  static final class Row {
    private final int[] units;
    private final double[] scores;

    private Row(int[] units, double[] scores) {
      this.units = units;
      this.scores = scores;
    }

    /** The number of candidates. */
    int size() {
      return units.length;
    }

    /** The right unit of candidate {@code k}. */
    int unit(int k) {
      return units[k];
    }

    /** The score of candidate {@code k}. */
    double score(int k) {
      return scores[k];
    }
  }

  /** The similarities of candidate pairs, computed once each, and the pairs' rows. */
  final class Candidates {
    final List<WordSequence> left;
    final List<WordSequence> right;
    private final Row[] rows;

    /** Every pair's score, when every pair is a candidate; else null. */
    private final double @Nullable [][] every;

    /** Else the candidates' scores by pair ({@code i << 32 | j}). */
    private final @Nullable LongDoubleMap scored;

    /** The combined similarities of splits and merges worked out so far; made on first use. */
    private @Nullable LongDoubleMap combined;

    private final List<UnitSimilarity.Prepared> preparedLeft;
    private final List<UnitSimilarity.Prepared> preparedRight;
    private final long[][] rareLeft;
    private final long[][] rareRight;

    Candidates(List<WordSequence> left, List<WordSequence> right) {
      this(left, right, each(left, similarity::prepare), each(right, similarity::prepare));
    }

    Candidates(
        List<WordSequence> left,
        List<WordSequence> right,
        List<UnitSimilarity.Prepared> preparedLeft,
        List<UnitSimilarity.Prepared> preparedRight) {
      this(left, right, preparedLeft, preparedRight, false);
    }

    /**
     * With {@code copiesAlone}, a unit kept word for word, the only one of its words on either
     * side, has its copy as its one candidate: versions of a text, where it can only be the copy's
     * partner (a draft's many unchanged paragraphs are then not scored against every other). Not
     * for related links between delegations or for moved sentences, which look beyond the copy.
     */
    Candidates(
        List<WordSequence> left,
        List<WordSequence> right,
        List<UnitSimilarity.Prepared> preparedLeft,
        List<UnitSimilarity.Prepared> preparedRight,
        boolean copiesAlone) {
      this.left = left;
      this.right = right;
      this.rows = new Row[left.size()];
      this.preparedLeft = preparedLeft;
      this.preparedRight = preparedRight;
      this.rareLeft = new long[left.size()][];
      this.rareRight = new long[right.size()][];
      if ((long) left.size() * right.size() <= 2_500) {
        // Few pairs: every one is a candidate.
        this.every = similarity.similarities(preparedLeft, preparedRight);
        this.scored = null;
        int[] ascending = new int[right.size()];
        Arrays.setAll(ascending, j -> j);
        for (int i = 0; i < left.size(); i++) {
          rows[i] = new Row(ascending, every[i]);
        }
        return;
      }
      this.every = null;
      this.scored = new LongDoubleMap(left.size() * 8);
      RarePostings index = new RarePostings();
      // Exact copies are candidates whatever their words (a salutation, a repeated paragraph):
      // of many copies, those nearest the unit's place on the diagonal.
      Map<Long, List<Integer>> copies = new HashMap<>();
      for (int j = 0; j < right.size(); j++) {
        copies.computeIfAbsent(fingerprint(right.get(j)), k -> new ArrayList<>()).add(j);
      }
      Map<Long, Integer> leftCopies = new HashMap<>();
      if (copiesAlone) {
        for (WordSequence w : left) {
          leftCopies.merge(fingerprint(w), 1, Integer::sum);
        }
      }
      // A word in more than 64 units tells nothing about which of them is the partner.
      int common = 64;
      int[] stamp = new int[right.size()];
      double[] sharedIdf = new double[right.size()];
      int[] touched = new int[right.size()];
      int[] inRow = new int[right.size()];
      // The candidates first, all scored at once after: the measure may score many pairs for less.
      int[][] chosen = new int[left.size()][];
      for (int i = 0; i < left.size(); i++) {
        if (copiesAlone && isOnlyCopy(left.get(i), leftCopies, copies)) {
          chosen[i] = new int[] {copies.get(fingerprint(left.get(i))).get(0)};
        } else {
          WordSequence words = left.get(i);
          int touchedCount = 0;
          for (long w : rare(true, i)) {
            int list = index.list(w);
            if (list >= 0 && index.size(list) <= common) {
              double idf = index.idf(list, w);
              for (int p = index.start[list]; p < index.start[list + 1]; p++) {
                int j = index.units[p];
                if (stamp[j] != i + 1) {
                  stamp[j] = i + 1;
                  sharedIdf[j] = idf;
                  touched[touchedCount++] = j;
                } else {
                  sharedIdf[j] += idf;
                }
              }
            }
          }
          // The candidates sharing most. Ties keep the order the search has always given them,
          // that of a hash map of the units filled in the order they were first touched: another
          // order changes which units are among the candidates at the cut, and with them some
          // weak links (two of 600 real alignments, when ties went to the lower unit).
          HashOrder.reorder(touched, touchedCount);
          int take = mostShared(touched, touchedCount, sharedIdf, CANDIDATES_PER_UNIT);
          // Then its copies; the row in the order of a hash map filled so, as it has always been.
          List<Integer> copiesNear =
              nearest(
                  copies.getOrDefault(fingerprint(words), List.of()),
                  (long) i * right.size() / Math.max(1, left.size()));
          int[] units = Arrays.copyOf(touched, take + copiesNear.size());
          for (int k = 0; k < take; k++) {
            inRow[units[k]] = i + 1;
          }
          int n = take;
          for (int j : copiesNear) {
            if (inRow[j] != i + 1) {
              inRow[j] = i + 1;
              units[n++] = j;
            }
          }
          HashOrder.reorder(units, n);
          chosen[i] = n == units.length ? units : Arrays.copyOf(units, n);
        }
      }
      double[][] scores = similarity.similarities(preparedLeft, preparedRight, chosen);
      for (int i = 0; i < left.size(); i++) {
        for (int k = 0; k < chosen[i].length; k++) {
          scored.put(pair(i, chosen[i][k]), scores[i][k]);
        }
        rows[i] = new Row(chosen[i], scores[i]);
      }
    }

    /**
     * Moves the {@code most} units of {@code units[0, count)} that share most ({@code shared} by
     * unit) to the front, most first, ties in their order (as a stable sort would), and returns how
     * many were moved; what follows them in the array is not kept. Finds the cut by sorting the
     * scores, where picking the greatest of the rest once for each place cost as many passes as
     * places.
     */
    static int mostShared(int[] units, int count, double[] shared, int most) {
      int take = Math.min(most, count);
      if (take < count) {
        // The take-th greatest score: every unit above it is taken, and of those at it the first.
        double[] scores = new double[count];
        for (int t = 0; t < count; t++) {
          scores[t] = shared[units[t]];
        }
        Arrays.sort(scores);
        double cut = scores[count - take];
        int above = 0;
        for (int t = 0; t < count; t++) {
          above += shared[units[t]] > cut ? 1 : 0;
        }
        int atCut = take - above;
        int kept = 0;
        for (int t = 0; t < count; t++) {
          double score = shared[units[t]];
          if (score > cut || (score == cut && atCut-- > 0)) {
            units[kept++] = units[t];
          }
        }
      }
      // Those taken, most first, by insertion (stable: a unit passes only those sharing less).
      for (int t = 1; t < take; t++) {
        int unit = units[t];
        double score = shared[unit];
        int at = t;
        while (at > 0 && shared[units[at - 1]] < score) {
          units[at] = units[at - 1];
          at--;
        }
        units[at] = unit;
      }
      return take;
    }

    /** Left unit {@code i}'s candidates. */
    Row row(int i) {
      return rows[i];
    }

    private static long pair(int i, int j) {
      return ((long) i << 32) | j;
    }

    /**
     * The right units by their rarer words: for each word a list of the units that hold it,
     * ascending, the lists one after another in one array.
     */
    private final class RarePostings {
      /** Per word, its list's number plus one. */
      private final LongIntMap lists = new LongIntMap(1024);

      /** Where each list begins in {@link #units}, and where the last ends. */
      final int[] start;

      final int[] units;

      /** Per list, its word's inverse document frequency (at least 1); 0 until first asked for. */
      private final double[] idfs;

      RarePostings() {
        int[] count = new int[64];
        int postings = 0;
        for (int j = 0; j < right.size(); j++) {
          for (long w : rare(false, j)) {
            int list = lists.get(w) - 1;
            if (list < 0) {
              list = lists.size();
              lists.put(w, list + 1);
              if (list == count.length) {
                count = Arrays.copyOf(count, 2 * list);
              }
            }
            count[list]++;
            postings++;
          }
        }
        start = new int[lists.size() + 1];
        idfs = new double[lists.size()];
        for (int list = 0; list < lists.size(); list++) {
          start[list + 1] = start[list] + count[list];
        }
        units = new int[postings];
        int[] filled = Arrays.copyOf(start, lists.size());
        for (int j = 0; j < right.size(); j++) {
          for (long w : rare(false, j)) { // a unit's rarer words are distinct
            units[filled[lists.get(w) - 1]++] = j;
          }
        }
      }

      /** The number of {@code word}'s list, or -1 if no right unit holds it. */
      int list(long word) {
        return lists.get(word) - 1;
      }

      /** The number of units in list {@code list}. */
      int size(int list) {
        return start[list + 1] - start[list];
      }

      /** The inverse document frequency of {@code word}, whose list is {@code list}. */
      double idf(int list, long word) {
        if (idfs[list] == 0) {
          idfs[list] = statistics.inverseDocumentFrequencyOf(word);
        }
        return idfs[list];
      }
    }

    /** The distinct rarer words of unit {@code unit} of the left or the right side, sorted. */
    long[] rare(boolean onLeft, int unit) {
      long[][] cache = onLeft ? rareLeft : rareRight;
      if (cache[unit] == null) {
        cache[unit] = (onLeft ? left : right).get(unit).computeIfAbsent(rareKey, distinctRare);
      }
      return cache[unit];
    }

    /**
     * Whether {@code unit}'s words are found in it alone on the left and in one unit on the right.
     */
    private static boolean isOnlyCopy(
        WordSequence unit, Map<Long, Integer> leftCopies, Map<Long, List<Integer>> copies) {
      Long words = fingerprint(unit);
      return !unit.isEmpty()
          && leftCopies.get(words) == 1
          && copies.getOrDefault(words, List.of()).size() == 1;
    }

    private int[] bestRight;
    private int[] bestLeft;

    /** The right unit most alike left unit {@code i}, or -1. */
    int bestRightOf(int i) {
      findBest();
      return bestRight[i];
    }

    /** The left unit most alike right unit {@code j}, or -1. */
    int bestLeftOf(int j) {
      findBest();
      return bestLeft[j];
    }

    private void findBest() {
      if (bestRight != null) {
        return;
      }
      bestRight = new int[left.size()];
      bestLeft = new int[right.size()];
      double[] leftScore = new double[left.size()];
      double[] rightScore = new double[right.size()];
      Arrays.fill(bestRight, -1);
      Arrays.fill(bestLeft, -1);
      for (int i = 0; i < rows.length; i++) {
        Row row = rows[i];
        for (int k = 0; k < row.size(); k++) {
          int j = row.unit(k);
          double s = row.score(k);
          if (s > leftScore[i]) {
            leftScore[i] = s;
            bestRight[i] = j;
          }
          if (s > rightScore[j]) {
            rightScore[j] = s;
            bestLeft[j] = i;
          }
        }
      }
    }

    /**
     * Up to {@link #CANDIDATES_PER_UNIT} of the ascending {@code positions} nearest {@code place}.
     */
    private static List<Integer> nearest(List<Integer> positions, long place) {
      if (positions.size() <= CANDIDATES_PER_UNIT) {
        return positions;
      }
      int at = Collections.binarySearch(positions, (int) place);
      int center = at >= 0 ? at : -at - 1;
      int from =
          Math.max(
              0,
              Math.min(center - CANDIDATES_PER_UNIT / 2, positions.size() - CANDIDATES_PER_UNIT));
      return positions.subList(from, from + CANDIDATES_PER_UNIT);
    }

    /** The score of candidate pair {@code i, j}, or 0 if it is none. */
    double get(int i, int j) {
      if (every != null) {
        return every[i][j];
      }
      return scored.get(pair(i, j), 0.0);
    }

    /** The similarity of left {@code i} and right {@code j}, a candidate or not. */
    double score(int i, int j) {
      return has(i, j)
          ? get(i, j)
          : similarity.similarity(preparedLeft.get(i), preparedRight.get(j));
    }

    boolean has(int i, int j) {
      return every != null || scored.containsKey(pair(i, j));
    }

    /**
     * The similarity of left units {@code [i, i + da)} and right units {@code [j, j + db)}, one
     * side a single unit, worked out once.
     */
    double combined(int i, int da, int j, int db) {
      if (combined == null) {
        combined = new LongDoubleMap(16);
      }
      long key = ((long) i * 1_000_003L + j) * 16 + da * 4 + db;
      double cached = combined.get(key, Double.NaN);
      if (Double.isNaN(cached)) {
        cached = da == 1 ? combinedRight(i, j, db) : combinedLeft(i, da, j);
        combined.put(key, cached);
      }
      return cached;
    }

    double combinedRight(int i, int j, int count) {
      return similarity.similarity(
          preparedLeft.get(i), similarity.concat(preparedRight.subList(j, j + count)));
    }

    double combinedLeft(int i, int count, int j) {
      return similarity.similarity(
          similarity.concat(preparedLeft.subList(i, i + count)), preparedRight.get(j));
    }
  }

  /** What a unit's rarer words are kept with its words by: they depend on the statistics. */
  private record RareWords(TermStatistics statistics) {}

  /** What a unit's fingerprint is kept with its words by. */
  private static final Object FINGERPRINT = new Object();

  /**
   * A fingerprint of a unit's match forms in order: two units with the same words have the same one
   * (and two with different words another, but for a chance of about one in 10<sup>19</sup>).
   */
  static Long fingerprint(WordSequence words) {
    return words.computeIfAbsent(
        FINGERPRINT,
        w -> {
          long h = 0x9E3779B97F4A7C15L;
          for (int k = 0; k < w.size(); k++) {
            h = (h ^ w.id(k)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
          }
          return h ^ w.size();
        });
  }

  /** The unit's words, each once; all of them for a unit too short to have rare words. */
  private long[] distinctRare(WordSequence words) {
    long[] out = new long[words.size()];
    int n = 0;
    int documents = Math.max(1, statistics.documentCount());
    for (int k = 0; k < words.size(); k++) {
      long w = words.id(k);
      if (words.size() <= 4 || statistics.documentFrequencyOf(w) < 0.7 * documents) {
        out[n++] = w;
      }
    }
    return Fingerprints.sortedDistinct(n == out.length ? out : java.util.Arrays.copyOf(out, n));
  }

  // ------------------------------------------------------------------ anchors

  /**
   * Returns unique near-identical pairs, each the other's best by a clear margin, reduced to the
   * longest chain in order on both sides.
   */
  private int[][] anchors(Candidates c, int n) {
    int m = c.right.size();
    int[] bestForRight = new int[m]; // right -> its best left, or -1
    int[] nearTies = new int[m]; // ... and how many others come within 0.1 of it
    double[] bestRightScore = new double[m];
    Arrays.fill(bestForRight, -1);
    List<int[]> pairs = new ArrayList<>();
    int[] bestLeftTo = new int[n];
    Arrays.fill(bestLeftTo, -1);
    for (int i = 0; i < n; i++) {
      double best = -1;
      double second = -1;
      int bestJ = -1;
      Row row = c.row(i);
      for (int k = 0; k < row.size(); k++) {
        int j = row.unit(k);
        double s = row.score(k);
        if (s > best) {
          second = best;
          best = s;
          bestJ = j;
        } else if (s > second) {
          second = s;
        }
        if (bestForRight[j] < 0 || s > bestRightScore[j]) {
          bestRightScore[j] = s;
          bestForRight[j] = i;
          nearTies[j] = 0;
        } else if (s > bestRightScore[j] - 0.1) {
          nearTies[j]++;
        }
      }
      if (best >= ANCHOR_THRESHOLD && second < best - 0.1) {
        bestLeftTo[i] = bestJ;
      }
    }
    for (int i = 0; i < n; i++) {
      int j = bestLeftTo[i];
      if (j >= 0) {
        if (bestForRight[j] == i && nearTies[j] == 0) {
          pairs.add(new int[] {i, j});
        }
      }
    }
    return longestIncreasingChain(pairs);
  }

  /** Pairs come sorted by left index; keeps the longest chain increasing on the right too. */
  static int[][] longestIncreasingChain(List<int[]> pairs) {
    int n = pairs.size();
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int k = 0; k < n; k++) {
      int j = pairs.get(k)[1];
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tails[mid])[1] < j) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      previous[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      if (lo == length) {
        length++;
      }
    }
    int[][] chain = new int[length][];
    int k = length > 0 ? tails[length - 1] : -1;
    for (int pos = length - 1; pos >= 0; pos--) {
      chain[pos] = pairs.get(k);
      k = previous[k];
    }
    return chain;
  }

  // ------------------------------------------------------------------ dynamic programming

  private static final int[][] STEPS = {{1, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}, {1, 0}, {0, 1}};

  /** Aligns left units {@code [i0, i1)} with right units {@code [j0, j1)}. */
  private List<Link> band(Candidates c, int i0, int i1, int j0, int j1, double threshold) {
    int p = i1 - i0;
    int q = j1 - j0;
    List<Link> links = new ArrayList<>();
    if (p == 0 || q == 0) {
      for (int i = i0; i < i1; i++) {
        links.add(Link.unpaired(Link.Type.DELETE, List.of(i), List.of()));
      }
      for (int j = j0; j < j1; j++) {
        links.add(Link.unpaired(Link.Type.INSERT, List.of(), List.of(j)));
      }
      return links;
    }
    // Each row keeps the cells within w of the diagonal: every cell for bands of ordinary size,
    // a strip around it for very large ones (where no anchor splits a long text), so that the
    // work stays bounded.
    int w =
        (long) (p + 1) * (q + 1) <= MAX_BAND_CELLS
            ? q
            : (int) Math.max(Math.abs(p - q) + 3, MAX_BAND_CELLS / (p + 1) / 2);
    int[] lo = new int[p + 1];
    double[][] best = new double[p + 1][];
    byte[][] step = new byte[p + 1][];
    for (int a = 0; a <= p; a++) {
      int center = (int) Math.round((double) a * q / p);
      lo[a] = Math.max(0, center - w);
      int hi = Math.min(q, center + w);
      best[a] = new double[hi - lo[a] + 1];
      step[a] = new byte[hi - lo[a] + 1];
      Arrays.fill(best[a], Double.NEGATIVE_INFINITY);
    }
    best[0][0] = 0;
    for (int a = 0; a <= p; a++) {
      for (int b = lo[a]; b < lo[a] + best[a].length; b++) {
        if (a == 0 && b == 0) {
          continue;
        }
        for (byte s = 0; s < STEPS.length; s++) {
          int da = STEPS[s][0];
          int db = STEPS[s][1];
          if (a < da || b < db) {
            continue;
          }
          double before = cell(best, lo, a - da, b - db);
          if (before == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double gain = gain(c, i0 + a - da, da, j0 + b - db, db, threshold);
          if (gain == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double total = before + gain;
          if (total > best[a][b - lo[a]] + 1e-12) {
            best[a][b - lo[a]] = total;
            step[a][b - lo[a]] = s;
          }
        }
      }
    }
    List<Link> reversed = new ArrayList<>();
    int a = p;
    int b = q;
    while (a > 0 || b > 0) {
      int da = STEPS[step[a][b - lo[a]]][0];
      int db = STEPS[step[a][b - lo[a]]][1];
      int i = i0 + a - da;
      int j = j0 + b - db;
      reversed.add(link(c, i, da, j, db));
      a -= da;
      b -= db;
    }
    Collections.reverse(reversed);
    return reversed;
  }

  private static double cell(double[][] best, int[] lo, int a, int b) {
    int k = b - lo[a];
    return k < 0 || k >= best[a].length ? Double.NEGATIVE_INFINITY : best[a][k];
  }

  /** The gain of a step; negative infinity where the step is not allowed. */
  private double gain(Candidates c, int i, int da, int j, int db, double threshold) {
    if (da == 0 || db == 0) {
      return 0;
    }
    if (da == 1 && db == 1) {
      if (!c.has(i, j)) {
        return Double.NEGATIVE_INFINITY;
      }
      double s = c.get(i, j);
      // Below the usual threshold a pair must be one side's best partner to link.
      if (s < matchThreshold && c.bestRightOf(i) != j && c.bestLeftOf(j) != i) {
        return Double.NEGATIVE_INFINITY;
      }
      return s - threshold;
    }
    // A split or merge: every part must be alike on its own, and the whole must beat its best part.
    double bestPart = 0;
    for (int k = 0; k < Math.max(da, db); k++) {
      double part = da == 1 ? c.get(i, j + k) : c.get(i + k, j);
      if (part < PART_THRESHOLD) {
        return Double.NEGATIVE_INFINITY;
      }
      bestPart = Math.max(bestPart, part);
    }
    double whole = c.combined(i, da, j, db);
    if (whole <= bestPart || whole < SPLIT_THRESHOLD) {
      return Double.NEGATIVE_INFINITY;
    }
    return (whole - matchThreshold) * (da + db) / 2.0;
  }

  private Link link(Candidates c, int i, int da, int j, int db) {
    if (db == 0) {
      return Link.unpaired(Link.Type.DELETE, List.of(i), List.of());
    }
    if (da == 0) {
      return Link.unpaired(Link.Type.INSERT, List.of(), List.of(j));
    }
    List<Integer> lefts = range(i, da);
    List<Integer> rights = range(j, db);
    if (da == 1 && db == 1) {
      return Link.of(Link.Type.MATCH, lefts, rights, c.get(i, j));
    }
    return Link.of(
        da == 1 ? Link.Type.SPLIT : Link.Type.MERGE, lefts, rights, c.combined(i, da, j, db));
  }

  /** Units {@code from} to {@code from + count - 1}, as an unmodifiable list (a link keeps it). */
  private static List<Integer> range(int from, int count) {
    Integer[] r = new Integer[count];
    for (int k = 0; k < count; k++) {
      r[k] = from + k;
    }
    return List.of(r);
  }

  // ------------------------------------------------------------------ moves

  /** Pairs unpaired units that are strongly alike as moves, best pairs first. */
  private List<Link> findMoves(List<Link> links, Candidates c) {
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
      Row row = c.row(i);
      for (int k = 0; k < row.size(); k++) {
        int j = row.unit(k);
        double score = row.score(k);
        if (inserted.containsKey(j)
            && (score >= MOVE_THRESHOLD
                || (score >= MOVE_WITH_PHRASE_THRESHOLD
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
   * recognition has not moved. Only as a match may it take in the parts beside it ({@link #attach})
   * or close a gap ({@link #fillGaps}). It must then pass the match threshold or, at the default
   * threshold or a looser one, the bar a move sharing a phrase passes ({@link
   * #MOVE_WITH_PHRASE_THRESHOLD}); otherwise (a stricter threshold a user set) it is a deletion and
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
          score >= matchThreshold
              || (strictThreshold() == 0
                  && score >= MOVE_WITH_PHRASE_THRESHOLD
                  && !evidence.find(c.left.get(i), c.right.get(j)).isEmpty());
      out.remove(m);
      // Its place: after every link before it on both sides, unpaired ones by their side's order.
      int at = 0;
      for (int k = 0; k < out.size(); k++) {
        Link l = out.get(k);
        boolean before =
            l.left().isEmpty()
                ? l.right().get(0) < j
                : l.left().get(l.left().size() - 1) < i
                    && (l.right().isEmpty() || l.right().get(l.right().size() - 1) < j);
        if (before) {
          at = k + 1;
        }
      }
      if (match) {
        Link placed = Link.of(Link.Type.MATCH, m.left(), m.right(), score);
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
    return out;
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
  private static boolean crossesAny(Link m, List<Link> links) {
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
