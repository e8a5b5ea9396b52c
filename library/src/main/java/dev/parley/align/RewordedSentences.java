package dev.parley.align;

import dev.parley.similarity.SentenceEncoder;
import dev.parley.similarity.UnitSimilarity;
import dev.parley.text.Sentence;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The stage of the sentence alignment inside a link that pairs sentences reworded beyond their
 * words, where a meaning model is used: after the sentences are aligned on their words, a sentence
 * left without a partner on one side is linked to one left without a partner on the other where
 * both lie in the same gap between the link's other sentence links (moves aside), each is the
 * other's closest in meaning among the gap's lone sentences, and their cosine reaches {@link
 * #CLOSE}. The link says so in its evidence ({@link LinkEvidence.Rule#SAME_MEANING}, the meaning
 * signal the two sentences' cosine, the words signal weighed over the link's sentences). Only the
 * sentences of gaps with lone sentences on both sides are encoded, each once, its vector kept with
 * its words.
 */
final class RewordedSentences {

  /**
   * The cosine two sentences must reach. At 0.5, two Bible translations (each passage a paragraph)
   * gained twice as much (0.824 → 0.843 against 0.834), but on revised essays half the pairs added
   * were pairs the annotators left apart (sentence links 0.957 → 0.955; at 0.6 the same as on words
   * alone). A pair near the bar may still join two sentences on one subject making different
   * points.
   */
  static final double CLOSE = 0.6;

  private RewordedSentences() {}

  /** What a sentence's meaning is kept with its words by: the encoder that gave it. */
  private record SentenceMeaningKey(SentenceEncoder encoder) {}

  /**
   * {@code links}, the sentence links of {@code left} and {@code right} on words, in order, with
   * the sentences that say the same in other words linked.
   */
  static List<Link> add(
      List<Link> links,
      List<Sentence> left,
      List<Sentence> right,
      SentenceEncoder encoder,
      UnitSimilarity similarity) {
    // The links kept on words, in order (moves aside), cut both sides into gaps: a sentence pair
    // keeps that order only if both lie in the same gap.
    List<int[]> kept = new ArrayList<>();
    for (Link l : links) {
      if (!l.left().isEmpty() && !l.right().isEmpty() && l.type() != Link.Type.MOVE) {
        kept.add(span(l.left(), l.right()));
      }
    }
    List<List<Integer>> gapsLeft = new ArrayList<>();
    List<List<Integer>> gapsRight = new ArrayList<>();
    for (int g = 0; g <= kept.size(); g++) {
      gapsLeft.add(new ArrayList<>());
      gapsRight.add(new ArrayList<>());
    }
    for (Link l : links) {
      if (l.right().isEmpty()) {
        int g = gap(l.left().get(0), kept, 0);
        if (g >= 0) {
          gapsLeft.get(g).add(l.left().get(0));
        }
      } else if (l.left().isEmpty()) {
        int g = gap(l.right().get(0), kept, 2);
        if (g >= 0) {
          gapsRight.get(g).add(l.right().get(0));
        }
      }
    }
    int[] partnerOf = new int[left.size()];
    boolean[] paired = new boolean[right.size()];
    double[] cosine = new double[left.size()];
    java.util.Arrays.fill(partnerOf, -1);
    boolean any = false;
    for (int g = 0; g <= kept.size(); g++) {
      List<Integer> lone = gapsLeft.get(g);
      List<Integer> loneRight = gapsRight.get(g);
      if (lone.isEmpty() || loneRight.isEmpty()) {
        continue;
      }
      float[][] a = vectors(left, lone, encoder);
      float[][] b = vectors(right, loneRight, encoder);
      for (int x = 0; x < lone.size(); x++) {
        int y = closest(a[x], b);
        double c = SentenceEncoder.cosine(a[x], b[y]);
        int i = lone.get(x);
        int j = loneRight.get(y);
        if (closest(b[y], a) == x && c >= CLOSE && !crosses(i, j, partnerOf)) {
          partnerOf[i] = j;
          paired[j] = true;
          cosine[i] = c;
          any = true;
        }
      }
    }
    if (!any) {
      return links;
    }
    WordsSignal words = null;
    List<Link> out = new ArrayList<>(links.size());
    for (Link l : links) {
      if (l.right().isEmpty() && partnerOf[l.left().get(0)] >= 0) {
        int i = l.left().get(0);
        int j = partnerOf[i];
        if (words == null) {
          words = wordsSignal(left, right);
        }
        WordSequence x = left.get(i).words();
        WordSequence y = right.get(j).words();
        out.add(
            Link.of(Link.Type.MATCH, List.of(i), List.of(j), similarity.similarity(x, y))
                .withEvidence(sameMeaning(words.between(x, y), cosine[i])));
      } else if (!(l.left().isEmpty() && paired[l.right().get(0)])) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * Why meaning linked sentences: their words signal and their cosine. Closest partners are told on
   * words among paragraphs, not here, and no terms.
   */
  static LinkEvidence sameMeaning(double words, double cosine) {
    return new LinkEvidence(
        LinkEvidence.Rule.SAME_MEANING, words, OptionalDouble.of(cosine), false, false, List.of());
  }

  /** The words signal weighed over the sentences of both sides of a link. */
  static WordsSignal wordsSignal(List<Sentence> left, List<Sentence> right) {
    List<WordSequence> all = new ArrayList<>(left.size() + right.size());
    left.forEach(s -> all.add(s.words()));
    right.forEach(s -> all.add(s.words()));
    return WordsSignal.over(all);
  }

  /**
   * The first and last unit of each side: {@code {left first, left last, right first, right last}}.
   */
  private static int[] span(List<Integer> l, List<Integer> r) {
    return new int[] {l.get(0), l.get(l.size() - 1), r.get(0), r.get(r.size() - 1)};
  }

  /**
   * The gap unit {@code u} lies in among the {@code kept} links, in order: the number of them
   * before it on its side ({@code side} 0 left, 2 right); -1 where it lies inside one of them (a
   * link of several units with a sentence of its span unpaired).
   */
  private static int gap(int u, List<int[]> kept, int side) {
    int before = 0;
    for (int[] k : kept) {
      if (k[side + 1] < u) {
        before++;
      } else if (k[side] <= u) {
        return -1;
      }
    }
    return before;
  }

  /** Whether linking {@code i} to {@code j} crosses a pair linked before it in the same gap. */
  private static boolean crosses(int i, int j, int[] partnerOf) {
    for (int k = 0; k < partnerOf.length; k++) {
      if (partnerOf[k] >= 0 && (k < i) != (partnerOf[k] < j)) {
        return true;
      }
    }
    return false;
  }

  /** The index of the vector of {@code others} closest to {@code v}. */
  private static int closest(float[] v, float[][] others) {
    int best = -1;
    double bestCos = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < others.length; k++) {
      double c = SentenceEncoder.cosine(v, others[k]);
      if (c > bestCos) {
        bestCos = c;
        best = k;
      }
    }
    return best;
  }

  /** The meaning of sentence {@code s}, encoded once and kept with its words. */
  static float[] vector(Sentence s, SentenceEncoder e) {
    return vectors(List.of(s), List.of(0), e)[0];
  }

  /**
   * The meaning of sentences {@code which} of {@code s}, each encoded once, kept with its words.
   */
  static float[][] vectors(List<Sentence> s, List<Integer> which, SentenceEncoder e) {
    return PairMeaning.encoded(
        UnitAligner.each(which, s::get),
        Sentence::words,
        Sentence::text,
        new SentenceMeaningKey(e),
        e);
  }
}
