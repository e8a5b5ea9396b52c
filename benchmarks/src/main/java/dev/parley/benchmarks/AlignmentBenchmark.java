package dev.parley.benchmarks;

import com.github.difflib.DiffUtils;
import dev.parley.align.Aligner;
import dev.parley.align.Alignment;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core alignment routine against plain word diffs, on the same texts: a statement made of real
 * speech paragraphs (in corpus order) and an edited version of it, {@code -p edits=medium} (the
 * medium setting of {@link AlignmentEvaluation}: rewording up to 20 %, splits, merges, deletions,
 * insertions from another speech, moves) or {@code -p edits=draft} (a revised draft: most
 * paragraphs kept word for word). {@code parley} aligns paragraphs, then sentences and words inside
 * every link; the baselines diff the two texts word by word, with java-diff-utils (Myers) and
 * diff-match-patch (word mode, no time limit).
 *
 * <p>Run from the project root, after {@code mvn -B package -DskipTests}:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AlignmentBenchmark -p corpus=../shared/corpus/ungdc \
 *     -rf json -rff benchmarks/target/jmh-alignment.json
 * </pre>
 *
 * The baselines run up to 1,000 paragraphs ({@code -p paragraphs=…} selects sizes; {@code -p
 * baselinesUpTo=10000} lifts the limit); beyond that a word diff of the whole text takes minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class AlignmentBenchmark {

  /** A folder of statements to take paragraphs from ({@code *.txt}, recursively). */
  @Param("seeds")
  public String corpus;

  /** The number of paragraphs of the left statement. */
  @Param({"10", "60", "100", "1000", "10000"})
  public int paragraphs;

  /**
   * How the right statement was edited: {@code medium} (every paragraph reworded up to 20 %, a
   * fifth edited: split, merged, deleted, inserted, moved, sentences reordered), or {@code draft}
   * (a draft revised: one paragraph in five reworded by a tenth, one split, one moved, one
   * inserted, the rest kept word for word).
   */
  @Param({"medium"})
  public String edits;

  /**
   * The baselines run up to this many paragraphs, 1,000 unless told: beyond that one word diff of
   * the whole text takes from seconds to many minutes (run them with {@code -bm ss}).
   */
  @Param("1000")
  public int baselinesUpTo = 1000;

  private Statement left;
  private Statement right;
  private List<String> leftWords;
  private List<String> rightWords;

  /** Builds the statement and its edited version. */
  @Setup
  public void setUp() throws Exception {
    List<String> pool = paragraphPool(corpus, paragraphs);
    List<String> original = pool.subList(0, paragraphs);
    List<String> donor = pool.subList(paragraphs, pool.size());
    List<String> edited =
        switch (edits) {
          case "medium" ->
              AlignmentEvaluation.edit(
                      original,
                      donor,
                      new AlignmentEvaluation.Setting("medium", 0.2, 0.2),
                      new Random(7))
                  .stream()
                  .map(AlignmentEvaluation.Piece::text)
                  .toList();
          case "draft" -> draft(original, donor, new Random(7));
          default -> throw new IllegalArgumentException("edits: medium or draft, not " + edits);
        };
    left = Normalizer.defaults().normalize("left", String.join("\n\n", original));
    right = Normalizer.defaults().normalize("right", String.join("\n\n", edited));
    leftWords = List.of(left.original().split("\\s+"));
    rightWords = List.of(right.original().split("\\s+"));
  }

  /** A revised draft: most paragraphs kept word for word, as between drafts of one statement. */
  static List<String> draft(List<String> original, List<String> donor, Random random) {
    List<String> out = new ArrayList<>();
    for (String p : original) {
      out.add(random.nextInt(5) == 0 ? AlignmentEvaluation.reword(p, 0.1, donor, random) : p);
    }
    int split = random.nextInt(out.size());
    String s = out.get(split);
    int cut = s.indexOf(". ", s.length() / 3);
    if (cut > 0 && cut < s.length() - 20) {
      out.set(split, s.substring(0, cut + 1));
      out.add(split + 1, s.substring(cut + 2));
    }
    out.add(random.nextInt(out.size() + 1), out.remove(random.nextInt(out.size())));
    out.add(random.nextInt(out.size() + 1), donor.get(random.nextInt(donor.size())));
    return out;
  }

  /**
   * Body paragraphs of real speeches, in corpus order: at least {@code paragraphs} and some to
   * spare for insertions.
   */
  static List<String> paragraphPool(String corpus, int paragraphs) throws java.io.IOException {
    List<String> pool = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(Path.of(corpus))) {
      for (Path p : walk.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        for (Paragraph q : Normalizer.defaults().read(p).paragraphs()) {
          String t = q.text();
          if (q.kind() == Paragraph.Kind.BODY
              && Character.isUpperCase(t.charAt(0))
              && t.endsWith(".")) {
            pool.add(t);
          }
        }
        if (pool.size() >= paragraphs + 200) {
          break;
        }
      }
    }
    if (pool.size() < paragraphs + 20) {
      throw new IllegalStateException(corpus + " has too few paragraphs for " + paragraphs);
    }
    return pool;
  }

  /**
   * Parley: paragraphs, sentences inside every link, word differences inside every link. What
   * Parley derives from a statement's words (prepared forms, rarer words) is kept with the
   * statement, so from the second call on this measures a statement compared again.
   */
  @Benchmark
  public Alignment parley() {
    return Aligner.defaults().align(left, right, Alignment.Mode.VERSIONS);
  }

  /**
   * Parley on statements compared for the first time: copies of the two statements with nothing
   * derived from their words yet (the copying is counted too), so each call tokenises and prepares
   * every paragraph and sentence again.
   */
  @Benchmark
  public Alignment parleyFirstComparison() {
    return Aligner.defaults().align(fresh(left), fresh(right), Alignment.Mode.VERSIONS);
  }

  /**
   * Not a comparison: what any first comparison does at the least, fresh copies of the two
   * statements (as {@link #parleyFirstComparison}) with the words of every paragraph read, and
   * nothing else. It shows how much of a first comparison reading the texts takes.
   */
  @Benchmark
  public int parleyReadWordsOnly() {
    int words = 0;
    for (Paragraph p : fresh(left).paragraphs()) {
      words += p.words().size();
    }
    for (Paragraph p : fresh(right).paragraphs()) {
      words += p.words().size();
    }
    return words;
  }

  /** A copy of {@code s} with nothing derived from its words yet. */
  static Statement fresh(Statement s) {
    List<Paragraph> copies = new ArrayList<>(s.paragraphs().size());
    for (Paragraph p : s.paragraphs()) {
      List<Sentence> sentences = new ArrayList<>(p.sentences().size());
      for (Sentence x : p.sentences()) {
        sentences.add(new Sentence(x.text(), x.span()));
      }
      copies.add(new Paragraph(p.index(), p.kind(), p.text(), p.span(), sentences));
    }
    return new Statement(s.source(), s.original(), s.metadata(), copies, s.removed(), s.warnings());
  }

  /** Baseline: java-diff-utils' word diff of the whole texts, split into words beforehand. */
  @Benchmark
  public int javaDiffUtilsWordDiff() {
    refuseLongBaseline();
    return DiffUtils.diff(leftWords, rightWords).getDeltas().size();
  }

  /**
   * Baseline: what a user writes, java-diff-utils' diff of the two raw texts split on white space
   * ({@code DiffUtils.diff(Arrays.asList(left.split("\\s+")), …)}), the split included.
   */
  @Benchmark
  public int javaDiffUtilsSplitAndDiff() {
    refuseLongBaseline();
    return DiffUtils.diff(
            Arrays.asList(left.original().split("\\s+")),
            Arrays.asList(right.original().split("\\s+")))
        .getDeltas()
        .size();
  }

  /** Baseline: diff-match-patch over words (each word encoded as one character), no time limit. */
  @Benchmark
  public int diffMatchPatchWordDiff() {
    refuseLongBaseline();
    Map<String, Character> codes = new HashMap<>();
    DiffMatchPatch dmp = new DiffMatchPatch();
    dmp.diffTimeout = 0;
    return dmp.diffMain(encode(leftWords, codes), encode(rightWords, codes), false).size();
  }

  private void refuseLongBaseline() {
    if (paragraphs > baselinesUpTo) {
      throw new UnsupportedOperationException(
          "baselines run up to " + baselinesUpTo + " paragraphs (-p baselinesUpTo=N)");
    }
  }

  private static String encode(List<String> words, Map<String, Character> codes) {
    StringBuilder b = new StringBuilder(words.size());
    for (String w : words) {
      b.append(codes.computeIfAbsent(w, k -> (char) (0x100 + codes.size())));
    }
    return b.toString();
  }
}
