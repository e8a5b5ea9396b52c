package dev.parley.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import dev.parley.internal.ShippedResource;
import dev.parley.internal.primitive.LongIntMap;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often words occur in a corpus of statements: for each match form ({@link Token#match()}), the
 * number of documents it occurs in (document frequency) and its number of occurrences (collection
 * frequency).
 *
 * <p>Normalisation uses it to tell a compound's hyphen ({@code Secretary-General}) from a
 * typesetter's line-end break ({@code interna-tional}); similarity measures use it to weigh words
 * by rarity. The {@link #defaults() default statistics} ship with the library, built from the UN
 * General Debate corpus (5,618 speeches, 1946–2024) by {@code ./parley terms}; build your own from
 * your corpus with {@link #builder()} and give them to {@code Parley.builder()}.
 *
 * <pre>{@code
 * TermStatistics.Builder b = TermStatistics.builder();
 * for (Statement s : myStatements) b.add(s);
 * TermStatistics mine = b.build();
 * mine.documentFrequency("terrorism");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TermStatistics {

  /** The resource holding the default statistics, gzip-compressed text. */
  static final String DEFAULT_RESOURCE = "term-statistics.tsv.gz";

  private static final String HEADER = "# parley term statistics 1";
  private static final TermStatistics EMPTY = new TermStatistics(0, Map.of());

  private final int documentCount;
  private final Map<String, long[]> counts;

  /** The first parts of the hyphenated compounds counted ({@code quasi} of {@code quasi-state}). */
  private final Set<String> compoundHeads;

  /** Document frequencies by word id ({@link WordSequence#idOf}). */
  private final LongIntMap frequenciesById;

  /**
   * The inverse document frequency of each document frequency up to the number of documents (or the
   * first {@value #MAX_TABULATED_FREQUENCIES}), worked out once: a word's weight is then one lookup
   * in a small table rather than a logarithm.
   */
  private final double[] inverseFrequencies;

  private static final int MAX_TABULATED_FREQUENCIES = 1 << 16;

  private TermStatistics(int documentCount, Map<String, long[]> counts) {
    this.documentCount = documentCount;
    this.counts = counts;
    this.frequenciesById = new LongIntMap(counts.size());
    Set<String> heads = new HashSet<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      frequenciesById.put(
          WordSequence.idOf(e.getKey()), (int) Math.min(Integer.MAX_VALUE, e.getValue()[0]));
    }
    for (String term : counts.keySet()) {
      int hyphen = term.indexOf('-');
      if (hyphen > 0) {
        heads.add(term.substring(0, hyphen));
      }
    }
    this.compoundHeads = Set.copyOf(heads);
    this.inverseFrequencies =
        new double[Math.min(documentCount, MAX_TABULATED_FREQUENCIES - 1) + 1];
    for (int f = 0; f < inverseFrequencies.length; f++) {
      inverseFrequencies[f] = inverseDocumentFrequencyOfCount(f);
    }
  }

  /**
   * Returns whether {@code matchForm} opens hyphenated compounds counted here ({@code quasi} in
   * {@code quasi-state}, {@code self} in {@code self-determination}).
   */
  public boolean isCompoundHead(String matchForm) {
    return compoundHeads.contains(matchForm);
  }

  /** Returns statistics that know no word and no document. */
  public static TermStatistics empty() {
    return EMPTY;
  }

  /**
   * Returns the statistics that ship with the library, built from the UN General Debate corpus.
   * Loaded once, on first use.
   */
  public static TermStatistics defaults() {
    return DefaultHolder.DEFAULTS;
  }

  private static final class DefaultHolder {
    static final TermStatistics DEFAULTS = loadDefaults();

    private static TermStatistics loadDefaults() {
      return ShippedResource.read(TermStatistics.class, DEFAULT_RESOURCE, TermStatistics::read);
    }
  }

  /**
   * Counts the words of the statements in {@code files}, each a document, on all cores: what {@code
   * parley terms} writes. Statements are normalised with empty statistics, so that the counts do
   * not depend on the statistics shipped. A file that cannot be used is left out and reported to
   * {@code skipped} with its reason (from several threads: {@code skipped} must be thread-safe).
   *
   * @throws NullPointerException if an argument is null
   */
  public static TermStatistics count(
      java.util.List<java.nio.file.Path> files, java.util.function.Consumer<String> skipped) {
    requireNonNull(files, "files");
    requireNonNull(skipped, "skipped");
    Normalizer normalizer = Normalizer.builder().termStatistics(empty()).build();
    java.util.List<java.util.List<String>> documents =
        files.parallelStream()
            .map(
                p -> {
                  try {
                    java.util.List<String> words = new java.util.ArrayList<>();
                    for (Paragraph par : normalizer.read(p).paragraphs()) {
                      words.addAll(par.words().words()); // a string per distinct word
                    }
                    return words;
                  } catch (UnusableInputException e) {
                    skipped.accept(e.getMessage());
                    return java.util.List.<String>of();
                  }
                })
            .toList();
    Builder builder = builder();
    for (java.util.List<String> words : documents) {
      if (!words.isEmpty()) {
        builder.addDocument(words);
      }
    }
    return builder.build();
  }

  /** Returns a builder that counts the words of the documents it is given. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the number of documents counted. */
  public int documentCount() {
    return documentCount;
  }

  /** Returns the number of distinct words known. */
  public int size() {
    return counts.size();
  }

  /** Returns the number of documents in which the match form {@code term} occurs, 0 if unknown. */
  public long documentFrequency(String term) {
    long[] c = counts.get(term);
    return c == null ? 0 : c[0];
  }

  /**
   * Returns the number of documents in which the word with id {@code wordId} ({@link
   * WordSequence#id}) occurs, 0 if unknown: as {@link #documentFrequency(String)}, without a
   * string.
   */
  public long documentFrequencyOf(long wordId) {
    return frequenciesById.get(wordId);
  }

  /** Returns {@link #inverseDocumentFrequency(String)} of the word with id {@code wordId}. */
  public double inverseDocumentFrequencyOf(long wordId) {
    int frequency = frequenciesById.get(wordId);
    return frequency < inverseFrequencies.length
        ? inverseFrequencies[frequency]
        : inverseDocumentFrequencyOfCount(frequency);
  }

  private double inverseDocumentFrequencyOfCount(long frequency) {
    return Math.log((documentCount + 1.0) / (frequency + 1.0)) + 1.0;
  }

  /** Returns the number of occurrences of the match form {@code term}, 0 if unknown. */
  public long collectionFrequency(String term) {
    long[] c = counts.get(term);
    return c == null ? 0 : c[1];
  }

  /**
   * Returns the smoothed inverse document frequency of {@code term}: {@code ln((N + 1) / (df + 1))
   * + 1}, at least 1, highest for words never seen.
   */
  public double inverseDocumentFrequency(String term) {
    return inverseDocumentFrequencyOfCount(documentFrequency(term));
  }

  /**
   * Writes these statistics as UTF-8 text: a header line, a line with the document count, then one
   * line per word ({@code word TAB df TAB cf}), most frequent first. Words seen in fewer than
   * {@code minDocuments} documents are left out.
   *
   * @throws UncheckedIOException if writing fails
   */
  public void writeTo(OutputStream out, int minDocuments) {
    List<Map.Entry<String, long[]>> entries = new ArrayList<>();
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      if (e.getValue()[0] >= minDocuments) {
        entries.add(e);
      }
    }
    entries.sort(
        (a, b) -> {
          int byCount = Long.compare(b.getValue()[1], a.getValue()[1]);
          return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
        });
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, UTF_8));
      w.write(HEADER + "\n");
      w.write("documents\t" + documentCount + "\n");
      for (Map.Entry<String, long[]> e : entries) {
        w.write(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1] + "\n");
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads statistics written by {@link #writeTo(OutputStream, int)}.
   *
   * @throws IllegalArgumentException if the stream does not hold term statistics
   * @throws UncheckedIOException if reading fails
   */
  public static TermStatistics read(InputStream in) {
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8), 1 << 16);
      String header = r.readLine();
      if (!HEADER.equals(header)) {
        throw new IllegalArgumentException(
            "not parley term statistics: the first line is " + header);
      }
      String docs = r.readLine();
      if (docs == null || !docs.startsWith("documents\t")) {
        throw new IllegalArgumentException("term statistics lack their 'documents' line");
      }
      int documentCount = Integer.parseInt(docs.substring("documents\t".length()).trim());
      Map<String, long[]> counts = new HashMap<>(1 << 16);
      String line;
      int lineNumber = 2;
      while ((line = r.readLine()) != null) {
        lineNumber++;
        int t1 = line.indexOf('\t');
        int t2 = line.indexOf('\t', t1 + 1);
        if (t1 <= 0 || t2 < 0) {
          throw new IllegalArgumentException("term statistics line " + lineNumber + " is damaged");
        }
        counts.put(
            line.substring(0, t1),
            new long[] {
              Long.parseLong(line, t1 + 1, t2, 10), Long.parseLong(line, t2 + 1, line.length(), 10)
            });
      }
      return new TermStatistics(documentCount, counts);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("term statistics hold a number that is not one", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Counts words document by document. Not thread-safe; {@link #build()} returns an immutable
   * snapshot.
   */
  public static final class Builder {
    private int documentCount;
    private final Map<String, long[]> counts = new HashMap<>();

    private Builder() {}

    /** Counts the words of every paragraph of {@code statement} as one document. */
    public Builder add(Statement statement) {
      requireNonNull(statement, "statement");
      List<String> words = new ArrayList<>();
      for (Paragraph p : statement.paragraphs()) {
        for (Token t : p.tokens()) {
          words.add(t.match());
        }
      }
      return addDocument(words);
    }

    /** Counts {@code matchForms}, the words of one document, as one document. */
    public Builder addDocument(Collection<String> matchForms) {
      requireNonNull(matchForms, "matchForms");
      documentCount++;
      Set<String> seen = new HashSet<>();
      for (String w : matchForms) {
        long[] c = counts.computeIfAbsent(w, k -> new long[2]);
        c[1]++;
        if (seen.add(w)) {
          c[0]++;
        }
      }
      return this;
    }

    /** Returns the statistics counted so far. */
    public TermStatistics build() {
      Map<String, long[]> copy = new HashMap<>(counts.size() * 2);
      counts.forEach((k, v) -> copy.put(k, v.clone()));
      return new TermStatistics(documentCount, copy);
    }
  }
}
