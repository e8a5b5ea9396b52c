package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.align.Aligner;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.similarity.TfIdfCosineSimilarity;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Evaluates versions alignment on real revisions with human alignments: pairs of consecutive drafts
 * of essays revised by their authors, every sentence of one draft aligned by annotators with the
 * next (ArgRewrite V.2: Kashefi et al., "ArgRewrite V.2: an Annotated Argumentative Revisions
 * Corpus", Language Resources and Evaluation, 2022; CC BY 4.0).
 *
 * <p>A pair is a folder holding {@code left.txt}, {@code right.txt} and {@code truth.json} (the
 * paragraphs, the paragraph links, the annotated sentences and their links). Two scores, each as F1
 * with precision and recall, per revision step ({@code …-12}: first to second draft, {@code …-23}:
 * second to third) and overall:
 *
 * <ul>
 *   <li>paragraph links: the linked paragraph pairs of Parley's alignment (a split links one left
 *       paragraph to each of its right ones; a partial link joins its two paragraphs) against the
 *       annotators' (a pair is linked wherever an aligned sentence pair joins it);
 *   <li>sentence links: Parley's sentence links across the whole text, its own sentences mapped to
 *       the annotated sentences they cover, against the annotated sentence pairs.
 * </ul>
 *
 * <p>Baselines on the same pairs, at both levels: closest match by tf-idf cosine (each right unit
 * to its most alike left unit, at 0.3 or more; over paragraphs, and over the annotated sentences),
 * and a difflib-style diff (equal units linked, changed blocks paired in order).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.RevisionEvaluation
 * REVISIONS_DIR [--misses]}.
 */
public final class RevisionEvaluation {

  private RevisionEvaluation() {}

  private static final String[] SYSTEMS = {"parley", "tf-idf", "difflib"};

  /** Runs the evaluation. */
  public static void main(String[] args) throws IOException {
    boolean meaning = MeaningOption.wanted(args);
    args = MeaningOption.rest(args);
    Path folder = Path.of(args[0]);
    boolean misses = args.length > 1 && args[1].equals("--misses");
    List<Path> pairs;
    try (Stream<Path> list = Files.list(folder)) {
      pairs =
          list.filter(p -> Files.isRegularFile(p.resolve("truth.json")))
              .sorted(
                  (a, b) -> {
                    String[] x = a.getFileName().toString().split("-");
                    String[] y = b.getFileName().toString().split("-");
                    int c = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
                    return c != 0 ? c : x[1].compareTo(y[1]);
                  })
              .toList();
    }
    ObjectMapper json = new ObjectMapper();
    Aligner aligner = MeaningOption.aligner(meaning);
    TfIdfCosineSimilarity tfidf = TfIdfCosineSimilarity.of(TermStatistics.defaults());
    Map<String, double[]> paragraphCounts = new LinkedHashMap<>();
    Map<String, double[]> sentenceCounts = new LinkedHashMap<>();
    for (String group : List.of("drafts 1-2", "drafts 2-3", "all")) {
      paragraphCounts.put(group, new double[9]);
      sentenceCounts.put(group, new double[9]);
    }
    int joined = 0;
    for (Path pair : pairs) {
      JsonNode truth = json.readTree(pair.resolve("truth.json").toFile());
      Statement left = Normalizer.defaults().read(pair.resolve("left.txt"));
      Statement right = Normalizer.defaults().read(pair.resolve("right.txt"));
      // The annotators kept the drafts' paragraphs as written; where a paragraph runs across a page
      // break, the normaliser joins it, and the annotated paragraphs are mapped onto the joined
      // one.
      int[] leftParagraph = paragraphOf(left, locate(left.original(), strings(truth.get("left"))));
      int[] rightParagraph =
          paragraphOf(right, locate(right.original(), strings(truth.get("right"))));
      if (left.paragraphs().size() != leftParagraph.length
          || right.paragraphs().size() != rightParagraph.length) {
        joined++;
      }
      List<String> goldLeft = strings(truth.get("sentences").get("left"));
      List<String> goldRight = strings(truth.get("sentences").get("right"));
      List<int[]> goldLeftSpans = locate(left.original(), goldLeft);
      List<int[]> goldRightSpans = locate(right.original(), goldRight);
      Set<Long> goldParagraphs = new HashSet<>();
      for (JsonNode l : truth.get("links")) {
        goldParagraphs.add(
            AlignmentEvaluation.pair(
                leftParagraph[l.get(0).asInt()], rightParagraph[l.get(1).asInt()]));
      }
      Set<Long> goldSentences = new HashSet<>();
      for (JsonNode l : truth.get("sentences").get("links")) {
        goldSentences.add(AlignmentEvaluation.pair(l.get(0).asInt(), l.get(1).asInt()));
      }

      Alignment alignment = aligner.align(left, right, Alignment.Mode.VERSIONS);
      Set<Long> parleyParagraphs = paragraphPairs(alignment);
      Set<Long> parleySentences = new HashSet<>();
      for (Sentence[] link : sentencePairs(alignment)) {
        for (int a : covered(link[0], goldLeftSpans)) {
          for (int b : covered(link[1], goldRightSpans)) {
            parleySentences.add(AlignmentEvaluation.pair(a, b));
          }
        }
      }
      Set<Long> closestSentences = closest(goldLeft, goldRight, tfidf);
      Set<Long> difflibSentences = AlignmentEvaluation.difflib(goldLeft, goldRight);
      List<String> leftTexts = left.paragraphs().stream().map(Paragraph::text).toList();
      List<String> rightTexts = right.paragraphs().stream().map(Paragraph::text).toList();
      Set<Long> closestParagraphs = AlignmentEvaluation.closest(left, right, tfidf);
      Set<Long> difflibParagraphs = AlignmentEvaluation.difflib(leftTexts, rightTexts);

      String step = pair.getFileName().toString().endsWith("-12") ? "drafts 1-2" : "drafts 2-3";
      for (String group : List.of(step, "all")) {
        double[] p = paragraphCounts.computeIfAbsent(group, g -> new double[9]);
        AlignmentEvaluation.tally(p, 0, goldParagraphs, parleyParagraphs);
        AlignmentEvaluation.tally(p, 3, goldParagraphs, closestParagraphs);
        AlignmentEvaluation.tally(p, 6, goldParagraphs, difflibParagraphs);
        double[] s = sentenceCounts.computeIfAbsent(group, g -> new double[9]);
        AlignmentEvaluation.tally(s, 0, goldSentences, parleySentences);
        AlignmentEvaluation.tally(s, 3, goldSentences, closestSentences);
        AlignmentEvaluation.tally(s, 6, goldSentences, difflibSentences);
      }
      if (misses) {
        for (long g : goldSentences) {
          if (!parleySentences.contains(g)) {
            System.out.printf(
                "%s missed sentence pair:%n   < %s%n   > %s%n",
                pair.getFileName(),
                goldLeft.get((int) (g >> 32)),
                goldRight.get((int) (g & 0xffffffffL)));
          }
        }
        for (long g : parleySentences) {
          if (!goldSentences.contains(g)) {
            System.out.printf(
                "%s wrong sentence pair:%n   < %s%n   > %s%n",
                pair.getFileName(),
                goldLeft.get((int) (g >> 32)),
                goldRight.get((int) (g & 0xffffffffL)));
          }
        }
      }
      if (misses && !(parleyParagraphs.equals(goldParagraphs))) {
        System.out.printf(
            "%s paragraphs: gold %s parley %s%n",
            pair.getFileName(), show(goldParagraphs), show(parleyParagraphs));
        for (Link l : alignment.links()) {
          System.out.printf(
              "   %s %s -> %s %s%n",
              l.type().label(), l.left(), l.right(), l.score().isPresent() ? l.score() : "");
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d pairs (%d with paragraphs joined across a page break)%n%n",
        pairs.size(),
        joined);
    printF1("paragraph links", SYSTEMS, paragraphCounts);
    printF1("sentence links", SYSTEMS, sentenceCounts);
  }

  /**
   * Prints a table of link F1 with precision and recall: a row per group of {@code counts} (three
   * counts a system, as {@link AlignmentEvaluation#tally} keeps them), a column per system.
   */
  static void printF1(String title, String[] systems, Map<String, double[]> counts) {
    System.out.printf(Locale.ROOT, "%s%n%-14s", title, "");
    for (String s : systems) {
      System.out.printf(Locale.ROOT, " %-22s", s + " F1 (P, R)");
    }
    System.out.println();
    for (Map.Entry<String, double[]> e : counts.entrySet()) {
      System.out.printf(Locale.ROOT, "%-14s", e.getKey());
      for (int k = 0; k < systems.length; k++) {
        double[] c = e.getValue();
        double tp = c[3 * k];
        System.out.printf(
            Locale.ROOT,
            " %.3f (%.3f, %.3f)  ",
            AlignmentEvaluation.f1(c, 3 * k),
            tp / (tp + c[3 * k + 1]),
            tp / (tp + c[3 * k + 2]));
      }
      System.out.println();
    }
    System.out.println();
  }

  private static String show(Set<Long> pairs) {
    return pairs.stream()
        .sorted()
        .map(p -> "[" + (p >> 32) + "," + (p & 0xffffffffL) + "]")
        .toList()
        .toString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /**
   * Where each annotated sentence stands in the text, found in order; {-1, -1} if not found. The
   * annotations and the drafts differ in white space and in straight, typographic or doubled
   * quotes, so the search ignores white space and folds quotes and dashes.
   */
  private static List<int[]> locate(String text, List<String> sentences) {
    StringBuilder folded = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        folded.append(fold(c));
        at.add(k);
      }
    }
    String haystack = folded.toString();
    List<int[]> spans = new ArrayList<>();
    int from = 0;
    for (String s : sentences) {
      StringBuilder needle = new StringBuilder();
      // Some annotated sentences keep a spreadsheet's doubled quotes.
      s.replace("\"\"", "\"")
          .codePoints()
          .filter(c -> !Character.isWhitespace(c) && c != 0xa0)
          .forEach(c -> needle.append(fold((char) c)));
      int found = haystack.indexOf(needle.toString(), from);
      if (found < 0) {
        found = haystack.indexOf(needle.toString());
      }
      if (found < 0 || needle.length() == 0) {
        spans.add(new int[] {-1, -1});
      } else {
        int end = found + needle.length();
        spans.add(new int[] {at.get(found), at.get(end - 1) + 1});
        from = end;
      }
    }
    return spans;
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
      case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
      case '\u2013', '\u2014', '\u2212' -> '-';
      default -> c;
    };
  }

  /** Our paragraph in which each located span starts. */
  private static int[] paragraphOf(Statement s, List<int[]> spans) {
    int[] out = new int[spans.size()];
    for (int k = 0; k < spans.size(); k++) {
      out[k] = -1;
      for (Paragraph p : s.paragraphs()) {
        if (spans.get(k)[0] >= p.span().start() && spans.get(k)[0] < p.span().end()) {
          out[k] = p.index();
        }
      }
      if (out[k] < 0) {
        throw new IllegalStateException(s.source() + ": annotated paragraph " + k + " not found");
      }
    }
    return out;
  }

  /**
   * The annotated sentences a sentence of Parley's covers: those of which it holds at least half,
   * or, failing any, the one it overlaps most.
   */
  private static List<Integer> covered(Sentence s, List<int[]> gold) {
    List<Integer> out = new ArrayList<>();
    int best = -1;
    int bestOverlap = 0;
    for (int k = 0; k < gold.size(); k++) {
      int overlap =
          Math.min(s.span().end(), gold.get(k)[1]) - Math.max(s.span().start(), gold.get(k)[0]);
      if (overlap <= 0) {
        continue;
      }
      if (overlap * 2 >= gold.get(k)[1] - gold.get(k)[0]) {
        out.add(k);
      }
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = k;
      }
    }
    if (out.isEmpty() && best >= 0) {
      out.add(best);
    }
    return out;
  }

  private static Set<Long> paragraphPairs(Alignment a) {
    Set<Long> pairs = new HashSet<>();
    for (Link l : a.links()) {
      for (int i : l.left()) {
        for (int j : l.right()) {
          pairs.add(AlignmentEvaluation.pair(i, j));
        }
      }
    }
    return pairs;
  }

  /** Every linked sentence pair of the alignment, across the whole text. */
  static List<Sentence[]> sentencePairs(Alignment a) {
    List<Sentence[]> out = new ArrayList<>();
    for (Link l : a.links()) {
      List<Sentence> ls = sentences(a.left(), l.left());
      List<Sentence> rs = sentences(a.right(), l.right());
      for (Link s : l.sentences()) {
        for (int i : s.left()) {
          for (int j : s.right()) {
            out.add(new Sentence[] {ls.get(i), rs.get(j)});
          }
        }
      }
    }
    return out;
  }

  private static List<Sentence> sentences(Statement s, List<Integer> paragraphs) {
    List<Sentence> out = new ArrayList<>();
    for (int p : paragraphs) {
      out.addAll(s.paragraphs().get(p).sentences());
    }
    return out;
  }

  /** Each right unit to its closest left unit by tf-idf cosine, at 0.3 or more. */
  static Set<Long> closest(List<String> left, List<String> right, TfIdfCosineSimilarity tfidf) {
    List<WordSequence> a = left.stream().map(WordSequence::of).toList();
    Set<Long> pairs = new HashSet<>();
    for (int j = 0; j < right.size(); j++) {
      WordSequence b = WordSequence.of(right.get(j));
      int best = -1;
      double bestScore = 0.3;
      for (int i = 0; i < a.size(); i++) {
        double s = tfidf.similarity(a.get(i), b);
        if (s >= bestScore) {
          bestScore = s;
          best = i;
        }
      }
      if (best >= 0) {
        pairs.add(AlignmentEvaluation.pair(best, j));
      }
    }
    return pairs;
  }
}
