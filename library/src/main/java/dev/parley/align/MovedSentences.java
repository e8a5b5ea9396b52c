package dev.parley.align;

import dev.parley.diff.WordDiff;
import dev.parley.similarity.LcsRatioSimilarity;
import dev.parley.similarity.SharedPhrases;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sentence layer of versions mode, across the whole text: sentences that the paragraph links
 * left without a partner (a sentence taken out of one paragraph and put into another, or into a new
 * one) are paired wherever they went, and each paragraph pair they join becomes a {@link
 * Link.Type#PARTIAL partial} link. Insertions and deletions of paragraphs that turn out to be made
 * of moved sentences give way to those links. Then every two-sided link gets the share of each side
 * its linked sentences cover.
 *
 * <p>People revise this way: "we moved the sentence on sanctions into the paragraph on the
 * Council". Paragraph links alone see the giving paragraph changed and the receiving one inserted.
 */
final class MovedSentences {

  /** A moved sentence pair needs this phrasing similarity... */
  static final double THRESHOLD = 0.4;

  /** ... or this, when the two sentences share a phrase of three content words or more. */
  static final double WITH_PHRASE_THRESHOLD = 0.3;

  /**
   * ... or this, when the two keep most of their words in the same order (a question reworded, "And
   * will the society in fact adopt them?" moved to the end of the paragraph before as "But will the
   * society in fact welcome them?")...
   */
  static final double REWORDED_THRESHOLD = 0.2;

  /** ... at least this share of them (LCS ratio) ... */
  static final double REWORDED_ORDER_SHARE = 0.7;

  /**
   * ... each sentence holding at least this many words: shorter formulas share their frame by
   * chance ("It is a matter of grave concern." and "It is a matter of responsibility.").
   */
  static final int REWORDED_MIN_WORDS = 8;

  /**
   * Sentences of fewer words say too little to be followed across the text by likeness; they are
   * followed only where they stand word for word, once on each side.
   */
  static final int MIN_WORDS = 4;

  private final UnitAligner aligner;
  private final SharedPhrases evidence;

  MovedSentences(UnitAligner aligner, SharedPhrases evidence) {
    this.aligner = aligner;
    this.evidence = evidence;
  }

  /** One sentence of a statement: its paragraph, its place there, its words. */
  private record Unit(int paragraph, int sentence, Sentence text, WordSequence words) {}

  /**
   * Returns {@code links} (paragraph links with their sentence links inside) with {@code partials}
   * (partial links made already, with theirs) and partial links for sentences that moved between
   * paragraphs added, and with every two-sided link's share.
   */
  List<Link> add(List<Link> links, List<Link> partials, Statement left, Statement right) {
    int[] leftOwner = owners(links, left, true);
    int[] rightOwner = owners(links, right, false);
    List<Link> linksAndPartials = new ArrayList<>(links);
    linksAndPartials.addAll(partials);
    boolean[][] leftLinked = linked(linksAndPartials, left, true);
    boolean[][] rightLinked = linked(linksAndPartials, right, false);
    List<Unit> a = leftovers(left, leftLinked);
    List<Unit> b = leftovers(right, rightLinked);
    // Paragraph pair (left << 32 | right) -> sentence pairs {index in a, index in b, score}.
    Map<Long, List<double[]>> moved = new TreeMap<>();
    // A short sentence says too little to be judged by likeness; it is followed only where it
    // stands word for word, once on each side ("I cannot disagree.").
    Map<List<String>, int[]> shortOnes = new HashMap<>(); // words -> {left index, right index}
    for (int side = 0; side < 2; side++) {
      List<Unit> units = side == 0 ? a : b;
      for (int k = 0; k < units.size(); k++) {
        if (units.get(k).words().size() < MIN_WORDS) {
          int[] at =
              shortOnes.computeIfAbsent(units.get(k).words().words(), w -> new int[] {-1, -1});
          at[side] = at[side] == -1 ? k : -2; // -2: more than once
        }
      }
    }
    for (int[] at : shortOnes.values()) {
      if (at[0] >= 0
          && at[1] >= 0
          && leftOwner[a.get(at[0]).paragraph()] != rightOwner[b.get(at[1]).paragraph()]) {
        long key = ((long) a.get(at[0]).paragraph() << 32) | b.get(at[1]).paragraph();
        moved.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {at[0], at[1], 1.0});
      }
    }

    if (!a.isEmpty() && !b.isEmpty()) {
      // Sentences are weighed against the paragraphs of both statements: the delegation's name,
      // in many of them, is no evidence that one sentence moved into another.
      List<WordSequence> all = new ArrayList<>();
      for (Statement s : List.of(left, right)) {
        for (Paragraph p : s.paragraphs()) {
          all.add(p.words());
        }
      }
      WordsSignal background = WordsSignal.over(all);
      Candidates c =
          aligner.candidates(
              a.stream().map(Unit::words).toList(), b.stream().map(Unit::words).toList());
      List<double[]> pairs = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        Candidates.Row row = c.row(i);
        for (int k = 0; k < row.size(); k++) {
          int j = row.unit(k);
          double score = row.score(k);
          Unit x = a.get(i);
          Unit y = b.get(j);
          if (score < REWORDED_THRESHOLD
              || x.words().size() < MIN_WORDS
              || y.words().size() < MIN_WORDS
              || leftOwner[x.paragraph()] == rightOwner[y.paragraph()]) {
            continue;
          }
          if ((score >= THRESHOLD
                  || (score >= WITH_PHRASE_THRESHOLD
                      && !evidence.find(x.words(), y.words()).isEmpty())
                  || (Math.min(x.words().size(), y.words().size()) >= REWORDED_MIN_WORDS
                      && LcsRatioSimilarity.instance().similarity(x.words(), y.words())
                          >= REWORDED_ORDER_SHARE))
              && background.between(x.words(), y.words())
                  >= LinkEvidence.Bars.VERSIONS.strongWords()) {
            pairs.add(new double[] {i, j, score});
          }
        }
      }
      pairs.sort((x, y) -> Double.compare(y[2], x[2]));
      boolean[] usedLeft = new boolean[a.size()];
      boolean[] usedRight = new boolean[b.size()];
      for (double[] pair : pairs) {
        int i = (int) pair[0];
        int j = (int) pair[1];
        if (usedLeft[i] || usedRight[j]) {
          continue;
        }
        usedLeft[i] = true;
        usedRight[j] = true;
        long key = ((long) a.get(i).paragraph() << 32) | b.get(j).paragraph();
        moved.computeIfAbsent(key, k -> new ArrayList<>()).add(pair);
      }
    }
    List<Link> out = new ArrayList<>(links.size() + moved.size() + partials.size());
    // Partial links stand after the link that holds their right paragraph, in left order.
    Map<Integer, List<Link>> partialsAfter = new HashMap<>();
    boolean[] leftInPartial = new boolean[left.paragraphs().size()];
    boolean[] rightInPartial = new boolean[right.paragraphs().size()];
    for (Map.Entry<Long, List<double[]>> e : moved.entrySet()) {
      int p = (int) (e.getKey() >> 32);
      int q = (int) (e.getKey() & 0xffffffffL);
      leftInPartial[p] = true;
      rightInPartial[q] = true;
      partialsAfter
          .computeIfAbsent(rightOwner[q], k -> new ArrayList<>())
          .add(partial(p, q, e.getValue(), a, b));
    }
    for (Link l : partials) {
      int p = l.left().get(0);
      int q = l.right().get(0);
      if (moved.containsKey(((long) p << 32) | q)) {
        continue; // sentences moved between the same two paragraphs say it already
      }
      // A paragraph deleted or inserted whose point another restates stays deleted or inserted
      // as a paragraph: the partial link says where part of it went or came from.
      partialsAfter.computeIfAbsent(rightOwner[q], k -> new ArrayList<>()).add(l);
    }
    for (List<Link> after : partialsAfter.values()) {
      after.sort((x, y) -> Integer.compare(x.left().get(0), y.left().get(0)));
    }
    for (int k = 0; k < links.size(); k++) {
      Link l = links.get(k);
      boolean gone =
          (l.type() == Link.Type.DELETE && leftInPartial[l.left().get(0)])
              || (l.type() == Link.Type.INSERT && rightInPartial[l.right().get(0)]);
      if (!gone) {
        out.add(l.left().isEmpty() || l.right().isEmpty() ? l : withShare(l, left, right));
      }
      for (Link p : partialsAfter.getOrDefault(k, List.of())) {
        out.add(withShare(p, left, right));
      }
    }
    return out;
  }

  /** The position in {@code links} of the link holding each paragraph of one side. */
  private static int[] owners(List<Link> links, Statement s, boolean leftSide) {
    int[] owner = new int[s.paragraphs().size()];
    for (int k = 0; k < links.size(); k++) {
      for (int p : leftSide ? links.get(k).left() : links.get(k).right()) {
        owner[p] = k;
      }
    }
    return owner;
  }

  /** Which sentences of one side the sentence links inside {@code links} pair with another. */
  private static boolean[][] linked(List<Link> links, Statement s, boolean leftSide) {
    boolean[][] linked = new boolean[s.paragraphs().size()][];
    for (int p = 0; p < linked.length; p++) {
      linked[p] = new boolean[s.paragraphs().get(p).sentences().size()];
    }
    for (Link l : links) {
      List<int[]> places = places(s, leftSide ? l.left() : l.right());
      for (Link sl : l.sentences()) {
        if (sl.left().isEmpty() || sl.right().isEmpty()) {
          continue;
        }
        for (int k : leftSide ? sl.left() : sl.right()) {
          int[] at = places.get(k);
          linked[at[0]][at[1]] = true;
        }
      }
    }
    return linked;
  }

  /** The {paragraph, sentence} of each sentence of {@code paragraphs}, counted in order. */
  private static List<int[]> places(Statement s, List<Integer> paragraphs) {
    List<int[]> out = new ArrayList<>();
    for (int p : paragraphs) {
      for (int k = 0; k < s.paragraphs().get(p).sentences().size(); k++) {
        out.add(new int[] {p, k});
      }
    }
    return out;
  }

  private static List<Unit> leftovers(Statement s, boolean[][] linked) {
    List<Unit> out = new ArrayList<>();
    for (int p = 0; p < linked.length; p++) {
      List<Sentence> sentences = s.paragraphs().get(p).sentences();
      for (int k = 0; k < sentences.size(); k++) {
        if (!linked[p][k]) {
          WordSequence words = sentences.get(k).words();
          if (words.size() >= 2) {
            out.add(new Unit(p, k, sentences.get(k), words));
          }
        }
      }
    }
    return out;
  }

  /**
   * A partial link between left paragraph {@code p} and right paragraph {@code q}, from its
   * sentence pairs {index in a, index in b, score}.
   */
  private Link partial(int p, int q, List<double[]> pairs, List<Unit> a, List<Unit> b) {
    List<Link> sentenceLinks = new ArrayList<>();
    StringBuilder leftText = new StringBuilder();
    List<WordSequence> leftWords = new ArrayList<>();
    pairs.sort(
        (x, y) -> Integer.compare(a.get((int) x[0]).sentence(), a.get((int) y[0]).sentence()));
    for (double[] pair : pairs) {
      Unit x = a.get((int) pair[0]);
      Unit y = b.get((int) pair[1]);
      sentenceLinks.add(
          Link.of(Link.Type.MATCH, List.of(x.sentence()), List.of(y.sentence()), pair[2]));
      append(leftText, x.text().text());
      leftWords.add(x.words());
    }
    StringBuilder rightText = new StringBuilder();
    List<WordSequence> rightWords = new ArrayList<>();
    pairs.stream()
        .map(pair -> b.get((int) pair[1]))
        .sorted((x, y) -> Integer.compare(x.sentence(), y.sentence()))
        .forEach(
            y -> {
              append(rightText, y.text().text());
              rightWords.add(y.words());
            });
    double score =
        aligner
            .similarity()
            .similarity(WordSequence.concat(leftWords), WordSequence.concat(rightWords));
    return Link.of(Link.Type.PARTIAL, List.of(p), List.of(q), score)
        .withInside(sentenceLinks, WordDiff.diff(leftText.toString(), rightText.toString()));
  }

  private static void append(StringBuilder b, String text) {
    if (b.length() > 0) {
      b.append(' ');
    }
    b.append(text);
  }

  /** The link with the share of each side's words that its linked sentences cover. */
  private static Link withShare(Link l, Statement left, Statement right) {
    List<Sentence> ls = sentences(left, l.left());
    List<Sentence> rs = sentences(right, l.right());
    boolean[] leftCovered = new boolean[ls.size()];
    boolean[] rightCovered = new boolean[rs.size()];
    for (Link sl : l.sentences()) {
      if (!sl.left().isEmpty() && !sl.right().isEmpty()) {
        sl.left().forEach(k -> leftCovered[k] = true);
        sl.right().forEach(k -> rightCovered[k] = true);
      }
    }
    return l.withShare(new Link.Share(share(ls, leftCovered), share(rs, rightCovered)));
  }

  private static double share(List<Sentence> sentences, boolean[] covered) {
    long all = 0;
    long in = 0;
    for (int k = 0; k < sentences.size(); k++) {
      int n = sentences.get(k).words().size();
      all += n;
      if (covered[k]) {
        in += n;
      }
    }
    return all == 0 ? 0 : (double) in / all;
  }

  /** The sentences of {@code paragraphs} of {@code s}, in order. */
  static List<Sentence> sentences(Statement s, List<Integer> paragraphs) {
    List<Sentence> out = new ArrayList<>();
    for (int p : paragraphs) {
      out.addAll(s.paragraphs().get(p).sentences());
    }
    return out;
  }
}
