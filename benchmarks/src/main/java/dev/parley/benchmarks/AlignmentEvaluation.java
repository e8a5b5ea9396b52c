package dev.parley.benchmarks;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import dev.parley.align.Aligner;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.similarity.TfIdfCosineSimilarity;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Evaluates versions alignment on edited versions of real speeches, generated with a fixed seed:
 * paragraphs kept, reworded (a share of their words replaced), split, merged with the next,
 * deleted, moved, their sentences reordered, and paragraphs inserted from another delegation's
 * speech of the same year. The gold links are known; the score is the F1 of paragraph links (each
 * linked left–right pair; a split links one left paragraph to two right ones), per difficulty
 * setting and overall. Two baselines run on the same pairs: a difflib-style diff over paragraphs
 * (equal paragraphs linked, changed blocks paired in order) and closest match by tf-idf cosine
 * (each right paragraph to its most alike left paragraph, when the cosine reaches 0.3).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.parley.benchmarks.AlignmentEvaluation CORPUS_DIR [SPEECHES_PER_SETTING] [SEED]}.
 */
public final class AlignmentEvaluation {

  private AlignmentEvaluation() {}

  /** A difficulty: how much rewording and how many edits of each kind. */
  /**
   * A difficulty.
   *
   * @param name a label
   * @param maxReword the largest share of a paragraph's words reworded
   * @param edit the share of paragraphs split, merged, deleted, inserted, reordered or moved
   */
  public record Setting(String name, double maxReword, double edit) {}

  /** One paragraph of the edited version and where it came from. */
  /**
   * One paragraph of an edited version.
   *
   * @param text its text
   * @param sources the original paragraphs it came from
   */
  public record Piece(String text, List<Integer> sources) {}

  private static final List<Setting> SETTINGS =
      List.of(
          new Setting("light (reword 0-10 %, 10 % edits)", 0.10, 0.10),
          new Setting("medium (reword 0-20 %, 20 % edits)", 0.20, 0.20),
          new Setting("hard (reword 0-35 %, 30 % edits)", 0.35, 0.30));

  /** Runs the evaluation. */
  public static void main(String[] args) throws IOException {
    boolean meaning = MeaningOption.wanted(args);
    args = MeaningOption.rest(args);
    Path corpus = Path.of(args[0]);
    int perSetting = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261128L;
    Map<Integer, List<Path>> byYear = speechesByYear(corpus);
    List<Integer> years = new ArrayList<>(byYear.keySet());
    Random random = new Random(seed);
    Aligner aligner = MeaningOption.aligner(meaning);
    TfIdfCosineSimilarity tfidf = TfIdfCosineSimilarity.of(TermStatistics.defaults());
    double[] overall = new double[9]; // tp, fp, fn for parley, difflib, tfidf
    System.out.printf(Locale.ROOT, "%-38s %8s %8s %8s%n", "setting", "parley", "difflib", "tf-idf");
    for (Setting setting : SETTINGS) {
      double[] counts = new double[9];
      int done = 0;
      while (done < perSetting) {
        int year = years.get(random.nextInt(years.size()));
        List<Path> speeches = byYear.get(year);
        Path source = speeches.get(random.nextInt(speeches.size()));
        Path donorPath = speeches.get(random.nextInt(speeches.size()));
        if (donorPath.equals(source)) {
          continue;
        }
        List<String> original = body(Normalizer.defaults().read(source));
        List<String> donor = body(Normalizer.defaults().read(donorPath));
        if (original.size() < 8 || donor.isEmpty()) {
          continue;
        }
        List<Piece> edited = edit(original, donor, setting, random);
        Statement left = statement(original);
        Statement right = statement(edited.stream().map(Piece::text).toList());
        if (left.paragraphs().size() != original.size()
            || right.paragraphs().size() != edited.size()) {
          continue; // the generated text did not keep its paragraphs apart; skip rather than
          // misjudge
        }
        Set<Long> gold = new HashSet<>();
        for (int j = 0; j < edited.size(); j++) {
          for (int i : edited.get(j).sources()) {
            gold.add(pair(i, j));
          }
        }
        tally(counts, 0, gold, parley(aligner.align(left, right, Alignment.Mode.VERSIONS)));
        tally(counts, 3, gold, difflib(original, edited.stream().map(Piece::text).toList()));
        tally(counts, 6, gold, closest(left, right, tfidf));
        done++;
      }
      for (int k = 0; k < 9; k++) {
        overall[k] += counts[k];
      }
      System.out.printf(
          Locale.ROOT,
          "%-38s %8.4f %8.4f %8.4f%n",
          setting.name(),
          f1(counts, 0),
          f1(counts, 3),
          f1(counts, 6));
    }
    System.out.printf(
        Locale.ROOT,
        "%-38s %8.4f %8.4f %8.4f%n",
        "overall",
        f1(overall, 0),
        f1(overall, 3),
        f1(overall, 6));
    lowOverlap(byYear, years, perSetting, random, aligner, tfidf);
    replaced(byYear, years, perSetting, random, aligner, tfidf, false);
    replaced(byYear, years, perSetting, random, aligner, tfidf, true);
  }

  /**
   * The trap for an aligner that trusts order and length: a fifth of the units (never the first or
   * last) replaced by another delegation's unit of the same year and about the same length (within
   * 15 %), the rest kept in order, lightly reworded (paragraphs, 0–20 %) or heavily (each sentence
   * a unit, 50–67 %). Every link to a replacement is wrong; the kept units should still be linked.
   * Prints F1 and the share of replacements linked.
   */
  private static void replaced(
      Map<Integer, List<Path>> byYear,
      List<Integer> years,
      int count,
      Random random,
      Aligner aligner,
      TfIdfCosineSimilarity tfidf,
      boolean sentencesAsUnits) {
    double[] counts = new double[9];
    int replacements = 0;
    int linked = 0;
    int done = 0;
    while (done < count) {
      List<Path> speeches = byYear.get(years.get(random.nextInt(years.size())));
      Path speechFile = speeches.get(random.nextInt(speeches.size()));
      Path donorFile = speeches.get(random.nextInt(speeches.size()));
      if (speechFile.equals(donorFile)) {
        continue;
      }
      List<String> units = units(Normalizer.defaults().read(speechFile), sentencesAsUnits);
      List<String> donor =
          new ArrayList<>(units(Normalizer.defaults().read(donorFile), sentencesAsUnits));
      if (units.size() < 10 || donor.size() < 10) {
        continue;
      }
      List<String> right = new ArrayList<>();
      Set<Integer> swapped = new HashSet<>();
      for (int i = 0; i < units.size(); i++) {
        String unit = units.get(i);
        String swap = null;
        if (i > 0 && i < units.size() - 1 && random.nextInt(5) == 0) {
          int n = unit.split(" ").length;
          for (String d : donor) {
            int m = d.split(" ").length;
            if (m >= 0.85 * n && m <= 1.15 * n && !units.contains(d)) {
              swap = d;
              break;
            }
          }
        }
        if (swap != null) {
          right.add(swap);
          swapped.add(i);
          donor.remove(swap);
        } else {
          double share =
              sentencesAsUnits ? 0.5 + random.nextDouble() / 6 : random.nextDouble() * 0.2;
          right.add(reword(unit, share, donor, random));
        }
      }
      Statement left = statement(units);
      Statement edited = statement(right);
      if (left.paragraphs().size() != units.size() || edited.paragraphs().size() != right.size()) {
        continue;
      }
      Set<Long> gold = new HashSet<>();
      for (int i = 0; i < units.size(); i++) {
        if (!swapped.contains(i)) {
          gold.add(pair(i, i));
        }
      }
      Set<Long> found = parley(aligner.align(left, edited, Alignment.Mode.VERSIONS));
      tally(counts, 0, gold, found);
      tally(counts, 3, gold, difflib(units, right));
      tally(counts, 6, gold, closest(left, edited, tfidf));
      replacements += swapped.size();
      for (long p : found) {
        if (swapped.contains((int) (p & 0xFFFFFFFFL))) {
          linked++;
        }
      }
      done++;
    }
    System.out.printf(
        Locale.ROOT,
        "%-38s %8.4f %8.4f %8.4f   (%d of %d replacements linked)%n",
        sentencesAsUnits
            ? "replaced, low overlap (sentences)"
            : "replaced, light reword (paragraphs)",
        f1(counts, 0),
        f1(counts, 3),
        f1(counts, 6),
        linked,
        replacements);
  }

  /** Body paragraphs, or body sentences of eight words or more, each opening with a capital. */
  private static List<String> units(Statement s, boolean sentences) {
    List<String> out = new ArrayList<>();
    for (Paragraph p : s.paragraphs()) {
      if (p.kind() != Paragraph.Kind.BODY) {
        continue;
      }
      if (sentences) {
        p.sentences().stream()
            .map(x -> x.text())
            .filter(x -> x.split(" ").length >= 8 && Character.isUpperCase(x.charAt(0)))
            .forEach(out::add);
      } else if (p.tokens().size() >= 12 && Character.isUpperCase(p.text().charAt(0))) {
        out.add(p.text());
      }
    }
    return out;
  }

  /**
   * Low-overlap versions, as two translations or paraphrases of one text are: every sentence of a
   * speech fed as a paragraph, each reworded by half to two thirds, nothing added, removed or
   * moved. The backbone (sentence i to sentence i) should still be found.
   */
  private static void lowOverlap(
      Map<Integer, List<Path>> byYear,
      List<Integer> years,
      int count,
      Random random,
      Aligner aligner,
      TfIdfCosineSimilarity tfidf) {
    double[] counts = new double[9];
    int done = 0;
    while (done < count) {
      List<Path> speeches = byYear.get(years.get(random.nextInt(years.size())));
      Statement speech = Normalizer.defaults().read(speeches.get(random.nextInt(speeches.size())));
      Statement donorSpeech =
          Normalizer.defaults().read(speeches.get(random.nextInt(speeches.size())));
      List<String> sentences = new ArrayList<>();
      for (Paragraph p : speech.paragraphs()) {
        if (p.kind() == Paragraph.Kind.BODY) {
          p.sentences().stream()
              .map(x -> x.text())
              .filter(x -> x.split(" ").length >= 8 && Character.isUpperCase(x.charAt(0)))
              .forEach(sentences::add);
        }
      }
      List<String> donor = body(donorSpeech);
      if (sentences.size() < 10 || donor.isEmpty()) {
        continue;
      }
      List<String> paraphrased = new ArrayList<>();
      for (String x : sentences) {
        paraphrased.add(reword(x, 0.5 + random.nextDouble() / 6, donor, random));
      }
      Statement left = statement(sentences);
      Statement right = statement(paraphrased);
      if (left.paragraphs().size() != sentences.size()
          || right.paragraphs().size() != paraphrased.size()) {
        continue;
      }
      Set<Long> gold = new HashSet<>();
      for (int i = 0; i < sentences.size(); i++) {
        gold.add(pair(i, i));
      }
      tally(counts, 0, gold, parley(aligner.align(left, right, Alignment.Mode.VERSIONS)));
      tally(counts, 3, gold, difflib(sentences, paraphrased));
      tally(counts, 6, gold, closest(left, right, tfidf));
      done++;
    }
    System.out.printf(
        Locale.ROOT,
        "%-38s %8.4f %8.4f %8.4f%n",
        "low overlap (sentences reworded 50-67 %)",
        f1(counts, 0),
        f1(counts, 3),
        f1(counts, 6));
  }

  /** The corpus's speeches of 1990 on, by year (from names like {@code KAZ_62_2007.txt}). */
  static Map<Integer, List<Path>> speechesByYear(Path corpus) throws IOException {
    Map<Integer, List<Path>> byYear = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      walk.filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .forEach(
              p -> {
                String[] parts = p.getFileName().toString().replace(".txt", "").split("_");
                int year = Integer.parseInt(parts[2]);
                if (year >= 1990) {
                  byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(p);
                }
              });
    }
    return byYear;
  }

  private static List<String> body(Statement s) {
    return s.paragraphs().stream()
        .filter(p -> p.kind() == Paragraph.Kind.BODY && p.tokens().size() >= 12)
        .map(Paragraph::text)
        .toList();
  }

  private static Statement statement(List<String> paragraphs) {
    return Normalizer.defaults().normalize("generated", String.join("\n\n", paragraphs));
  }

  /** Applies random edits; each edited paragraph records the original paragraphs it came from. */
  public static List<Piece> edit(
      List<String> original, List<String> donor, Setting s, Random random) {
    List<Piece> out = new ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      String text = reword(original.get(i), random.nextDouble() * s.maxReword(), donor, random);
      double roll = random.nextDouble();
      double step = s.edit() / 6;
      if (roll < step) {
        continue; // deleted
      } else if (roll < 2 * step) {
        int cut = text.indexOf(". ", text.length() / 3);
        if (cut > 0 && cut < text.length() - 20) {
          out.add(new Piece(text.substring(0, cut + 1), List.of(i)));
          out.add(new Piece(text.substring(cut + 2), List.of(i)));
          continue;
        }
      } else if (roll < 3 * step && i + 1 < original.size()) {
        String next =
            reword(original.get(i + 1), random.nextDouble() * s.maxReword(), donor, random);
        out.add(new Piece(text + " " + next, List.of(i, i + 1)));
        i++;
        continue;
      } else if (roll < 4 * step) {
        out.add(new Piece(donor.get(random.nextInt(donor.size())), List.of()));
      } else if (roll < 5 * step) {
        text = reorderSentences(text, random);
      }
      out.add(new Piece(text, List.of(i)));
    }
    // Moves: take a few paragraphs out and put them elsewhere.
    int moves = (int) Math.round(out.size() * s.edit() / 6);
    for (int k = 0; k < moves && out.size() > 2; k++) {
      Piece p = out.remove(random.nextInt(out.size()));
      out.add(random.nextInt(out.size() + 1), p);
    }
    return out;
  }

  /**
   * Replaces a share of the words (never the first) by words of the donor speech; none when the
   * donor has no paragraph left (all swapped in whole by the replaced settings).
   */
  static String reword(String text, double share, List<String> donor, Random random) {
    if (donor.isEmpty()) {
      return text;
    }
    String[] words = text.split(" ");
    List<Integer> places = new ArrayList<>();
    for (int i = 1; i < words.length; i++) {
      places.add(i);
    }
    Collections.shuffle(places, random);
    int n = (int) Math.round(share * words.length);
    for (int k = 0; k < n && k < places.size(); k++) {
      String[] from = donor.get(random.nextInt(donor.size())).split(" ");
      words[places.get(k)] = from[random.nextInt(from.length)].toLowerCase(Locale.ROOT);
    }
    return String.join(" ", words);
  }

  static String reorderSentences(String text, Random random) {
    List<String> sentences = new ArrayList<>(List.of(text.split("(?<=\\.) (?=[A-Z])")));
    Collections.shuffle(sentences, random);
    return String.join(" ", sentences);
  }

  static long pair(int i, int j) {
    return ((long) i << 32) | j;
  }

  private static Set<Long> parley(Alignment a) {
    Set<Long> pairs = new HashSet<>();
    for (Link l : a.links()) {
      for (int i : l.left()) {
        for (int j : l.right()) {
          pairs.add(pair(i, j));
        }
      }
    }
    return pairs;
  }

  /** Like difflib: equal paragraphs linked; in a changed block, paragraphs paired in order. */
  static Set<Long> difflib(List<String> left, List<String> right) {
    Patch<String> patch = DiffUtils.diff(left, right);
    Set<Long> pairs = new HashSet<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : patch.getDeltas()) {
      while (i < d.getSource().getPosition()) {
        pairs.add(pair(i++, j++));
      }
      int n = Math.min(d.getSource().size(), d.getTarget().size());
      for (int k = 0; k < n; k++) {
        pairs.add(pair(i + k, j + k));
      }
      i += d.getSource().size();
      j += d.getTarget().size();
    }
    while (i < left.size() && j < right.size()) {
      pairs.add(pair(i++, j++));
    }
    return pairs;
  }

  /** Each right paragraph to its closest left paragraph by tf-idf cosine, at 0.3 or more. */
  static Set<Long> closest(Statement left, Statement right, TfIdfCosineSimilarity tfidf) {
    List<WordSequence> a = left.paragraphs().stream().map(WordSequence::of).toList();
    Set<Long> pairs = new HashSet<>();
    for (Paragraph r : right.paragraphs()) {
      WordSequence b = WordSequence.of(r);
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
        pairs.add(pair(best, r.index()));
      }
    }
    return pairs;
  }

  static void tally(double[] counts, int at, Set<Long> gold, Set<Long> predicted) {
    for (long p : predicted) {
      if (gold.contains(p)) {
        counts[at]++;
      } else {
        counts[at + 1]++;
      }
    }
    for (long g : gold) {
      if (!predicted.contains(g)) {
        counts[at + 2]++;
      }
    }
  }

  static double f1(double[] counts, int at) {
    double tp = counts[at];
    return 2 * tp / (2 * tp + counts[at + 1] + counts[at + 2]);
  }
}
