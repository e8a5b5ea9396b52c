package dev.parley.history;

import static java.util.Objects.requireNonNull;

import dev.parley.align.Aligner;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.align.WordsSignal;
import dev.parley.diff.DiffOp;
import dev.parley.diff.WordDiff;
import dev.parley.similarity.SharedPhrase;
import dev.parley.similarity.SharedPhrases;
import dev.parley.similarity.UnitSimilarity;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Follows the paragraphs of a series of versions of one statement (oldest first).
 *
 * <p>Consecutive versions are aligned as {@code compare} aligns them (paragraphs, then sentences
 * across the whole text). A paragraph that a version drops waits in a pool; a paragraph that a
 * later version brings in with no ancestor in the version before is looked for there, and when it
 * is one that was dropped, edited or not, it gets a {@code restore} link from its last earlier
 * occurrence instead of standing as new. Lineages follow the descent links; the phrase timeline
 * takes the phrases that consecutive versions (and restored paragraphs with their earlier
 * occurrence) share and finds every version that holds each.
 *
 * <pre>{@code
 * History h = Historian.of(Aligner.defaults()).trace(List.of(draft1, draft2, draft3));
 * h.links(HistoryLink.Type.RESTORE);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Historian {

  /**
   * A restore needs at least this words signal against the background of every paragraph of the
   * series ({@link WordsSignal}): a delegation's standing words in every version are no evidence
   * that a paragraph came back ...
   */
  static final double RESTORE_WORDS = 0.2;

  /** ... and this phrasing similarity... */
  static final double RESTORE_THRESHOLD = 0.3;

  /** ... or this, when the two paragraphs share a phrase of three content words or more. */
  static final double RESTORE_WITH_PHRASE_THRESHOLD = 0.15;

  /** Candidates scored for each paragraph that may be a restore. */
  private static final int CANDIDATES = 24;

  private final Aligner aligner;
  private final UnitSimilarity similarity;
  private final TermStatistics statistics;
  private final SharedPhrases phrases;
  private final SharedPhrases clauses;

  private Historian(Aligner aligner) {
    this.aligner = aligner;
    this.similarity = aligner.similarity();
    this.statistics = aligner.termStatistics();
    this.phrases = SharedPhrases.of(statistics, 3);
    this.clauses = phrases.withinClauses();
  }

  /** Returns a historian that aligns consecutive versions with {@code aligner}. */
  public static Historian of(Aligner aligner) {
    return new Historian(requireNonNull(aligner, "aligner"));
  }

  /**
   * Follows {@code versions}, oldest first.
   *
   * @throws NullPointerException if the list or a version is null
   * @throws IllegalArgumentException if there are fewer than two versions
   */
  public History trace(List<Statement> versions) {
    requireNonNull(versions, "versions");
    versions.forEach(v -> requireNonNull(v, "version"));
    if (versions.size() < 2) {
      throw new IllegalArgumentException(
          "a history needs at least two versions, not " + versions.size());
    }
    int n = versions.size();
    List<HistoryLink> links = new ArrayList<>();
    // hasChild[v][p]: paragraph p of version v descends into version v + 1.
    // hasParent[v][p]: paragraph p of version v descends from version v - 1.
    boolean[][] hasChild = new boolean[n][];
    boolean[][] hasParent = new boolean[n][];
    for (int v = 0; v < n; v++) {
      hasChild[v] = new boolean[versions.get(v).paragraphs().size()];
      hasParent[v] = new boolean[versions.get(v).paragraphs().size()];
    }
    for (int v = 0; v + 1 < n; v++) {
      Alignment a = aligner.align(versions.get(v), versions.get(v + 1), Alignment.Mode.VERSIONS);
      for (Link l : a.links()) {
        addConsecutive(links, v, l, a);
        if (l.type() != Link.Type.PARTIAL) {
          for (int p : l.left()) {
            if (!l.right().isEmpty()) {
              hasChild[v][p] = true;
            }
          }
          for (int q : l.right()) {
            if (!l.left().isEmpty()) {
              hasParent[v + 1][q] = true;
            }
          }
        }
      }
    }
    links.addAll(restores(versions, hasChild, hasParent));
    links.sort(
        (x, y) ->
            x.from().equals(y.from()) ? x.to().compareTo(y.to()) : x.from().compareTo(y.from()));
    List<Lineage> lineages = lineages(versions, links);
    List<PhraseTimeline> timeline = phrases(versions, links);
    return new History(versions, links, lineages, timeline);
  }

  // ------------------------------------------------------------------ links

  /** Adds one history link per paragraph pair of an alignment link between versions v, v + 1. */
  private void addConsecutive(List<HistoryLink> links, int v, Link l, Alignment a) {
    if (l.left().isEmpty() || l.right().isEmpty()) {
      return;
    }
    HistoryLink.Type type =
        switch (l.type()) {
          case MATCH -> HistoryLink.Type.MATCH;
          case SPLIT -> HistoryLink.Type.SPLIT;
          case MERGE -> HistoryLink.Type.MERGE;
          case MOVE -> HistoryLink.Type.MOVE;
          case PARTIAL -> HistoryLink.Type.PARTIAL;
          case DELETE, INSERT, RELATED -> throw new IllegalStateException(l.type().label());
        };
    for (int p : l.left()) {
      for (int q : l.right()) {
        Place from = new Place(v, p);
        Place to = new Place(v + 1, q);
        if (l.left().size() == 1 && l.right().size() == 1) {
          // The link's own sentences and diff are those of this pair.
          links.add(
              new HistoryLink(type, from, to, clamp(l.score().orElse(0)), l.sentences(), l.diff()));
        } else {
          links.add(
              pair(type, from, to, a.left().paragraphs().get(p), a.right().paragraphs().get(q)));
        }
      }
    }
  }

  /** A link between two paragraphs, with their similarity, sentence links and word diff. */
  private HistoryLink pair(
      HistoryLink.Type type, Place from, Place to, Paragraph earlier, Paragraph later) {
    double score = similarity.similarity(WordSequence.of(earlier), WordSequence.of(later));
    List<DiffOp> diff = WordDiff.diff(earlier.text(), later.text());
    return new HistoryLink(
        type, from, to, clamp(score), aligner.alignSentences(earlier, later), diff);
  }

  private static double clamp(double score) {
    return Math.max(0, Math.min(1, score));
  }

  // ------------------------------------------------------------------ restores

  /** A dropped paragraph waiting to be restored. */
  private record Dropped(Place place, UnitSimilarity.Prepared words) {}

  /**
   * Links paragraphs that come back after versions without them to their last earlier occurrence.
   */
  private List<HistoryLink> restores(
      List<Statement> versions, boolean[][] hasChild, boolean[][] hasParent) {
    List<HistoryLink> out = new ArrayList<>();
    List<WordSequence> every = new ArrayList<>();
    for (Statement version : versions) {
      for (Paragraph p : version.paragraphs()) {
        every.add(WordSequence.of(p));
      }
    }
    WordsSignal background = WordsSignal.over(every);
    List<Dropped> pool = new ArrayList<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    Set<Integer> restored = new HashSet<>();
    int n = versions.size();
    for (int v = 2; v < n; v++) {
      // Paragraphs of version v - 2 that version v - 1 dropped join the pool.
      Statement dropper = versions.get(v - 2);
      for (int p = 0; p < hasChild[v - 2].length; p++) {
        if (!hasChild[v - 2][p]) {
          Paragraph para = dropper.paragraphs().get(p);
          WordSequence words = WordSequence.of(para);
          int id = pool.size();
          pool.add(new Dropped(new Place(v - 2, p), similarity.prepare(words)));
          for (String w : rare(words)) {
            postings.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
          }
        }
      }
      Statement later = versions.get(v);
      List<double[]> pairs = new ArrayList<>(); // {score, pool id, paragraph}
      for (int q = 0; q < hasParent[v].length; q++) {
        if (hasParent[v][q]) {
          continue;
        }
        WordSequence words = WordSequence.of(later.paragraphs().get(q));
        UnitSimilarity.Prepared prepared = similarity.prepare(words);
        for (int id : candidates(words, postings, restored)) {
          Dropped d = pool.get(id);
          double score = similarity.similarity(d.words(), prepared);
          if ((score >= RESTORE_THRESHOLD
                  || (score >= RESTORE_WITH_PHRASE_THRESHOLD
                      && !phrases.find(d.words().words(), words).isEmpty()))
              && background.between(d.words().words(), words) >= RESTORE_WORDS) {
            pairs.add(new double[] {score, id, q});
          }
        }
      }
      // Best pairs first; of equal scores, the latest occurrence.
      pairs.sort(
          (x, y) ->
              x[0] != y[0]
                  ? Double.compare(y[0], x[0])
                  : Integer.compare(
                      pool.get((int) y[1]).place().version(),
                      pool.get((int) x[1]).place().version()));
      Set<Integer> taken = new HashSet<>();
      for (double[] pair : pairs) {
        int id = (int) pair[1];
        int q = (int) pair[2];
        if (restored.contains(id) || taken.contains(q)) {
          continue;
        }
        restored.add(id);
        taken.add(q);
        Place from = pool.get(id).place();
        Statement earlier = versions.get(from.version());
        out.add(
            pair(
                HistoryLink.Type.RESTORE,
                from,
                new Place(v, q),
                earlier.paragraphs().get(from.paragraph()),
                later.paragraphs().get(q)));
      }
    }
    return out;
  }

  /** The pool entries that share the most rare words with {@code words}, weighted by rarity. */
  private List<Integer> candidates(
      WordSequence words, Map<String, List<Integer>> postings, Set<Integer> restored) {
    Map<Integer, Double> shared = new HashMap<>();
    for (String w : rare(words)) {
      List<Integer> ids = postings.get(w);
      if (ids != null) {
        double idf = statistics.inverseDocumentFrequency(w);
        for (int id : ids) {
          if (!restored.contains(id)) {
            shared.merge(id, idf, Double::sum);
          }
        }
      }
    }
    return shared.entrySet().stream()
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .limit(CANDIDATES)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The distinct words of a paragraph that are not among the commonest; all of a short one. */
  private Set<String> rare(WordSequence words) {
    Set<String> out = new HashSet<>();
    int documents = Math.max(1, statistics.documentCount());
    for (int k = 0; k < words.size(); k++) {
      if (words.size() <= 4 || statistics.documentFrequencyOf(words.id(k)) < 0.7 * documents) {
        out.add(words.word(k));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ lineages

  private static List<Lineage> lineages(List<Statement> versions, List<HistoryLink> links) {
    int[] offset = new int[versions.size() + 1];
    for (int v = 0; v < versions.size(); v++) {
      offset[v + 1] = offset[v] + versions.get(v).paragraphs().size();
    }
    int[] parent = new int[offset[versions.size()]];
    for (int k = 0; k < parent.length; k++) {
      parent[k] = k;
    }
    for (HistoryLink l : links) {
      if (l.type().isDescent()) {
        int a = find(parent, offset[l.from().version()] + l.from().paragraph());
        int b = find(parent, offset[l.to().version()] + l.to().paragraph());
        // The root is the earliest member, so that lineages number in order of appearance.
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    Map<Integer, List<Place>> groups = new LinkedHashMap<>();
    for (int v = 0; v < versions.size(); v++) {
      for (int p = 0; p < versions.get(v).paragraphs().size(); p++) {
        groups
            .computeIfAbsent(find(parent, offset[v] + p), k -> new ArrayList<>())
            .add(new Place(v, p));
      }
    }
    List<Lineage> out = new ArrayList<>(groups.size());
    for (List<Place> members : groups.values()) {
      out.add(
          new Lineage(
              out.size(),
              members,
              members.get(0).version(),
              members.get(members.size() - 1).version()));
    }
    return out;
  }

  private static int find(int[] parent, int k) {
    while (parent[k] != k) {
      parent[k] = parent[parent[k]];
      k = parent[k];
    }
    return k;
  }

  // ------------------------------------------------------------------ phrases

  /**
   * The phrases that consecutive versions, and restored paragraphs with their earlier occurrence,
   * share; each with every version that holds it. Of two phrases held by the same versions, one
   * inside the other, the longer is kept.
   */
  private List<PhraseTimeline> phrases(List<Statement> versions, List<HistoryLink> links) {
    int n = versions.size();
    List<WordSequence> words = versions.stream().map(WordSequence::of).toList();
    // Phrases as their match forms joined by spaces, in the order found.
    Set<String> found = new LinkedHashSet<>();
    for (int v = 0; v + 1 < n; v++) {
      for (SharedPhrase p : clauses.find(words.get(v), words.get(v + 1))) {
        found.add(key(words.get(v), p.left()));
      }
    }
    for (HistoryLink l : links) {
      if (l.type() == HistoryLink.Type.RESTORE) {
        WordSequence a =
            WordSequence.of(
                versions.get(l.from().version()).paragraphs().get(l.from().paragraph()));
        for (SharedPhrase p :
            clauses.find(
                a,
                WordSequence.of(
                    versions.get(l.to().version()).paragraphs().get(l.to().paragraph())))) {
          found.add(key(a, p.left()));
        }
      }
    }
    List<List<String>> forms = words.stream().map(WordSequence::words).toList();
    List<Map<String, List<Integer>>> seeds = new ArrayList<>(n);
    for (List<String> w : forms) {
      Map<String, List<Integer>> s = new HashMap<>();
      for (int k = 0; k + 3 <= w.size(); k++) {
        s.computeIfAbsent(
                w.get(k) + ' ' + w.get(k + 1) + ' ' + w.get(k + 2), x -> new ArrayList<>())
            .add(k);
      }
      seeds.add(s);
    }
    record Found(String key, String text, List<Integer> versions, int at) {}
    List<Found> all = new ArrayList<>();
    for (String key : found) {
      String[] parts = key.split(" ");
      List<Integer> holding = new ArrayList<>();
      int firstAt = -1;
      String text = null;
      for (int v = 0; v < n; v++) {
        int at = indexOf(words.get(v), forms.get(v), seeds.get(v), parts);
        if (at >= 0) {
          if (holding.isEmpty()) {
            firstAt = at;
            text = display(versions.get(v), words.get(v), at, parts.length);
          }
          holding.add(v);
        }
      }
      if (holding.size() >= 2) {
        all.add(new Found(key, text, holding, firstAt));
      }
    }
    // Drop a phrase held by the same versions as a longer one that contains it.
    Map<List<Integer>, List<String>> byVersions = new HashMap<>();
    all.forEach(f -> byVersions.computeIfAbsent(f.versions(), k -> new ArrayList<>()).add(f.key()));
    List<PhraseTimeline> out = new ArrayList<>();
    List<Found> kept = new ArrayList<>();
    for (Found f : all) {
      boolean inside = false;
      for (String other : byVersions.get(f.versions())) {
        if (other.length() > f.key().length()
            && (" " + other + " ").contains(" " + f.key() + " ")) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        kept.add(f);
      }
    }
    kept.sort(
        (x, y) ->
            x.versions().get(0).equals(y.versions().get(0))
                ? Integer.compare(x.at(), y.at())
                : Integer.compare(x.versions().get(0), y.versions().get(0)));
    for (Found f : kept) {
      int last = f.versions().get(f.versions().size() - 1);
      out.add(
          new PhraseTimeline(
              f.text(),
              f.versions().get(0),
              last == n - 1 ? OptionalInt.empty() : OptionalInt.of(last + 1),
              f.versions()));
    }
    return out;
  }

  private static String key(WordSequence w, SharedPhrase.Occurrence o) {
    StringBuilder b = new StringBuilder();
    for (int k = o.firstWord(); k < o.endWord(); k++) {
      if (k > o.firstWord()) {
        b.append(' ');
      }
      b.append(w.word(k));
    }
    return b.toString();
  }

  /**
   * The first word index where {@code parts} stands in one paragraph of {@code w} (whose match
   * forms are {@code forms}), or -1.
   */
  private static int indexOf(
      WordSequence w, List<String> forms, Map<String, List<Integer>> seeds, String[] parts) {
    if (parts.length < 3) {
      return -1;
    }
    List<Integer> starts = seeds.get(parts[0] + ' ' + parts[1] + ' ' + parts[2]);
    if (starts == null) {
      return -1;
    }
    outer:
    for (int k : starts) {
      if (k + parts.length > w.size()) {
        continue;
      }
      for (int i = 0; i < parts.length; i++) {
        if (!forms.get(k + i).equals(parts[i]) || w.paragraph(k + i) != w.paragraph(k)) {
          continue outer;
        }
      }
      return k;
    }
    return -1;
  }

  /** The phrase as the statement writes it: its text from the first word to the last. */
  private static String display(Statement s, WordSequence w, int at, int length) {
    String text = s.paragraphs().get(w.paragraph(at)).text();
    String phrase = text.substring(w.start(at), w.end(at + length - 1));
    int end = w.end(at + length - 1);
    // "(NPT" reads as "(NPT)": close a bracket the phrase opens.
    if (phrase.lastIndexOf('(') > phrase.lastIndexOf(')')
        && end < text.length()
        && text.charAt(end) == ')') {
      phrase += ")";
    }
    return phrase;
  }
}
