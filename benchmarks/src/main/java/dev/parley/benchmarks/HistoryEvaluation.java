package dev.parley.benchmarks;

import dev.parley.align.Aligner;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.history.Historian;
import dev.parley.history.History;
import dev.parley.history.HistoryLink;
import dev.parley.similarity.TfIdfCosineSimilarity;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Evaluates histories on series of versions drafted from real speeches with a fixed seed: each
 * version made from the one before by rewording every paragraph a little (0–20 % of its words), and
 * splitting, merging, deleting, moving, reordering the sentences of some, and inserting paragraphs
 * of another delegation's speech of the same year; half of the deleted paragraphs come back,
 * reworded, one or two versions later, near where they stood. The score is the F1 of descent pairs:
 * an earlier paragraph and a later one that descends from it through the links (a restored
 * paragraph descends from its last earlier occurrence). Two baselines on the same series: Parley's
 * own {@code compare} chained over consecutive versions, and closest match by tf-idf cosine chained
 * the same way (each paragraph to its most alike paragraph of the version before, at 0.3 or more).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.HistoryEvaluation
 * CORPUS_DIR [SERIES] [VERSIONS] [SEED]}.
 */
public final class HistoryEvaluation {

  private HistoryEvaluation() {}

  /**
   * One paragraph of a generated version.
   *
   * @param text its text
   * @param sources the paragraphs it descends from, as {version, paragraph}
   */
  public record Piece(String text, List<long[]> sources) {}

  /** Runs the evaluation. */
  public static void main(String[] args) throws IOException {
    boolean meaning = MeaningOption.wanted(args);
    args = MeaningOption.rest(args);
    Path corpus = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int length = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261128L;
    Map<Integer, List<Path>> byYear = AlignmentEvaluation.speechesByYear(corpus);
    List<Integer> years = new ArrayList<>(byYear.keySet());
    Random random = new Random(seed);
    Aligner aligner = MeaningOption.aligner(meaning);
    Historian historian = Historian.of(aligner);
    TfIdfCosineSimilarity tfidf = TfIdfCosineSimilarity.of(TermStatistics.defaults());
    double[] counts = new double[9];
    double[] restoreCounts = new double[9];
    int done = 0;
    int restores = 0;
    while (done < count) {
      List<Path> speeches = byYear.get(years.get(random.nextInt(years.size())));
      Path source = speeches.get(random.nextInt(speeches.size()));
      Path donorPath = speeches.get(random.nextInt(speeches.size()));
      if (source.equals(donorPath)) {
        continue;
      }
      List<String> original = body(Normalizer.defaults().read(source));
      List<String> donor = body(Normalizer.defaults().read(donorPath));
      if (original.size() < 8 || donor.isEmpty()) {
        continue;
      }
      List<List<Piece>> series = draft(original, donor, length, random);
      List<Statement> versions = new ArrayList<>();
      boolean kept = true;
      for (List<Piece> v : series) {
        Statement s = statement(v.stream().map(Piece::text).toList());
        kept &= s.paragraphs().size() == v.size();
        versions.add(s);
      }
      if (!kept) {
        continue; // the generated text did not keep its paragraphs apart
      }
      Map<Long, Set<Long>> gold = new HashMap<>();
      Set<Long> goldRestores = new HashSet<>();
      for (int v = 1; v < series.size(); v++) {
        for (int j = 0; j < series.get(v).size(); j++) {
          for (long[] from : series.get(v).get(j).sources()) {
            gold.computeIfAbsent(place(v, j), k -> new HashSet<>()).add(place(from[0], from[1]));
            if (from[0] < v - 1) {
              goldRestores.add(place(from[0], from[1]) << 24 | place(v, j));
            }
          }
        }
      }
      restores += goldRestores.size();
      History h = historian.trace(versions);
      Map<Long, Set<Long>> parley = new HashMap<>();
      for (HistoryLink l : h.links()) {
        if (l.type().isDescent()) {
          parley
              .computeIfAbsent(place(l.to().version(), l.to().paragraph()), k -> new HashSet<>())
              .add(place(l.from().version(), l.from().paragraph()));
        }
      }
      Map<Long, Set<Long>> chained = new HashMap<>();
      Map<Long, Set<Long>> closest = new HashMap<>();
      for (int v = 0; v + 1 < versions.size(); v++) {
        Alignment a = aligner.align(versions.get(v), versions.get(v + 1), Alignment.Mode.VERSIONS);
        for (Link l : a.links()) {
          if (l.type() == Link.Type.PARTIAL) {
            continue;
          }
          for (int i : l.left()) {
            for (int j : l.right()) {
              chained.computeIfAbsent(place(v + 1, j), k -> new HashSet<>()).add(place(v, i));
            }
          }
        }
        List<WordSequence> earlier =
            versions.get(v).paragraphs().stream().map(WordSequence::of).toList();
        for (Paragraph r : versions.get(v + 1).paragraphs()) {
          WordSequence b = WordSequence.of(r);
          int best = -1;
          double bestScore = 0.3;
          for (int i = 0; i < earlier.size(); i++) {
            double s = tfidf.similarity(earlier.get(i), b);
            if (s >= bestScore) {
              bestScore = s;
              best = i;
            }
          }
          if (best >= 0) {
            closest
                .computeIfAbsent(place(v + 1, r.index()), k -> new HashSet<>())
                .add(place(v, best));
          }
        }
      }
      Set<Long> goldPairs = descent(gold, versions);
      AlignmentEvaluation.tally(counts, 0, goldPairs, descent(parley, versions));
      AlignmentEvaluation.tally(counts, 3, goldPairs, descent(chained, versions));
      AlignmentEvaluation.tally(counts, 6, goldPairs, descent(closest, versions));
      Set<Long> found = new HashSet<>();
      for (HistoryLink l : h.links(HistoryLink.Type.RESTORE)) {
        found.add(
            place(l.from().version(), l.from().paragraph()) << 24
                | place(l.to().version(), l.to().paragraph()));
      }
      AlignmentEvaluation.tally(restoreCounts, 0, goldRestores, found);
      done++;
    }
    System.out.printf(
        Locale.ROOT,
        "%d series of %d versions, %d restored paragraphs%n%n",
        count,
        length,
        restores);
    System.out.printf(
        Locale.ROOT,
        "%-36s %s%n%-36s %s%n%-36s %s%n%n",
        "Parley history",
        prf(counts, 0),
        "Parley compare, chained",
        prf(counts, 3),
        "closest match by tf-idf, chained",
        prf(counts, 6));
    System.out.printf(Locale.ROOT, "restore links: %s%n", prf(restoreCounts, 0));
  }

  private static String prf(double[] c, int at) {
    double tp = c[at];
    return String.format(
        Locale.ROOT,
        "F1 %.4f (precision %.4f, recall %.4f)",
        AlignmentEvaluation.f1(c, at),
        tp / Math.max(1, tp + c[at + 1]),
        tp / Math.max(1, tp + c[at + 2]));
  }

  /** A paragraph of a version as one number: version in the high bits. */
  private static long place(long version, long paragraph) {
    return (version << 16) | paragraph;
  }

  /** Every (ancestor, descendant) pair that the direct links imply. */
  private static Set<Long> descent(Map<Long, Set<Long>> parents, List<Statement> versions) {
    Map<Long, Set<Long>> ancestors = new HashMap<>();
    Set<Long> pairs = new HashSet<>();
    for (int v = 0; v < versions.size(); v++) {
      for (int p = 0; p < versions.get(v).paragraphs().size(); p++) {
        long me = place(v, p);
        Set<Long> mine = new HashSet<>();
        for (long parent : parents.getOrDefault(me, Set.of())) {
          mine.add(parent);
          mine.addAll(ancestors.getOrDefault(parent, Set.of()));
        }
        ancestors.put(me, mine);
        for (long a : mine) {
          pairs.add(a << 24 | me);
        }
      }
    }
    return pairs;
  }

  /** A series of {@code length} versions, each drafted from the one before. */
  static List<List<Piece>> draft(List<String> original, List<String> donor, int length, Random r) {
    List<List<Piece>> series = new ArrayList<>();
    List<Piece> first = new ArrayList<>();
    for (String p : original) {
      first.add(new Piece(p, List.of()));
    }
    series.add(first);
    // Deleted paragraphs due back: {version it returns in, version it was last in, its index},
    // with its text.
    List<long[]> due = new ArrayList<>();
    List<String> dueText = new ArrayList<>();
    double edit = 0.2;
    double step = edit / 6;
    for (int v = 1; v < length; v++) {
      List<Piece> before = series.get(v - 1);
      List<Piece> out = new ArrayList<>();
      for (int i = 0; i < before.size(); i++) {
        String text = reword(before.get(i).text(), r.nextDouble() * 0.2, donor, r);
        long[] self = {v - 1, i};
        double roll = r.nextDouble();
        if (roll < step) {
          if (r.nextBoolean()) {
            due.add(new long[] {v + 1 + r.nextInt(2), v - 1, i});
            dueText.add(text);
          }
          continue; // deleted
        } else if (roll < 2 * step) {
          int cut = text.indexOf(". ", text.length() / 3);
          if (cut > 0 && cut < text.length() - 20) {
            out.add(new Piece(text.substring(0, cut + 1), List.<long[]>of(self)));
            out.add(new Piece(text.substring(cut + 2), List.<long[]>of(self)));
            continue;
          }
        } else if (roll < 3 * step && i + 1 < before.size()) {
          String next = reword(before.get(i + 1).text(), r.nextDouble() * 0.2, donor, r);
          out.add(new Piece(text + " " + next, List.of(self, new long[] {v - 1, i + 1})));
          i++;
          continue;
        } else if (roll < 4 * step) {
          out.add(new Piece(donor.get(r.nextInt(donor.size())), List.of()));
        } else if (roll < 5 * step) {
          text = AlignmentEvaluation.reorderSentences(text, r);
        }
        out.add(new Piece(text, List.<long[]>of(self)));
      }
      int moves = (int) Math.round(out.size() * step);
      for (int k = 0; k < moves && out.size() > 2; k++) {
        Piece p = out.remove(r.nextInt(out.size()));
        out.add(r.nextInt(out.size() + 1), p);
      }
      // Paragraphs due back now return near where they stood, a little reworded.
      for (int k = 0; k < due.size(); k++) {
        long[] d = due.get(k);
        if (d[0] == v) {
          String text = reword(dueText.get(k), r.nextDouble() * 0.2, donor, r);
          int at = (int) Math.min(out.size(), d[2]);
          out.add(at, new Piece(text, List.<long[]>of(new long[] {d[1], d[2]})));
        }
      }
      series.add(out);
    }
    return series;
  }

  /** Replaces a share of the words (never the first) by words of the donor speech. */
  private static String reword(String text, double share, List<String> donor, Random random) {
    String[] words = text.split(" ");
    List<String> pool = donorWords(donor);
    int n = (int) Math.round(share * words.length);
    for (int k = 0; k < n && words.length > 1; k++) {
      words[1 + random.nextInt(words.length - 1)] =
          pool.get(random.nextInt(pool.size())).toLowerCase(Locale.ROOT);
    }
    return String.join(" ", words);
  }

  private static List<String> lastDonor = List.of();
  private static List<String> lastDonorWords = List.of();

  /** The donor speech's words; the last speech's are kept, as a series asks for them often. */
  private static List<String> donorWords(List<String> donor) {
    if (donor != lastDonor) {
      lastDonor = donor;
      lastDonorWords = donor.stream().flatMap(p -> Stream.of(p.split(" "))).toList();
    }
    return lastDonorWords;
  }

  private static List<String> body(Statement s) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : s.paragraphs()) {
      if (p.kind() == Paragraph.Kind.BODY && p.tokens().size() >= 12) {
        out.add(p.text());
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static Statement statement(List<String> paragraphs) {
    return Normalizer.defaults().normalize("generated", String.join("\n\n", paragraphs));
  }
}
