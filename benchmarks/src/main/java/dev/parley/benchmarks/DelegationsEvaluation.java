package dev.parley.benchmarks;

import dev.parley.align.Aligner;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.similarity.CommonPhrases;
import dev.parley.similarity.TfIdfCosineSimilarity;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Evaluates delegations mode on echoes: two delegations' real speeches of the same year, where one
 * to three sentences of the first speech are reworded (10–40 % of their words replaced by words of
 * the second speech) and woven into paragraphs of the second, at a sentence boundary. The gold
 * links join the paragraph each echoed sentence came from with the paragraph that received it. A
 * third of the pairs carry no echo at all: there every link is a false positive, and so is every
 * link beside the gold ones elsewhere (two speeches of one year share themes, and a link between
 * paragraphs that merely share a subject is what this mode must not report).
 *
 * <p>Parley's {@code delegations} mode beside the closest-match baseline (each paragraph of the
 * second speech to the most alike paragraph of the first by tf-idf cosine, at 0.3 or more).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.DelegationsEvaluation \
 *     ../shared/corpus/ungdc 300
 * </pre>
 */
public final class DelegationsEvaluation {

  private DelegationsEvaluation() {}

  /**
   * Arguments: the corpus folder, the number of speech pairs (300 by default), then {@code
   * --misses} to print each missed echo and wrong link, {@code --seed N} for another sample, {@code
   * --phrases FILE} to judge with the common phrases {@code parley phrases} wrote (found in other
   * statements than those sampled: a held-out check) or {@code --phrases none} without any.
   */
  public static void main(String[] args) throws Exception {
    boolean meaning = MeaningOption.wanted(args);
    args = MeaningOption.rest(args);
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/ungdc");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    List<String> options = List.of(args).subList(Math.min(2, args.length), args.length);
    boolean misses = options.contains("--misses");
    int seedAt = options.indexOf("--seed");
    long seed = seedAt >= 0 ? Long.parseLong(options.get(seedAt + 1)) : 20261128L;
    Map<Integer, List<Path>> byYear = AlignmentEvaluation.speechesByYear(corpus);
    List<Integer> years = new ArrayList<>(byYear.keySet());
    Random random = new Random(seed);
    Aligner aligner = MeaningOption.aligner(meaning);
    int phrasesAt = options.indexOf("--phrases");
    if (phrasesAt >= 0) {
      String file = options.get(phrasesAt + 1);
      aligner =
          aligner.withCommonPhrases(
              file.equals("none") ? CommonPhrases.empty() : readPhrases(Path.of(file)));
    }
    TfIdfCosineSimilarity tfidf = TfIdfCosineSimilarity.of(TermStatistics.defaults());
    double[] echo = new double[6];
    int[] noEcho = new int[2];
    int echoes = 0;
    int pairsWithEcho = 0;
    int pairsWithout = 0;
    while (pairsWithEcho + pairsWithout < count) {
      List<Path> speeches = byYear.get(years.get(random.nextInt(years.size())));
      Path first = speeches.get(random.nextInt(speeches.size()));
      Path second = speeches.get(random.nextInt(speeches.size()));
      if (first
          .getFileName()
          .toString()
          .substring(0, 3)
          .equals(second.getFileName().toString().substring(0, 3))) {
        continue;
      }
      List<String> left = body(Normalizer.defaults().read(first));
      List<String> right = new ArrayList<>(body(Normalizer.defaults().read(second)));
      if (left.size() < 5 || right.size() < 5) {
        continue;
      }
      Set<Long> gold = new HashSet<>();
      Map<Long, String[]> echoedText = new java.util.HashMap<>();
      boolean withEcho = random.nextInt(3) != 0;
      if (withEcho) {
        int n = 1 + random.nextInt(3);
        for (int e = 0; e < n; e++) {
          int i = random.nextInt(left.size());
          List<String> sentences = sentences(left.get(i));
          if (sentences.isEmpty()) {
            continue;
          }
          String original = sentences.get(random.nextInt(sentences.size()));
          String echoed =
              AlignmentEvaluation.reword(original, 0.1 + random.nextDouble() * 0.3, right, random);
          int j = random.nextInt(right.size());
          right.set(j, weave(right.get(j), echoed, random));
          gold.add(AlignmentEvaluation.pair(i, j));
          echoedText.put(AlignmentEvaluation.pair(i, j), new String[] {original, echoed});
        }
      }
      Statement a = statement(left);
      Statement b = statement(right);
      if (a.paragraphs().size() != left.size() || b.paragraphs().size() != right.size()) {
        continue;
      }
      Set<Long> found = new HashSet<>();
      for (Link l : aligner.align(a, b, Alignment.Mode.DELEGATIONS).links()) {
        for (int i : l.left()) {
          for (int j : l.right()) {
            found.add(AlignmentEvaluation.pair(i, j));
          }
        }
      }
      Set<Long> baseline = AlignmentEvaluation.closest(a, b, tfidf);
      if (misses) {
        for (long g : gold) {
          if (!found.contains(g)) {
            String[] t = echoedText.get(g);
            System.out.println("missed echo:\n  < " + t[0] + "\n  > " + t[1]);
          }
        }
        for (long f : found) {
          if (!gold.contains(f)) {
            System.out.println(
                "wrong link ("
                    + (withEcho ? "pair with echoes" : "pair without")
                    + "):\n  < "
                    + left.get((int) (f >> 32))
                    + "\n  > "
                    + right.get((int) (f & 0xffffffffL)));
          }
        }
      }
      if (withEcho && !gold.isEmpty()) {
        AlignmentEvaluation.tally(echo, 0, gold, found);
        AlignmentEvaluation.tally(echo, 3, gold, baseline);
        echoes += gold.size();
        pairsWithEcho++;
      } else if (!withEcho) {
        noEcho[0] += found.size();
        noEcho[1] += baseline.size();
        pairsWithout++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d speech pairs with %d echoes, %d pairs without%n%n",
        pairsWithEcho,
        echoes,
        pairsWithout);
    System.out.printf(
        Locale.ROOT, "%-34s %-28s %s%n", "", "with echoes F1 (P, R)", "links in pairs without");
    print("Parley delegations mode", echo, 0, noEcho[0], pairsWithout);
    print("closest match by tf-idf", echo, 3, noEcho[1], pairsWithout);
  }

  private static CommonPhrases readPhrases(Path file) throws java.io.IOException {
    try (java.io.InputStream in =
        new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file))) {
      return CommonPhrases.read(in);
    }
  }

  private static void print(String name, double[] counts, int at, int stray, int pairs) {
    double tp = counts[at];
    double p = tp / (tp + counts[at + 1]);
    double r = tp / (tp + counts[at + 2]);
    System.out.printf(
        Locale.ROOT,
        "%-34s %.3f (%.3f, %.3f)          %d (%.2f a pair)%n",
        name,
        AlignmentEvaluation.f1(counts, at),
        p,
        r,
        stray,
        stray / (double) pairs);
  }

  /** Body paragraphs of twelve words or more that open with a capital and end a sentence. */
  private static List<String> body(Statement s) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : s.paragraphs()) {
      String t = p.text();
      if (p.kind() == Paragraph.Kind.BODY
          && p.tokens().size() >= 12
          && Character.isUpperCase(t.charAt(0))
          && t.endsWith(".")) {
        out.add(t);
      }
    }
    return out;
  }

  /** The sentences of a paragraph worth echoing: eight words or more, ending with a full stop. */
  private static List<String> sentences(String paragraph) {
    Statement s = Normalizer.defaults().normalize("p", paragraph);
    List<String> out = new ArrayList<>();
    for (Paragraph p : s.paragraphs()) {
      for (Sentence x : p.sentences()) {
        if (x.text().split(" ").length >= 8
            && Character.isUpperCase(x.text().charAt(0))
            && x.text().endsWith(".")) {
          out.add(x.text());
        }
      }
    }
    return out;
  }

  /** Puts {@code sentence} into {@code paragraph} at a random sentence boundary. */
  private static String weave(String paragraph, String sentence, Random random) {
    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    for (int k = 1; k < paragraph.length() - 1; k++) {
      if (paragraph.charAt(k) == ' '
          && paragraph.charAt(k - 1) == '.'
          && Character.isUpperCase(paragraph.charAt(k + 1))) {
        bounds.add(k + 1);
      }
    }
    bounds.add(paragraph.length() + 1);
    int at = bounds.get(random.nextInt(bounds.size()));
    if (at == 0) {
      return sentence + " " + paragraph;
    }
    if (at > paragraph.length()) {
      return paragraph + " " + sentence;
    }
    return paragraph.substring(0, at) + sentence + " " + paragraph.substring(at);
  }

  private static Statement statement(List<String> paragraphs) {
    return Normalizer.defaults().normalize("generated", String.join("\n\n", paragraphs));
  }
}
