package dev.parley.benchmarks;

import dev.parley.align.Aligner;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.similarity.TfIdfCosineSimilarity;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates versions alignment on two English translations of the same texts: short passages of the
 * King James Version (1611/1769) and the World English Bible (2000–2020), read from the SWORD
 * modules Debian ships (public domain texts; {@code apt-get install diatheke sword-text-kjv
 * sword-text-web}). The same content in other words, other word order and other sentence cuts: "he
 * that believeth on him is not condemned" against "he who believes in him is not judged".
 *
 * <p>Each passage is a run of up to 12 verses from a chapter drawn at random (seeded) across the 66
 * books. Each side is cut into sentences at full stops, question and exclamation marks (a simple
 * rule independent of Parley's own splitter; a KJV sentence often runs over several verses), and
 * fed to Parley's versions mode with each sentence a paragraph, as an aligner of translations is
 * used. Gold: two sentences are linked when they share a verse (many-to-many, as a translation's
 * sentence alignment is); the verse numbering is the translators', not an aligner's guess. Scored
 * as link F1 with precision and recall, beside a length-based aligner of translations (Gale and
 * Church, 1993: monotone 1:1, 1:2, 2:1, 1:0 and 0:1 steps scored by the ratio of the lengths in
 * characters), closest match by tf-idf cosine (each right sentence to its most alike left one, at
 * 0.3 or more) and a difflib-style diff.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.parley.benchmarks.TranslationEvaluation [PASSAGES] [--seed N] [--misses] [--inside |
 * --mixed]} (200 passages, seed 20261129 by default). With {@code --inside}, each passage is one
 * paragraph a side, and the sentence links scored are those inside the paragraph link: how a link's
 * sentences are aligned, with Parley's own sentence cuts mapped to the rule's sentences they
 * overlap. With {@code --mixed}, each side is cut into paragraphs of its own (a break after each
 * sentence with a chance of one in three, drawn apart from the passages, which stay the same), as
 * two translations or a draft paragraphed again are: the sentence links scored are those inside
 * every paragraph link, partial ones included.
 */
public final class TranslationEvaluation {

  private static final String[] SYSTEMS = {"parley", "Gale-Church", "tf-idf", "difflib"};

  /** The 66 books as SWORD names them, with their chapter counts. */
  private static final String[] BOOKS = {
    "Genesis 50",
    "Exodus 40",
    "Leviticus 27",
    "Numbers 36",
    "Deuteronomy 34",
    "Joshua 24",
    "Judges 21",
    "Ruth 4",
    "I Samuel 31",
    "II Samuel 24",
    "I Kings 22",
    "II Kings 25",
    "I Chronicles 29",
    "II Chronicles 36",
    "Ezra 10",
    "Nehemiah 13",
    "Esther 10",
    "Job 42",
    "Psalms 150",
    "Proverbs 31",
    "Ecclesiastes 12",
    "Song of Solomon 8",
    "Isaiah 66",
    "Jeremiah 52",
    "Lamentations 5",
    "Ezekiel 48",
    "Daniel 12",
    "Hosea 14",
    "Joel 3",
    "Amos 9",
    "Obadiah 1",
    "Jonah 4",
    "Micah 7",
    "Nahum 3",
    "Habakkuk 3",
    "Zephaniah 3",
    "Haggai 2",
    "Zechariah 14",
    "Malachi 4",
    "Matthew 28",
    "Mark 16",
    "Luke 24",
    "John 21",
    "Acts 28",
    "Romans 16",
    "I Corinthians 16",
    "II Corinthians 13",
    "Galatians 6",
    "Ephesians 6",
    "Philippians 4",
    "Colossians 4",
    "I Thessalonians 5",
    "II Thessalonians 3",
    "I Timothy 6",
    "II Timothy 4",
    "Titus 3",
    "Philemon 1",
    "Hebrews 13",
    "James 5",
    "I Peter 5",
    "II Peter 3",
    "I John 5",
    "II John 1",
    "III John 1",
    "Jude 1",
    "Revelation of John 22"
  };

  /** The groups of books the results are given by (in canon order), then all passages. */
  private static final List<String> GROUPS =
      List.of("law, history", "poetry, wisdom", "prophets", "gospels, acts", "letters", "all");

  private static final String KJV = "engKJV2006eb";
  private static final String WEB = "engWEB2015eb";
  private static final int VERSES = 12;

  private static final Pattern VERSE_LINE = Pattern.compile("^(.*) (\\d+):(\\d+): (.*)$");
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.?!][\"'”’)]*(?=\\s+[\"'“‘(]*[A-Z])");

  private TranslationEvaluation() {}

  /** One side of a passage: its sentences, and the verses each one covers. */
  record Side(List<String> sentences, List<BitSet> verses) {}

  /** Runs the evaluation. */
  public static void main(String[] args) throws IOException, InterruptedException {
    boolean meaning = MeaningOption.wanted(args);
    args = MeaningOption.rest(args);
    int passages = 200;
    long seed = 20261129L;
    boolean misses = false;
    boolean inside = false;
    boolean mixed = false;
    for (int k = 0; k < args.length; k++) {
      switch (args[k]) {
        case "--seed" -> seed = Long.parseLong(args[++k]);
        case "--misses" -> misses = true;
        case "--inside" -> inside = true;
        case "--mixed" -> mixed = true;
        default -> passages = Integer.parseInt(args[k]);
      }
    }
    Random random = new Random(seed);
    Random cuts = new Random(seed + 1); // the passages stay those of the other settings
    Aligner aligner = MeaningOption.aligner(meaning);
    TfIdfCosineSimilarity tfidf = TfIdfCosineSimilarity.of(TermStatistics.defaults());
    Map<String, double[]> counts = new LinkedHashMap<>();
    for (String g : GROUPS) {
      counts.put(g, new double[3 * SYSTEMS.length]);
    }
    int sentencesLeft = 0;
    int sentencesRight = 0;
    int done = 0;
    while (done < passages) {
      int b = random.nextInt(BOOKS.length);
      String[] book = BOOKS[b].split(" (?=\\d+$)");
      int chapter = 1 + random.nextInt(Integer.parseInt(book[1]));
      String key = book[0] + " " + chapter;
      Map<Integer, String> kjv = verses(KJV, key);
      Map<Integer, String> web = verses(WEB, key);
      List<Integer> shared = new ArrayList<>(kjv.keySet());
      shared.retainAll(web.keySet());
      if (shared.size() < 3) {
        continue;
      }
      int from = random.nextInt(Math.max(1, shared.size() - VERSES + 1));
      List<Integer> window = shared.subList(from, Math.min(shared.size(), from + VERSES));
      Side left = side(kjv, window);
      Side right = side(web, window);
      if (left.sentences().size() < 2 || right.sentences().size() < 2) {
        continue;
      }
      done++;
      sentencesLeft += left.sentences().size();
      sentencesRight += right.sentences().size();
      Set<Long> gold = new HashSet<>();
      for (int i = 0; i < left.sentences().size(); i++) {
        for (int j = 0; j < right.sentences().size(); j++) {
          if (left.verses().get(i).intersects(right.verses().get(j))) {
            gold.add(AlignmentEvaluation.pair(i, j));
          }
        }
      }
      Set<Long> parley =
          mixed
              ? linked(
                  aligner,
                  left.sentences(),
                  right.sentences(),
                  breaks(cuts, left.sentences().size()),
                  breaks(cuts, right.sentences().size()))
              : inside
                  ? linked(
                      aligner,
                      left.sentences(),
                      right.sentences(),
                      new boolean[left.sentences().size()],
                      new boolean[right.sentences().size()])
                  : parley(aligner, left.sentences(), right.sentences());
      Set<Long> length = galeChurch(left.sentences(), right.sentences());
      Set<Long> closest = RevisionEvaluation.closest(left.sentences(), right.sentences(), tfidf);
      Set<Long> difflib = AlignmentEvaluation.difflib(left.sentences(), right.sentences());
      String group = group(b);
      for (String g : List.of(group, "all")) {
        double[] c = counts.get(g);
        AlignmentEvaluation.tally(c, 0, gold, parley);
        AlignmentEvaluation.tally(c, 3, gold, length);
        AlignmentEvaluation.tally(c, 6, gold, closest);
        AlignmentEvaluation.tally(c, 9, gold, difflib);
      }
      if (misses) {
        showMisses(key + ":" + window.get(0), left, right, gold, parley);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d passages of up to %d verses (seed %d)%s: %d KJV sentences, %d WEB sentences%n%n",
        passages,
        VERSES,
        seed,
        mixed ? ", each side cut into paragraphs of its own" : inside ? ", each one paragraph" : "",
        sentencesLeft,
        sentencesRight);
    counts.values().removeIf(c -> c[0] + c[1] + c[2] == 0); // a group no passage fell in
    RevisionEvaluation.printF1("sentence links", SYSTEMS, counts);
  }

  /** The group of book {@code b} of {@link #BOOKS}: the first book of each after the first. */
  private static String group(int b) {
    int[] starts = {17, 22, 39, 44};
    int g = 0;
    while (g < starts.length && b >= starts[g]) {
      g++;
    }
    return GROUPS.get(g);
  }

  /** Parley's versions mode with each sentence a paragraph: the linked sentence pairs. */
  static Set<Long> parley(Aligner aligner, List<String> left, List<String> right) {
    Statement a = statement("kjv", left);
    Statement b = statement("web", right);
    int[] pa = unitOf(a, left);
    int[] pb = unitOf(b, right);
    Set<Long> pairs = new HashSet<>();
    for (Link l : aligner.align(a, b, Alignment.Mode.VERSIONS).links()) {
      for (int i : l.left()) {
        for (int j : l.right()) {
          pairs.add(AlignmentEvaluation.pair(pa[i], pb[j]));
        }
      }
    }
    return pairs;
  }

  /**
   * Where each side of a passage is cut into paragraphs ({@code --mixed}): after each sentence with
   * a chance of one in three, so two translations are paragraphed each its own way.
   */
  private static boolean[] breaks(Random random, int sentences) {
    boolean[] after = new boolean[sentences];
    for (int k = 0; k + 1 < sentences; k++) {
      after[k] = random.nextInt(3) == 0;
    }
    return after;
  }

  /**
   * Parley's versions mode with each side's sentences in paragraphs, a new one after each sentence
   * {@code breakLeft} / {@code breakRight} marks (none: each passage one paragraph): the sentence
   * pairs linked inside the paragraph links, Parley's own sentences mapped to the sentences of the
   * rule they overlap.
   */
  static Set<Long> linked(
      Aligner aligner,
      List<String> left,
      List<String> right,
      boolean[] breakLeft,
      boolean[] breakRight) {
    int[] startsLeft = new int[left.size()];
    int[] startsRight = new int[right.size()];
    Statement a = Normalizer.defaults().normalize("kjv", text(left, breakLeft, startsLeft));
    Statement b = Normalizer.defaults().normalize("web", text(right, breakRight, startsRight));
    Set<Long> pairs = new HashSet<>();
    for (Link l : aligner.align(a, b, Alignment.Mode.VERSIONS).links()) {
      List<Sentence> ls = sentences(a, l.left());
      List<Sentence> rs = sentences(b, l.right());
      for (Link s : l.sentences()) {
        for (int i : s.left()) {
          for (int j : s.right()) {
            for (int x : overlapped(ls.get(i).span(), left, startsLeft)) {
              for (int y : overlapped(rs.get(j).span(), right, startsRight)) {
                pairs.add(AlignmentEvaluation.pair(x, y));
              }
            }
          }
        }
      }
    }
    return pairs;
  }

  /**
   * The sentences joined by a space, or a blank line after those {@code breaks} marks; each one's
   * offset in it written to {@code starts}.
   */
  private static String text(List<String> sentences, boolean[] breaks, int[] starts) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < sentences.size(); k++) {
      if (k > 0) {
        b.append(breaks[k - 1] ? "\n\n" : " ");
      }
      starts[k] = b.length();
      b.append(sentences.get(k));
    }
    return b.toString();
  }

  /** The sentences of paragraphs {@code paragraphs} of {@code s}, in order. */
  private static List<Sentence> sentences(Statement s, List<Integer> paragraphs) {
    List<Sentence> out = new ArrayList<>();
    for (int p : paragraphs) {
      out.addAll(s.paragraphs().get(p).sentences());
    }
    return out;
  }

  /** The sentences of {@code sentences}, starting at {@code starts}, that {@code span} overlaps. */
  private static List<Integer> overlapped(
      dev.parley.text.Span span, List<String> sentences, int[] starts) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      if (starts[k] < span.end() && starts[k] + sentences.get(k).length() > span.start()) {
        out.add(k);
      }
    }
    return out;
  }

  private static Statement statement(String name, List<String> sentences) {
    return Normalizer.defaults().normalize(name, String.join("\n\n", sentences));
  }

  /**
   * The sentence each paragraph of {@code s} holds (the normaliser keeps one a paragraph; if it
   * joined two, the first).
   */
  private static int[] unitOf(Statement s, List<String> sentences) {
    int[] starts = new int[sentences.size()];
    int at = 0;
    for (int k = 0; k < sentences.size(); k++) {
      starts[k] = at;
      at += sentences.get(k).length() + 2;
    }
    int[] out = new int[s.paragraphs().size()];
    for (Paragraph p : s.paragraphs()) {
      int unit = 0;
      while (unit + 1 < starts.length && starts[unit + 1] <= p.span().start()) {
        unit++;
      }
      out[p.index()] = unit;
    }
    return out;
  }

  /**
   * Gale and Church's length-based alignment: monotone steps 1:1, 1:2, 2:1, 1:0 and 0:1, each
   * costing minus the log of its prior times the probability of the lengths' difference under a
   * normal model (c = 1, s² = 6.8 in characters, the published values).
   */
  static Set<Long> galeChurch(List<String> left, List<String> right) {
    int n = left.size();
    int m = right.size();
    double[][] cost = new double[n + 1][m + 1];
    int[][] step = new int[n + 1][m + 1];
    int[][] moves = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
    double[] prior = {0.89, 0.0099 / 2, 0.0099 / 2, 0.089 / 2, 0.089 / 2};
    for (double[] row : cost) {
      java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
    }
    cost[0][0] = 0;
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        for (int k = 0; k < moves.length; k++) {
          int di = moves[k][0];
          int dj = moves[k][1];
          if (i < di || j < dj || cost[i - di][j - dj] == Double.POSITIVE_INFINITY) {
            continue;
          }
          int l1 = 0;
          for (int x = i - di; x < i; x++) {
            l1 += left.get(x).length();
          }
          int l2 = 0;
          for (int y = j - dj; y < j; y++) {
            l2 += right.get(y).length();
          }
          double c = cost[i - di][j - dj] + matchCost(l1, l2) - Math.log(prior[k]);
          if (c < cost[i][j]) {
            cost[i][j] = c;
            step[i][j] = k;
          }
        }
      }
    }
    Set<Long> pairs = new HashSet<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int k = step[i][j];
      int di = moves[k][0];
      int dj = moves[k][1];
      for (int x = i - di; x < i; x++) {
        for (int y = j - dj; y < j; y++) {
          pairs.add(AlignmentEvaluation.pair(x, y));
        }
      }
      i -= di;
      j -= dj;
    }
    return pairs;
  }

  private static double matchCost(int l1, int l2) {
    if (l1 == 0 || l2 == 0) {
      return 0;
    }
    double mean = (l1 + l2 / 1.0) / 2;
    double z = (l2 - l1) / Math.sqrt(6.8 * mean);
    double p = 2 * (1 - normal(Math.abs(z)));
    return -Math.log(Math.max(p, 1e-12));
  }

  /** The standard normal distribution function (Abramowitz and Stegun 26.2.17). */
  private static double normal(double z) {
    double t = 1 / (1 + 0.2316419 * z);
    double d = 0.3989423 * Math.exp(-z * z / 2);
    return 1
        - d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  }

  /** The passage's sentences and the verses each covers. */
  private static Side side(Map<Integer, String> verses, List<Integer> window) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (int v : window) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(verses.get(v));
      spans.add(new int[] {start, text.length()});
    }
    List<String> sentences = new ArrayList<>();
    List<BitSet> covered = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int from = 0;
    while (from < text.length()) {
      int end = m.find(from) ? m.end() : text.length();
      String sentence = text.substring(from, end).strip();
      if (!sentence.isEmpty()) {
        BitSet b = new BitSet();
        for (int k = 0; k < spans.size(); k++) {
          if (spans.get(k)[0] < end && spans.get(k)[1] > from) {
            b.set(k);
          }
        }
        sentences.add(sentence);
        covered.add(b);
      }
      from = end;
      while (from < text.length() && text.charAt(from) == ' ') {
        from++;
      }
    }
    return new Side(sentences, covered);
  }

  /** The verses of chapter {@code key} in {@code module}, by number, as plain text. */
  static Map<Integer, String> verses(String module, String key)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("diatheke", "-b", module, "-f", "OSIS", "-k", key)
            .redirectErrorStream(true)
            .start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (p.waitFor() != 0) {
      throw new IOException("diatheke failed on " + module + " " + key + ": " + out);
    }
    Map<Integer, String> verses = new LinkedHashMap<>();
    int current = -1;
    StringBuilder text = new StringBuilder();
    for (String line : out.split("\n")) {
      Matcher m = VERSE_LINE.matcher(line);
      if (m.matches()) {
        if (current >= 0) {
          verses.put(current, clean(text.toString()));
        }
        current = Integer.parseInt(m.group(3));
        text.setLength(0);
        text.append(m.group(4));
      } else if (current >= 0 && !line.startsWith("(" + module)) {
        text.append(' ').append(line);
      }
    }
    if (current >= 0) {
      verses.put(current, clean(text.toString()));
    }
    verses.values().removeIf(String::isEmpty);
    return verses;
  }

  /** OSIS markup to plain text: notes and titles dropped, words kept apart, spaces collapsed. */
  static String clean(String osis) {
    String s = osis.replaceAll("(?s)<note\\b.*?</note>", " ");
    s = s.replaceAll("(?s)<title\\b.*?</title>", " ");
    s = s.replace("</w><w", "</w> <w");
    s = s.replaceAll("<milestone[^>]*>", " ");
    s = s.replaceAll("<[^>]+>", "");
    s = s.replace("¶", " ");
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    return s.replaceAll("\\s+", " ").strip();
  }

  private static void showMisses(
      String where, Side left, Side right, Set<Long> gold, Set<Long> parley) {
    showPairs(where + " missed", left, right, gold, parley);
    showPairs(where + " wrong", left, right, parley, gold);
  }

  /** Prints each sentence pair of {@code pairs} that {@code others} lacks. */
  private static void showPairs(
      String label, Side left, Side right, Set<Long> pairs, Set<Long> others) {
    for (long p : pairs) {
      if (!others.contains(p)) {
        System.out.printf(
            "%s:%n   < %s%n   > %s%n",
            label,
            left.sentences().get((int) (p >> 32)),
            right.sentences().get((int) (p & 0xffffffffL)));
      }
    }
  }
}
