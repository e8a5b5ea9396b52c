package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.internal.ShippedResource;
import dev.parley.internal.primitive.LongIntMap;
import dev.parley.text.UnusableInputException;
import dev.parley.text.WordSequence;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Word vectors: for each of the commonest words of a corpus, a point in a space of about a hundred
 * dimensions where words used in like contexts lie close ("peace" near "security" and "stability",
 * "poverty" near "hunger"). Trained from the corpus itself ({@link #train}) by factorising its
 * positive pointwise mutual information matrix (Levy, Goldberg and Dagan's recipe: a window of five
 * words each side weighted by distance, context counts smoothed to the power 0.75, a truncated SVD
 * with the singular values' square roots); each vector kept in bytes (one signed byte a dimension).
 * The library ships vectors trained on the UN General Debate, 1946–2024 ({@link #defaults()});
 * {@code parley vectors DIR --output FILE} trains them on a user's own corpus. No network, no model
 * download.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class WordVectors {

  static final String DEFAULT_RESOURCE = "word-vectors.bin.gz";
  static final byte[] MAGIC = "PARLEY WORD VECTORS\n".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;

  private final String[] words;
  private final int dimensions;
  private final byte[] values;
  private final float[] inverseNorm;
  private final LongIntMap rows;

  WordVectors(String[] words, int dimensions, byte[] values) {
    this.words = words;
    this.dimensions = dimensions;
    this.values = values;
    this.inverseNorm = new float[words.length];
    this.rows = new LongIntMap(words.length * 2);
    for (int w = 0; w < words.length; w++) {
      long squares = 0;
      for (int d = 0; d < dimensions; d++) {
        int v = values[w * dimensions + d];
        squares += v * v;
      }
      inverseNorm[w] = squares == 0 ? 0 : (float) (1 / Math.sqrt(squares));
      rows.put(WordSequence.idOf(words[w]), w + 1);
    }
  }

  private static volatile WordVectors defaults;

  /** The vectors shipped with the library, trained on the UN General Debate corpus; loaded once. */
  public static WordVectors defaults() {
    WordVectors d = defaults;
    if (d == null) {
      synchronized (WordVectors.class) {
        d = defaults;
        if (d == null) {
          d =
              ShippedResource.read(
                  WordVectors.class, DEFAULT_RESOURCE, in -> read(in, DEFAULT_RESOURCE));
          defaults = d;
        }
      }
    }
    return d;
  }

  /**
   * Reads vectors {@link #writeTo written} before (plain or gzip-compressed).
   *
   * @throws UnusableInputException if the file is missing, not word vectors, or damaged
   */
  public static WordVectors read(Path file) {
    requireNonNull(file, "file");
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      raw.mark(2);
      boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
      raw.reset();
      return read(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, file.toString());
    } catch (NoSuchFileException e) {
      throw new UnusableInputException(file.toString(), "no such file", e);
    } catch (IOException e) {
      throw new UnusableInputException(file.toString(), "cannot be read (" + e.getMessage() + ")");
    }
  }

  private static WordVectors read(InputStream in, String source) throws IOException {
    DataInputStream data = new DataInputStream(in);
    byte[] magic = data.readNBytes(MAGIC.length);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new UnusableInputException(
          source, "not Parley word vectors (train them with: parley vectors DIR --output FILE)");
    }
    try {
      int version = data.readInt();
      if (version != VERSION) {
        throw new UnusableInputException(
            source,
            "word vectors of format version " + version + "; this Parley reads version " + VERSION);
      }
      int count = data.readInt();
      int dimensions = data.readInt();
      if (count < 0 || count > 1 << 22 || dimensions <= 0 || dimensions > 1024) {
        throw new UnusableInputException(source, "damaged word vectors (impossible sizes)");
      }
      String[] words = new String[count];
      for (int w = 0; w < count; w++) {
        int length = data.readUnsignedShort();
        byte[] b = data.readNBytes(length);
        if (b.length < length) {
          throw new EOFException();
        }
        words[w] = new String(b, StandardCharsets.UTF_8);
      }
      byte[] values = data.readNBytes(count * dimensions);
      if (values.length < count * dimensions) {
        throw new EOFException();
      }
      if (data.read() != -1) {
        throw new UnusableInputException(source, "damaged word vectors (data after the end)");
      }
      return new WordVectors(words, dimensions, values);
    } catch (EOFException e) {
      throw new UnusableInputException(source, "damaged word vectors (ends early)");
    }
  }

  /** Writes the vectors to {@code out} (not compressed; {@link #read} takes both). */
  public void writeTo(OutputStream out) {
    requireNonNull(out, "out");
    try {
      DataOutputStream data = new DataOutputStream(out);
      data.write(MAGIC);
      data.writeInt(VERSION);
      data.writeInt(words.length);
      data.writeInt(dimensions);
      for (String w : words) {
        byte[] b = w.getBytes(StandardCharsets.UTF_8);
        data.writeShort(b.length);
        data.write(b);
      }
      data.write(values);
      data.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Trains vectors on the statements of {@code files}, on all cores (about 25 s for the UN General
   * Debate's 16 million words on two cores): the {@code vocabulary} commonest words that begin with
   * a letter and occur at least 10 times, {@code dimensions} dimensions. Reproducible: the same
   * files give the same vectors. A file that cannot be used is left out and reported to {@code
   * skipped}.
   *
   * @throws IllegalArgumentException if the files hold too few words to train on
   */
  public static WordVectors train(
      List<Path> files,
      java.util.function.Consumer<String> skipped,
      int vocabulary,
      int dimensions) {
    return WordVectorTraining.train(files, skipped, vocabulary, dimensions);
  }

  /** Returns how many words have a vector. */
  public int size() {
    return words.length;
  }

  /** Returns how many dimensions each vector has. */
  public int dimensions() {
    return dimensions;
  }

  /** Whether the word with this id (see {@link WordSequence#idOf}) has a vector. */
  public boolean contains(long wordId) {
    return rows.get(wordId) != 0;
  }

  /**
   * The cosine of two words' vectors, by their ids: 1 for the same word, 0 where either has no
   * vector.
   */
  public double similarity(long a, long b) {
    if (a == b) {
      return 1;
    }
    int x = rows.get(a) - 1;
    int y = rows.get(b) - 1;
    return x < 0 || y < 0 ? 0 : rowSimilarity(x, y);
  }

  /** The cosine of two words' vectors, by their match forms (lower case). */
  public double similarity(String a, String b) {
    return similarity(WordSequence.idOf(a), WordSequence.idOf(b));
  }

  /** The row of a word, or -1. */
  int row(long wordId) {
    return rows.get(wordId) - 1;
  }

  /** The cosine of two rows. */
  double rowSimilarity(int x, int y) {
    return x == y ? 1 : dot(x, y) * ((double) inverseNorm[x] * inverseNorm[y]);
  }

  private int dot(int x, int y) {
    int dot = 0;
    int a = x * dimensions;
    int b = y * dimensions;
    for (int d = 0; d < dimensions; d++) {
      dot += values[a + d] * values[b + d];
    }
    return dot;
  }

  /** The {@code k} words nearest {@code word}, nearest first (for looking at what was learnt). */
  public List<String> nearest(String word, int k) {
    int x = row(WordSequence.idOf(requireNonNull(word, "word")));
    if (x < 0) {
      return List.of();
    }
    Integer[] order = new Integer[words.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (i, j) -> Double.compare(rowSimilarity(x, j), rowSimilarity(x, i)));
    return Arrays.stream(order).filter(i -> i != x).limit(k).map(i -> words[i]).toList();
  }
}
