package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.similarity.AlignedWordSimilarity;
import dev.parley.similarity.PhrasingSimilarity;
import dev.parley.similarity.TfIdfCosineSimilarity;
import dev.parley.similarity.TokenSimilarity;
import dev.parley.similarity.WordVectors;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
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
 * Real paraphrases: in ArgRewrite's revisions, the sentence pairs annotators aligned although the
 * author reworded them (every such pair whose words are not all the same), against every other
 * sentence pair of the same two drafts (same author, same topic, same arguments: hard negatives).
 * For each measure, the ROC AUC of telling the two apart, and how often the reworded sentence's
 * best-scored partner among all sentences of the other draft is its own (top-1).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.ParaphraseEvaluation \
 *     ../shared/revisions/argrewrite
 * </pre>
 */
public final class ParaphraseEvaluation {

  private ParaphraseEvaluation() {}

  /**
   * Arguments: the ArgRewrite folder, then optionally {@code --stems CORPUS} to add the phrasing
   * similarity and tf-idf cosine over Snowball English stems (Lucene's), with term statistics of
   * stems counted on the corpus folder.
   */
  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/revisions/argrewrite");
    List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
    int stemsAt = options.indexOf("--stems");
    TermStatistics statistics = TermStatistics.defaults();
    PhrasingSimilarity phrasing = PhrasingSimilarity.of(statistics);
    AlignedWordSimilarity soft = AlignedWordSimilarity.of(WordVectors.defaults(), statistics);
    Map<String, TokenSimilarity> measures = new LinkedHashMap<>();
    measures.put("phrasing similarity (Parley's)", phrasing);
    measures.put("tf-idf cosine", TfIdfCosineSimilarity.of(statistics));
    measures.put("aligned words (word vectors)", soft);
    measures.put(
        "phrasing and aligned words, mean",
        (a, b) -> (phrasing.similarity(a, b) + soft.similarity(a, b)) / 2);
    measures.put(
        "phrasing or aligned words, max",
        (a, b) -> Math.max(phrasing.similarity(a, b), soft.similarity(a, b)));
    if (stemsAt >= 0) {
      TermStatistics stemStatistics = stemStatistics(Path.of(options.get(stemsAt + 1)));
      PhrasingSimilarity stemmedPhrasing = PhrasingSimilarity.of(stemStatistics);
      TfIdfCosineSimilarity stemmedTfIdf = TfIdfCosineSimilarity.of(stemStatistics);
      measures.put(
          "phrasing similarity over stems",
          (a, b) -> stemmedPhrasing.similarity(stemmed(a), stemmed(b)));
      measures.put(
          "tf-idf cosine over stems", (a, b) -> stemmedTfIdf.similarity(stemmed(a), stemmed(b)));
    }
    ObjectMapper json = new ObjectMapper();
    List<Path> pairs;
    try (Stream<Path> s = Files.list(folder)) {
      pairs = s.filter(p -> Files.isRegularFile(p.resolve("truth.json"))).sorted().toList();
    }
    Map<String, List<Double>> positives = new LinkedHashMap<>();
    Map<String, List<Double>> heavy = new LinkedHashMap<>();
    Map<String, int[]> heavyTop1 = new LinkedHashMap<>();
    Map<String, List<Double>> negatives = new LinkedHashMap<>();
    Map<String, int[]> top1 = new LinkedHashMap<>();
    measures
        .keySet()
        .forEach(
            m -> {
              positives.put(m, new ArrayList<>());
              heavy.put(m, new ArrayList<>());
              heavyTop1.put(m, new int[2]);
              negatives.put(m, new ArrayList<>());
              top1.put(m, new int[2]);
            });
    for (Path pair : pairs) {
      JsonNode sentences = json.readTree(pair.resolve("truth.json").toFile()).get("sentences");
      List<WordSequence> left = words(sentences.get("left"));
      List<WordSequence> right = words(sentences.get("right"));
      Set<Long> gold = new HashSet<>();
      for (JsonNode l : sentences.get("links")) {
        gold.add(((long) l.get(0).asInt() << 32) | l.get(1).asInt());
      }
      for (Map.Entry<String, TokenSimilarity> m : measures.entrySet()) {
        double[][] score = new double[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
          for (int j = 0; j < right.size(); j++) {
            score[i][j] = m.getValue().similarity(left.get(i), right.get(j));
          }
        }
        for (int i = 0; i < left.size(); i++) {
          for (int j = 0; j < right.size(); j++) {
            boolean linked = gold.contains(((long) i << 32) | j);
            boolean same = left.get(i).words().equals(right.get(j).words());
            if (linked && !same) {
              positives.get(m.getKey()).add(score[i][j]);
              int best = 0;
              for (int k = 1; k < left.size(); k++) {
                if (score[k][j] > score[best][j]) {
                  best = k;
                }
              }
              int hit = gold.contains(((long) best << 32) | j) ? 0 : 1;
              top1.get(m.getKey())[hit]++;
              if (jaccard(left.get(i), right.get(j)) < HEAVY) {
                heavy.get(m.getKey()).add(score[i][j]);
                heavyTop1.get(m.getKey())[hit]++;
              }
            } else if (!linked && !same) {
              negatives.get(m.getKey()).add(score[i][j]);
            }
          }
        }
      }
    }
    int reworded = positives.values().iterator().next().size();
    System.out.printf(
        Locale.ROOT,
        "%d draft pairs: %d reworded sentence pairs the annotators aligned, %d other pairs%n%n",
        pairs.size(),
        reworded,
        negatives.values().iterator().next().size());
    System.out.printf(
        Locale.ROOT,
        "%-36s %8s %8s   heavily reworded (%d pairs, word Jaccard below %.1f): %8s %8s%n",
        "measure",
        "AUC",
        "top-1",
        heavy.values().iterator().next().size(),
        HEAVY,
        "AUC",
        "top-1");
    for (String m : measures.keySet()) {
      int[] t = top1.get(m);
      int[] h = heavyTop1.get(m);
      System.out.printf(
          Locale.ROOT,
          "%-36s %8.4f %8.3f   %55s %8.4f %8.3f%n",
          m,
          auc(positives.get(m), negatives.get(m)),
          t[0] / (double) (t[0] + t[1]),
          "",
          auc(heavy.get(m), negatives.get(m)),
          h[0] / (double) (h[0] + h[1]));
    }
  }

  /** Pairs sharing less than this share of their distinct words are heavily reworded. */
  static final double HEAVY = 0.5;

  private static double jaccard(WordSequence a, WordSequence b) {
    Set<String> x = new HashSet<>(a.words());
    Set<String> y = new HashSet<>(b.words());
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    x.retainAll(y);
    return union.isEmpty() ? 1 : x.size() / (double) union.size();
  }

  private static List<WordSequence> words(JsonNode array) {
    List<WordSequence> out = new ArrayList<>();
    for (JsonNode s : array) {
      out.add(WordSequence.of(s.asText()));
    }
    return out;
  }

  /** The probability that a positive scores above a negative (ties count half). */
  static double auc(List<Double> positives, List<Double> negatives) {
    double[] neg = negatives.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double sum = 0;
    for (double p : positives) {
      int below = lowerBound(neg, p);
      int notAbove = upperBound(neg, p);
      sum += below + (notAbove - below) / 2.0;
    }
    return sum / ((double) positives.size() * neg.length);
  }

  private static int lowerBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] a, double x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The Snowball English stem of a match form. */
  private static String stem(String matchForm) {
    org.tartarus.snowball.ext.EnglishStemmer stemmer =
        new org.tartarus.snowball.ext.EnglishStemmer();
    stemmer.setCurrent(matchForm);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /** A text's words replaced by their stems. */
  private static WordSequence stemmed(WordSequence words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      text.append(i > 0 ? " " : "").append(stem(words.word(i)));
    }
    return WordSequence.of(text.toString());
  }

  /** Document frequencies of stems over the statements of a corpus folder. */
  private static TermStatistics stemStatistics(Path corpus) {
    dev.parley.text.Normalizer normalizer =
        dev.parley.text.Normalizer.builder().termStatistics(TermStatistics.empty()).build();
    List<List<String>> documents =
        dev.parley.text.StatementFiles.of(corpus).parallelStream()
            .map(
                p -> {
                  List<String> stems = new ArrayList<>();
                  for (dev.parley.text.Paragraph par : normalizer.read(p).paragraphs()) {
                    WordSequence w = par.words();
                    for (int i = 0; i < w.size(); i++) {
                      stems.add(stem(w.word(i)));
                    }
                  }
                  return stems;
                })
            .toList();
    TermStatistics.Builder builder = TermStatistics.builder();
    documents.forEach(builder::addDocument);
    return builder.build();
  }
}
