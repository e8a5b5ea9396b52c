package dev.parley.align;

import dev.parley.similarity.CommonPhrases;
import dev.parley.similarity.SharedPhrase;
import dev.parley.similarity.SharedPhrases;
import dev.parley.similarity.UnitSimilarity;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Delegations mode: two delegations' statements on the same item, whose body paragraphs are linked
 * as {@link Link.Type#RELATED related}, in any order and any number, where one holds a sentence
 * echoed in the other (alike in phrasing and keeping most of its words, and half its content words,
 * in the same order, however many were replaced), where the two are alike as wholes, or where they
 * share a phrase of four content words or more and are somewhat alike. What many statements say
 * ({@link CommonPhrases}) is no evidence, and two courtesies (paragraphs mostly congratulating,
 * thanking or paying tribute to an office holder, or welcoming new Members) are never related to
 * each other, however alike.
 */
final class Delegations {

  private final UnitAligner units;
  private final SharedPhrases evidence;
  private final double relatedThreshold;
  private final Function<List<Paragraph>, float @Nullable [][]> meanings;
  private final TermStatistics statistics;
  private final Echoes echoes;

  Delegations(
      UnitAligner units,
      SharedPhrases evidence,
      CommonPhrases common,
      double relatedThreshold,
      Function<List<Paragraph>, float @Nullable [][]> meanings,
      TermStatistics statistics) {
    this.meanings = meanings;
    this.statistics = statistics;
    this.units = units;
    this.evidence = evidence;
    this.relatedThreshold = relatedThreshold;
    this.echoes = new Echoes(units, evidence, common);
  }

  /** The related links, and where there are none, the pairs that came closest. */
  record Result(List<Link> links, List<NearMiss> closest) {}

  /**
   * The related links between {@code left} and {@code right}, their paragraphs already prepared
   * (all of them, by paragraph index), ordered by left paragraph, then right; each with the
   * sentence of each paragraph that most says the matter they share, where one does.
   */
  Result align(
      Statement left,
      Statement right,
      List<UnitSimilarity.Prepared> preparedLeft,
      List<UnitSimilarity.Prepared> preparedRight) {
    List<Paragraph> lb = left.bodyParagraphs();
    List<Paragraph> rb = right.bodyParagraphs();
    List<WordSequence> a = UnitAligner.each(lb, WordSequence::of);
    List<WordSequence> b = UnitAligner.each(rb, WordSequence::of);
    Candidates candidates =
        units.candidates(
            a,
            b,
            lb.stream().map(p -> preparedLeft.get(p.index())).toList(),
            rb.stream().map(p -> preparedRight.get(p.index())).toList());
    PairEvidence pairs =
        PairEvidence.of(
            withoutCourtesies(lb),
            withoutCourtesies(rb),
            meanings.apply(lb),
            meanings.apply(rb),
            LinkEvidence.Bars.DELEGATIONS,
            statistics);
    Map<Long, Double> echoes = this.echoes.find(lb, rb);
    boolean[] courtesyLeft = courtesies(lb);
    boolean[] courtesyRight = courtesies(rb);
    // Each related pair and the strongest rule that relates it.
    Map<Long, LinkEvidence.Rule> related = new java.util.TreeMap<>();
    for (long key : echoes.keySet()) {
      related.put(key, LinkEvidence.Rule.ECHO);
    }
    for (int i = 0; i < a.size(); i++) {
      Candidates.Row row = candidates.row(i);
      for (int k = 0; k < row.size(); k++) {
        int j = row.unit(k);
        if (row.score(k) >= relatedThreshold
            && !this.echoes.saysOnlyCommonPhrases(
                a.get(i), b.get(j), evidence.find(a.get(i), b.get(j)))) {
          related.merge(pair(i, j), LinkEvidence.Rule.ALIKE, Delegations::stronger);
        }
      }
    }
    for (int[] p : pairs.accepted()) {
      if (!this.echoes.mostlyCommonPhrases(a.get(p[0]), b.get(p[1]))) {
        related.merge(pair(p[0], p[1]), pairs.rule(p[0], p[1]), Delegations::stronger);
      }
    }
    WordsSignal sentences = sentenceBackground(lb, rb);
    List<Link> links = new ArrayList<>();
    for (Map.Entry<Long, LinkEvidence.Rule> e : related.entrySet()) {
      int i = (int) (e.getKey() >>> 32);
      int j = (int) (long) e.getKey();
      if (courtesyLeft[i] && courtesyRight[j]) {
        continue;
      }
      links.add(
          Link.of(
                  Link.Type.RELATED,
                  List.of(lb.get(i).index()),
                  List.of(rb.get(j).index()),
                  candidates.score(i, j))
              .withSharedPhrases(evidence.find(a.get(i), b.get(j)))
              .withInside(sideBySide(lb.get(i), rb.get(j), sentences), List.of())
              .withEvidence(pairs.explain(List.of(i), List.of(j), e.getValue())));
    }
    List<NearMiss> closest =
        links.isEmpty() ? nearMisses(lb, rb, a, b, pairs, courtesyLeft, courtesyRight) : List.of();
    return new Result(links, closest);
  }

  /** A sentence pair needs this words signal to stand side by side as the matter both take up. */
  static final double SIDE_BY_SIDE_WORDS = 0.15;

  private static WordsSignal sentenceBackground(List<Paragraph> lb, List<Paragraph> rb) {
    List<WordSequence> all = new ArrayList<>();
    for (List<Paragraph> side : List.of(lb, rb)) {
      for (Paragraph p : side) {
        for (Sentence s : p.sentences()) {
          all.add(s.words());
        }
      }
    }
    return WordsSignal.over(all);
  }

  /**
   * The sentence of each paragraph that most says what the two share, as a one-sentence link
   * (sentences counted in each paragraph from 0): where both take a position on a matter, the two
   * positions side by side. None where no sentence pair shares enough ({@link
   * #SIDE_BY_SIDE_WORDS}).
   */
  private List<Link> sideBySide(Paragraph p, Paragraph q, WordsSignal background) {
    int bestX = -1;
    int bestY = -1;
    double best = SIDE_BY_SIDE_WORDS;
    for (int x = 0; x < p.sentences().size(); x++) {
      Sentence s = p.sentences().get(x);
      if (isCourtesy(s)) {
        continue;
      }
      for (int y = 0; y < q.sentences().size(); y++) {
        Sentence t = q.sentences().get(y);
        if (isCourtesy(t)) {
          continue;
        }
        double w = background.between(s.words(), t.words());
        if (w > best) {
          best = w;
          bestX = x;
          bestY = y;
        }
      }
    }
    if (bestX < 0) {
      return List.of();
    }
    double score =
        units
            .similarity()
            .similarity(p.sentences().get(bestX).words(), q.sentences().get(bestY).words());
    return List.of(
        Link.of(Link.Type.MATCH, List.of(bestX), List.of(bestY), Math.max(0, Math.min(1, score))));
  }

  /**
   * Where no paragraphs are related, the pairs with the most words in common, each with why it is
   * no link.
   */
  private List<NearMiss> nearMisses(
      List<Paragraph> lb,
      List<Paragraph> rb,
      List<WordSequence> a,
      List<WordSequence> b,
      PairEvidence pairs,
      boolean[] courtesyLeft,
      boolean[] courtesyRight) {
    List<double[]> all = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double w = pairs.exactWords(i, j);
        if (w > 0) {
          all.add(new double[] {w, i, j});
        }
      }
    }
    all.sort((x, y) -> Double.compare(y[0], x[0]));
    LinkEvidence.Bars bars = LinkEvidence.Bars.DELEGATIONS;
    List<NearMiss> out = new ArrayList<>();
    for (double[] c : all.subList(0, Math.min(Alignment.CLOSEST, all.size()))) {
      int i = (int) c[1];
      int j = (int) c[2];
      double w = c[0];
      java.util.OptionalDouble m = pairs.meaning(i, j);
      double partner = m.isPresent() ? bars.partnerWordsWithMeaning() : bars.partnerWords();
      String why;
      if (courtesyLeft[i] && courtesyRight[j]) {
        why = "both are courtesies to office holders";
      } else if (echoes.mostlyCommonPhrases(a.get(i), b.get(j))) {
        why = "what they share is mostly what many statements say";
      } else if (m.isPresent() && m.getAsDouble() < bars.meaningFloor()) {
        why =
            String.format(
                java.util.Locale.ROOT,
                "meaning %.2f, below the %.2f a link by words needs",
                m.getAsDouble(),
                bars.meaningFloor());
      } else if (w < partner) {
        why =
            String.format(
                java.util.Locale.ROOT,
                "words %.2f, below the %.2f a closest partner needs",
                w,
                partner);
      } else {
        why =
            String.format(
                java.util.Locale.ROOT,
                "words %.2f, below the %.2f that links on its own, and neither is the other's"
                    + " closest partner",
                w,
                bars.strongWords());
      }
      out.add(
          new NearMiss(lb.get(i).index(), rb.get(j).index(), w, m, pairs.sharedTerms(i, j), why));
    }
    return out;
  }

  /**
   * Each paragraph's words but those of its courtesies (sentences congratulating, thanking or
   * paying tribute to an office holder): two delegations' courtesies name the same people in the
   * same formulas, which say nothing of a matter the two share.
   */
  private static List<WordSequence> withoutCourtesies(List<Paragraph> paragraphs) {
    List<WordSequence> out = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      List<WordSequence> kept = new ArrayList<>();
      boolean all = true;
      for (Sentence s : p.sentences()) {
        if (isCourtesy(s)) {
          all = false;
        } else {
          kept.add(s.words());
        }
      }
      out.add(
          all
              ? WordSequence.of(p)
              : kept.isEmpty() ? WordSequence.of("") : WordSequence.concat(kept));
    }
    return out;
  }

  private static boolean isCourtesy(Sentence s) {
    return COURTESY.matcher(s.text()).find() && OFFICE.matcher(s.text()).find();
  }

  private static long pair(int i, int j) {
    return ((long) i << 32) | j;
  }

  private static LinkEvidence.Rule stronger(LinkEvidence.Rule x, LinkEvidence.Rule y) {
    return x.compareTo(y) <= 0 ? x : y;
  }

  /** A sentence of courtesy has one of these words ... */
  private static final Pattern COURTESY =
      Pattern.compile(
          "(?i)\\b(congratulat|felicitat|tribute|commend|appreciation|gratitude|thank|welcome)");

  /** ... and one of these. */
  private static final Pattern OFFICE =
      Pattern.compile(
          "(?i)\\b(president|presidency|election|elected|predecessor|secretary-general|new members?)\\b");

  /**
   * Which paragraphs are courtesies: most of their words in sentences that congratulate, thank or
   * pay tribute to an office holder (the President on the election, the predecessor, the
   * Secretary-General) or welcome new Members. Two delegations' courtesies of one year name the
   * same people in the same formulas; they are no echo of each other.
   */
  private static boolean[] courtesies(List<Paragraph> paragraphs) {
    boolean[] out = new boolean[paragraphs.size()];
    for (int i = 0; i < out.length; i++) {
      int courteous = 0;
      int all = 0;
      for (Sentence s : paragraphs.get(i).sentences()) {
        int n = s.words().size();
        all += n;
        if (isCourtesy(s)) {
          courteous += n;
        }
      }
      out[i] = all > 0 && 2 * courteous >= all;
    }
    return out;
  }

  private static Link related(
      List<Paragraph> lb,
      List<Paragraph> rb,
      int i,
      int j,
      double score,
      List<SharedPhrase> phrases) {
    return Link.of(Link.Type.RELATED, List.of(lb.get(i).index()), List.of(rb.get(j).index()), score)
        .withSharedPhrases(phrases);
  }

  /**
   * Paragraphs with no echoed sentence are also related when they share a phrase of this many
   * content words that is not a common phrase ("the stabilization and reconstruction of
   * Afghanistan", not "the Treaty on the Non-Proliferation of Nuclear Weapons") ...
   */
  static final int RELATED_PHRASE_WORDS = 4;

  /** ... and are at least this alike as wholes. */
  static final double RELATED_PHRASE_SCORE = 0.08;
}
