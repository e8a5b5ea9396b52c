package dev.parley.align;

import static java.util.Objects.requireNonNull;

import dev.parley.similarity.SentenceEncoder;
import dev.parley.similarity.UnitSimilarity;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The stage of the sentence alignment inside a link (and of the paragraph alignment, between
 * paragraphs of one sentence) that joins a reworded part to its whole, where a meaning model is
 * used: one long sentence rendered as two or three shorter ones in other words (a translation's
 * sentences, a long sentence broken up in revision), which {@link Parts} leaves apart when the
 * parts share too few words with it. A sentence left without a partner joins the link beside it
 * whose other side is one sentence when
 *
 * <ul>
 *   <li>it brings the link's lengths closer: the link's sentences with it are closer in length to
 *       the one sentence, by {@link #CLOSER} at least (as a ratio), and no longer than {@link
 *       #OVERSHOOT} times it (a part does not outgrow its whole; a new sentence written beside a
 *       revised one of about the same length would);
 *   <li>and the link is closer in meaning with it than without, at a cosine of {@link
 *       RewordedSentences#CLOSE} or more.
 * </ul>
 *
 * The link becomes a split or a merge whose evidence says so ({@link
 * LinkEvidence.Rule#SAME_MEANING}, the meaning signal the cosine of the one sentence and the others
 * joined); between paragraphs the aligner gives it a paragraph link's evidence, as it gives every
 * paragraph link, and none is made here.
 */
final class RewordedParts {

  /**
   * How much closer in length, as the logarithm of the length ratio, the link must come with the
   * part joined: about 10 %.
   */
  static final double CLOSER = 0.1;

  /**
   * How much longer than the one sentence its parts may grow together. At no bound, revised essays
   * (ArgRewrite) took new sentences written beside a revised one: sentence links 0.957 → 0.953.
   */
  static final double OVERSHOOT = 1.1;

  private RewordedParts() {}

  /**
   * {@code links}, the sentence links of {@code left} and {@code right} in order, with the
   * sentences left alone that are reworded parts of the sentence across a link beside them joined
   * to it.
   */
  static List<Link> attach(
      List<Link> links,
      List<Sentence> left,
      List<Sentence> right,
      SentenceEncoder encoder,
      UnitSimilarity similarity) {
    return attachUnits(links, left, right, encoder, similarity, true);
  }

  /**
   * {@code links}, the paragraph links of {@code left} and {@code right} in order, with the
   * paragraphs of one sentence left alone that are reworded parts of a one-sentence paragraph
   * across a link beside them joined to it: a text given a sentence a line, as translations and
   * paraphrases often are. Paragraphs of several sentences take no part: beside a revised paragraph
   * of a speech, a new one is new.
   */
  static List<Link> attachOneSentenceParagraphs(
      List<Link> links,
      Statement left,
      Statement right,
      SentenceEncoder encoder,
      UnitSimilarity similarity) {
    // The aligner gives every paragraph link its evidence; none is made here.
    return attachUnits(links, lone(left), lone(right), encoder, similarity, false);
  }

  /** Each paragraph's one sentence, or null where it has several. */
  private static List<@Nullable Sentence> lone(Statement s) {
    List<@Nullable Sentence> out = new ArrayList<>(s.paragraphs().size());
    for (Paragraph p : s.paragraphs()) {
      out.add(p.sentences().size() == 1 ? p.sentences().get(0) : null);
    }
    return out;
  }

  /**
   * {@link #attach}, where a null unit takes no part; the grown links carry their evidence where
   * {@code withEvidence}.
   */
  private static List<Link> attachUnits(
      List<Link> links,
      List<@Nullable Sentence> left,
      List<@Nullable Sentence> right,
      SentenceEncoder encoder,
      UnitSimilarity similarity,
      boolean withEvidence) {
    List<Link> out = new ArrayList<>(links);
    Map<String, float[]> joined = new HashMap<>();
    WordsSignal words = null;
    int k = 0;
    while (k < out.size()) {
      Link u = out.get(k);
      Grown best = u.isUnpaired() ? best(u, out, left, right, encoder, joined) : null;
      if (best == null) {
        k++;
        continue;
      }
      if (words == null && withEvidence) {
        words = RewordedSentences.wordsSignal(present(left), present(right));
      }
      out.set(best.at(), best.link(similarity, words, left, right));
      out.remove(k);
      k = Math.max(0, k - 3); // the grown link may take in another part before it
    }
    return out;
  }

  /**
   * The link beside the lone sentence of {@code u} that it is a reworded part of: the one whose
   * meaning it brings closer the most; null where none qualifies.
   */
  private static @Nullable Grown best(
      Link u,
      List<Link> links,
      List<@Nullable Sentence> left,
      List<@Nullable Sentence> right,
      SentenceEncoder encoder,
      Map<String, float[]> joined) {
    boolean insert = u.left().isEmpty();
    int unit = insert ? u.right().get(0) : u.left().get(0);
    List<@Nullable Sentence> manySide = insert ? right : left;
    List<@Nullable Sentence> oneSide = insert ? left : right;
    if (manySide.get(unit) == null) {
      return null;
    }
    Grown best = null;
    double bestGain = 0;
    for (int n = 0; n < links.size(); n++) {
      Link l = links.get(n);
      if (l.type() != Link.Type.MATCH && l.type() != (insert ? Link.Type.SPLIT : Link.Type.MERGE)) {
        continue;
      }
      List<Integer> one = insert ? l.left() : l.right();
      List<Integer> many = insert ? l.right() : l.left();
      boolean before = unit == many.get(0) - 1;
      if (one.size() != 1
          || (!before && unit != many.get(many.size() - 1) + 1)
          || oneSide.get(one.get(0)) == null
          || many.stream().anyMatch(k -> manySide.get(k) == null)) {
        continue;
      }
      int start = before ? unit : many.get(0);
      Sentence whole = requireNonNull(oneSide.get(one.get(0)));
      String was = text(manySide, many.get(0), many.size());
      String grown = text(manySide, start, many.size() + 1);
      double length = whole.text().length();
      double ratio = Math.abs(Math.log(grown.length() / length));
      if (grown.length() > OVERSHOOT * length
          || ratio + CLOSER >= Math.abs(Math.log(was.length() / length))) {
        continue;
      }
      float[] v = RewordedSentences.vector(whole, encoder);
      // One sentence's meaning is kept with its words; several joined are encoded here, once.
      float[] without =
          many.size() == 1
              ? RewordedSentences.vector(requireNonNull(manySide.get(many.get(0))), encoder)
              : vector(was, encoder, joined);
      double cosine = SentenceEncoder.cosine(v, vector(grown, encoder, joined));
      double gain = cosine - SentenceEncoder.cosine(v, without);
      if (gain > bestGain && cosine >= RewordedSentences.CLOSE) {
        bestGain = gain;
        best = new Grown(n, insert, one.get(0), start, many.size() + 1, cosine);
      }
    }
    return best;
  }

  /**
   * A link grown by a part: at {@code at} in the links, its one sentence {@code one} on the left
   * ({@code insert}) or the right, its parts {@code count} sentences from {@code start}.
   */
  private record Grown(int at, boolean insert, int one, int start, int count, double cosine) {

    /** The grown link, with its evidence where {@code words} weighs it. */
    Link link(
        UnitSimilarity similarity,
        @Nullable WordsSignal words,
        List<@Nullable Sentence> left,
        List<@Nullable Sentence> right) {
      List<Integer> parts = Link.range(start, count);
      WordSequence whole = (insert ? left : right).get(one).words();
      WordSequence joined =
          WordSequence.concat(UnitAligner.each(parts, k -> (insert ? right : left).get(k).words()));
      WordSequence l = insert ? whole : joined;
      WordSequence r = insert ? joined : whole;
      Link grown =
          insert
              ? Link.of(Link.Type.SPLIT, List.of(one), parts, similarity.similarity(l, r))
              : Link.of(Link.Type.MERGE, parts, List.of(one), similarity.similarity(l, r));
      return words == null
          ? grown
          : grown.withEvidence(RewordedSentences.sameMeaning(words.between(l, r), cosine));
    }
  }

  /** The text of sentences {@code start} to {@code start + count - 1} of {@code s}, joined. */
  private static String text(List<@Nullable Sentence> s, int start, int count) {
    StringBuilder b = new StringBuilder();
    for (int k = start; k < start + count; k++) {
      b.append(b.length() > 0 ? " " : "").append(requireNonNull(s.get(k)).text());
    }
    return b.toString();
  }

  /** The sentences of {@code s} that are there. */
  private static List<Sentence> present(List<@Nullable Sentence> s) {
    List<Sentence> out = new ArrayList<>(s.size());
    for (Sentence x : s) {
      if (x != null) {
        out.add(x);
      }
    }
    return out;
  }

  /** The meaning of {@code text}, a link's side, encoded once in this alignment. */
  private static float[] vector(String text, SentenceEncoder encoder, Map<String, float[]> joined) {
    return joined.computeIfAbsent(text, encoder::encode);
  }
}
