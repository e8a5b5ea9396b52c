package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.internal.ShippedResource;
import dev.parley.internal.primitive.LongIntMap;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.UnusableInputException;
import dev.parley.text.WordSequence;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The phrases many statements of a corpus say: runs of {@value #WIDTH} words found in at least a
 * given number of its statements. They are the names of treaties, conferences and office holders
 * ("the Treaty on the Non-Proliferation of Nuclear Weapons", "Sheikha Haya Rashed Al-Khalifa"), the
 * year's theme and the formulas of the genre ("wish her every success"): two delegations that share
 * one said what everyone said, and echo nothing of each other. The library ships the phrases found
 * in at least {@value #DEFAULT_MIN_DOCUMENTS} speeches of the UN General Debate corpus ({@link
 * #defaults()}); {@link #count} finds those of a user's own corpus ({@code parley phrases} writes
 * them).
 *
 * <p>Each run is kept as a 32-bit fingerprint of its match forms' ids, so two different runs share
 * one with a chance of about one in 4·10<sup>9</sup> a pair; a phrase counts as common only when
 * all its runs are ({@link #isCommon}), which a chance collision will not make of a phrase.
 *
 * <p>Immutable and thread-safe.
 */
public final class CommonPhrases {

  /** The length in words of the runs counted. */
  public static final int WIDTH = 4;

  /** The least number of statements the shipped phrases are found in. */
  public static final int DEFAULT_MIN_DOCUMENTS = 10;

  private static final String DEFAULT_RESOURCE = "common-phrases.bin.gz";
  private static final int MAGIC = 0x50504852; // "PPHR"
  private static final int VERSION = 1;
  private static final CommonPhrases EMPTY = new CommonPhrases(new int[0], 0, 1);

  private final int[] fingerprints; // ascending, distinct
  private final int documents;
  private final int minDocuments;

  private CommonPhrases(int[] fingerprints, int documents, int minDocuments) {
    this.fingerprints = fingerprints;
    this.documents = documents;
    this.minDocuments = minDocuments;
  }

  /** Returns a set with no phrase in it: nothing is common. */
  public static CommonPhrases empty() {
    return EMPTY;
  }

  /**
   * Returns the phrases that ship with the library, found in at least {@value
   * #DEFAULT_MIN_DOCUMENTS} speeches of the UN General Debate corpus. Loaded once, on first use.
   */
  public static CommonPhrases defaults() {
    return DefaultHolder.DEFAULTS;
  }

  private static final class DefaultHolder {
    static final CommonPhrases DEFAULTS = loadDefaults();

    private static CommonPhrases loadDefaults() {
      return ShippedResource.read(CommonPhrases.class, DEFAULT_RESOURCE, CommonPhrases::read);
    }
  }

  /**
   * Finds the runs of words said in at least {@code minDocuments} of the statements in {@code
   * files}, each file a statement, on all cores. Statements are normalised with empty term
   * statistics, so that what is found does not depend on the statistics shipped. A file that cannot
   * be used is left out and reported to {@code skipped} with its reason (from several threads:
   * {@code skipped} must be thread-safe).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code minDocuments} is below 2
   */
  public static CommonPhrases count(List<Path> files, Consumer<String> skipped, int minDocuments) {
    requireNonNull(files, "files");
    requireNonNull(skipped, "skipped");
    checkMinDocuments(minDocuments);
    Normalizer normalizer = Normalizer.builder().termStatistics(TermStatistics.empty()).build();
    List<int[]> perStatement =
        files.parallelStream()
            .map(
                p -> {
                  try {
                    return runs(normalizer.read(p));
                  } catch (UnusableInputException e) {
                    skipped.accept(e.getMessage());
                    return null;
                  }
                })
            .toList();
    LongIntMap counts = new LongIntMap(1 << 20);
    int documents = 0;
    for (int[] runs : perStatement) {
      if (runs == null) {
        continue;
      }
      documents++;
      for (int run : runs) {
        counts.add(run & 0xffffffffL, 1);
      }
    }
    int[] kept = new int[counts.size()];
    int n = 0;
    for (int[] runs : perStatement) {
      if (runs == null) {
        continue;
      }
      for (int run : runs) {
        long key = run & 0xffffffffL;
        if (counts.get(key) >= minDocuments) {
          kept[n++] = run;
          counts.put(key, 0); // taken once
        }
      }
    }
    int[] sorted = Arrays.copyOf(kept, n);
    Arrays.sort(sorted);
    return new CommonPhrases(sorted, documents, minDocuments);
  }

  /** The distinct fingerprints of the runs of a statement's paragraphs, ascending. */
  private static int[] runs(Statement statement) {
    IntStream.Builder all = IntStream.builder();
    for (Paragraph p : statement.paragraphs()) {
      WordSequence words = p.words();
      for (int i = 0; i + WIDTH <= words.size(); i++) {
        all.add(fingerprint(words, i));
      }
    }
    return all.build().sorted().distinct().toArray();
  }

  private static int fingerprint(WordSequence words, int from) {
    return (int) (Shingles.shingle(words, from, WIDTH) >>> 32);
  }

  private static void checkMinDocuments(int minDocuments) {
    if (minDocuments < 2) {
      throw new IllegalArgumentException("minDocuments must be at least 2: " + minDocuments);
    }
  }

  /** Returns how many runs of words this set holds. */
  public int size() {
    return fingerprints.length;
  }

  /** Returns how many statements the phrases were counted in. */
  public int documentCount() {
    return documents;
  }

  /** Returns the least number of statements a phrase of this set is found in. */
  public int minDocuments() {
    return minDocuments;
  }

  /**
   * Returns whether the words {@code [from, to)} of {@code words} are a common phrase: at least
   * {@value #WIDTH} words long, and every run of {@value #WIDTH} words in it common. A phrase one
   * of whose runs is rare ("Montenegro will continue its activities") is the speaker's own.
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code words}
   */
  public boolean isCommon(WordSequence words, int from, int to) {
    requireNonNull(words, "words");
    java.util.Objects.checkFromToIndex(from, to, words.size());
    if (to - from < WIDTH || fingerprints.length == 0) {
      return false;
    }
    for (int i = from; i + WIDTH <= to; i++) {
      if (Arrays.binarySearch(fingerprints, fingerprint(words, i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes this set (binary: a header, then the fingerprints' differences as variable-length
   * integers); {@link #read} reads it back.
   */
  public void writeTo(OutputStream out) {
    requireNonNull(out, "out");
    try {
      DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
      data.writeInt(MAGIC);
      data.writeInt(VERSION);
      data.writeInt(documents);
      data.writeInt(minDocuments);
      data.writeInt(WIDTH);
      data.writeInt(fingerprints.length);
      long previous = Integer.MIN_VALUE;
      for (int f : fingerprints) {
        long delta = f - previous;
        while (delta >= 0x80) {
          data.writeByte((int) (delta & 0x7f) | 0x80);
          delta >>>= 7;
        }
        data.writeByte((int) delta);
        previous = f;
      }
      data.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a set written by {@link #writeTo}.
   *
   * @throws IllegalArgumentException if the stream does not hold common phrases, or is cut short
   * @throws UncheckedIOException if reading fails
   */
  public static CommonPhrases read(InputStream in) {
    requireNonNull(in, "in");
    DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
    try {
      if (data.readInt() != MAGIC) {
        throw new IllegalArgumentException("not parley common phrases");
      }
      int version = data.readInt();
      if (version != VERSION) {
        throw new IllegalArgumentException("common phrases of an unknown version " + version);
      }
      int documents = data.readInt();
      int minDocuments = data.readInt();
      int width = data.readInt();
      int size = data.readInt();
      if (width != WIDTH || size < 0 || documents < 0 || minDocuments < 2) {
        throw new IllegalArgumentException("common phrases with a damaged header");
      }
      // Grown as entries arrive: a damaged header's size must not claim the heap.
      int[] fingerprints = new int[Math.min(size, 1 << 16)];
      long previous = Integer.MIN_VALUE;
      for (int k = 0; k < size; k++) {
        if (k == fingerprints.length) {
          fingerprints = Arrays.copyOf(fingerprints, (int) Math.min(size, 2L * k));
        }
        long delta = 0;
        int shift = 0;
        int b;
        do {
          b = data.readUnsignedByte();
          delta |= (long) (b & 0x7f) << shift;
          shift += 7;
        } while ((b & 0x80) != 0 && shift < 40);
        long value = previous + delta;
        if ((k > 0 && delta == 0) || value > Integer.MAX_VALUE) {
          throw new IllegalArgumentException("common phrases are damaged at entry " + k);
        }
        fingerprints[k] = (int) value;
        previous = value;
      }
      return new CommonPhrases(fingerprints, documents, minDocuments);
    } catch (EOFException e) {
      throw new IllegalArgumentException("common phrases are cut short", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
