package dev.parley.corpus;

import dev.parley.io.AtomicWrite;
import dev.parley.text.UnusableInputException;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The index file, laid out to be memory-mapped rather than loaded: what is large (paragraph texts,
 * word ids, the statements' vectors, the inverted index) stays on disk and in the page cache, and
 * only the vocabulary, each statement's path, delegation, year and sizes, and the document
 * frequencies are held in the heap.
 *
 * <pre>
 * magic line "PARLEY CORPUS INDEX\n", format version (int, big-endian)
 * the start of each section and the end of the last (10 longs); then the sections, each at a
 * multiple of 8, little-endian:
 *   META      the folder indexed (the statements' paths are relative to it), vocabulary,
 *             statements (path, delegation, year, paragraphs, words, text bytes, vector length),
 *             files left out (as DataOutputStream writes them)
 *   TEXTS     each statement's body paragraphs, each an int byte length and UTF-8
 *   WORDS     each statement's word ids (int)
 *   VTERMS    each statement's distinct terms, ascending (int)
 *   VWEIGHTS  their tf-idf weights, (1 + ln tf) ln(N/df), the statement's vector of unit length
 *   DF        each term's document frequency (int)
 *   POFFSETS  where each term's postings start in PDOCS/PWEIGHTS, and the end (long)
 *   PDOCS     the inverted index: for each term found in at most a fifth of the statements, the
 *             statements that hold it, ascending (int)
 *   PWEIGHTS  the term's weight in each of them (float)
 *   PWORDS    how many words each statement's each paragraph holds (int), so that a passage's
 *             place is found by tokenising only the paragraphs it spans
 * a CRC-32 of all before it (long)
 * </pre>
 *
 * Reading checks the magic, the version, the checksum, every size and every id; a damaged or
 * foreign file is refused with one line, never misread.
 */
final class IndexFile {

  private IndexFile() {}

  static final byte[] MAGIC = "PARLEY CORPUS INDEX\n".getBytes(StandardCharsets.US_ASCII);

  /** Raised when the format changes; an index of another version is refused, not misread. */
  static final int VERSION = 4;

  static final int META = 0;
  static final int TEXTS = 1;
  static final int WORDS = 2;
  static final int VTERMS = 3;
  static final int VWEIGHTS = 4;
  static final int DF = 5;
  static final int POFFSETS = 6;
  static final int PDOCS = 7;
  static final int PWEIGHTS = 8;
  static final int PWORDS = 9;
  static final int SECTIONS = 10;

  static final int HEADER = MAGIC.length + 4 + 8 * (SECTIONS + 1);

  /** Postings gathered in the heap at once while writing, at most. */
  private static final int POSTINGS_PER_PASS = 1 << 25;

  // --- writing

  static void write(CorpusIndex index, Path file) {
    try {
      // A new index replaces the old one whole, or not at all: an index killed while writing
      // leaves the old file as it was.
      AtomicWrite.write(file, index.store::writeTo);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** One statement's entry in META. */
  record Entry(
      String path, String delegation, int year, int paragraphs, int words, long textBytes) {}

  /**
   * Writes a whole index file to {@code target} from a vocabulary, the statements' entries, the
   * files left out, and three spilled sections: {@code texts} (TEXTS as described above), {@code
   * words} (WORDS) and {@code paragraphWords} (PWORDS).
   */
  static void create(
      Path target,
      String root,
      List<String> vocabulary,
      List<Entry> entries,
      List<String> skipped,
      Path texts,
      Path words,
      Path paragraphWords)
      throws IOException {
    int n = entries.size();
    int terms = vocabulary.size();
    long[] wordStart = new long[n + 1];
    for (int d = 0; d < n; d++) {
      wordStart[d + 1] = wordStart[d] + entries.get(d).words();
    }
    Store wordStore = Store.map(words);
    // Spilled beside the target: each statement's distinct terms, their counts, their weights, and
    // the postings' weights (written after the postings' statements).
    Path folder = target.getParent();
    Path termFile = Files.createTempFile(folder, ".parley-terms.", ".tmp");
    Path countFile = Files.createTempFile(folder, ".parley-counts.", ".tmp");
    Path weightFile = Files.createTempFile(folder, ".parley-weights.", ".tmp");
    Path postingWeightFile = Files.createTempFile(folder, ".parley-posting-weights.", ".tmp");
    int[] vectorLength = new int[n];
    int[] df = new int[terms];
    try {
      try (OutputStream termOut = spill(termFile);
          OutputStream countOut = spill(countFile)) {
        int chunk = 1024;
        for (int from = 0; from < n; from += chunk) {
          int to = Math.min(n, from + chunk);
          int first = from;
          int[][][] part = new int[to - from][][];
          IntStream.range(from, to)
              .parallel()
              .forEach(
                  d ->
                      part[d - first] =
                          termCounts(
                              wordStore.ints(
                                  4 * wordStart[d], (int) (wordStart[d + 1] - wordStart[d]))));
          for (int d = from; d < to; d++) {
            int[] t = part[d - from][0];
            vectorLength[d] = t.length;
            for (int term : t) {
              df[term]++;
            }
            writeInts(termOut, t);
            writeInts(countOut, part[d - from][1]);
          }
        }
      }
      Store termStore = Store.map(termFile);
      Store countStore = Store.map(countFile);
      long[] vectorStart = new long[n + 1];
      for (int d = 0; d < n; d++) {
        vectorStart[d + 1] = vectorStart[d] + vectorLength[d];
      }
      ByteBuffer floats = ByteBuffer.allocate(4 * 4096).order(ByteOrder.LITTLE_ENDIAN);
      try (OutputStream weightOut = spill(weightFile)) {
        for (int d = 0; d < n; d++) {
          long from = 4 * vectorStart[d];
          writeFloats(
              weightOut,
              weights(
                  termStore.ints(from, vectorLength[d]),
                  countStore.ints(from, vectorLength[d]),
                  df,
                  n),
              floats);
        }
      }
      Store weightStore = Store.map(weightFile);
      try (FileChannel channel =
          FileChannel.open(
              target,
              StandardOpenOption.WRITE,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING)) {
        long[] section = new long[SECTIONS + 1];
        OutputStream out =
            new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
        Counter at = new Counter(out);
        at.write(new byte[HEADER]);
        section[META] = at.position;
        at.write(meta(root, vocabulary, entries, vectorLength, skipped));
        section[TEXTS] = at.align();
        Store.map(texts).writeTo(at);
        section[WORDS] = at.align();
        wordStore.writeTo(at);
        section[VTERMS] = at.align();
        termStore.writeTo(at);
        section[VWEIGHTS] = at.align();
        weightStore.writeTo(at);
        section[DF] = at.align();
        writeInts(at, df);
        section[POFFSETS] = at.align();
        int limit = CorpusIndex.commonLimit(n);
        long[] postingStart = new long[terms + 1];
        for (int t = 0; t < terms; t++) {
          postingStart[t + 1] = postingStart[t] + (df[t] <= limit ? df[t] : 0);
        }
        ByteBuffer longs = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        for (long p : postingStart) {
          at.write(longs.putLong(0, p).array());
        }
        section[PDOCS] = at.align();
        // The postings, term range by term range, each gathered in the heap: their statements
        // appended here, their weights spilled and appended after them.
        try (OutputStream postingWeightOut = spill(postingWeightFile)) {
          for (int[] range : termRanges(postingStart)) {
            int first = range[0];
            int last = range[1];
            long base = postingStart[first];
            int size = (int) (postingStart[last] - base);
            int[] docs = new int[size];
            float[] weights = new float[size];
            int[] filled = new int[last - first];
            for (int d = 0; d < n; d++) {
              for (long k = vectorStart[d]; k < vectorStart[d + 1]; k++) {
                int t = termStore.getInt(4 * k);
                if (t >= first && t < last && df[t] <= limit) {
                  int slot = (int) (postingStart[t] - base) + filled[t - first]++;
                  docs[slot] = d;
                  weights[slot] = weightStore.getFloat(4 * k);
                }
              }
            }
            writeInts(at, docs);
            writeFloats(postingWeightOut, weights, floats);
          }
        }
        section[PWEIGHTS] = at.align();
        Store.map(postingWeightFile).writeTo(at);
        section[PWORDS] = at.align();
        Store.map(paragraphWords).writeTo(at);
        section[SECTIONS] = at.align();
        out.flush();
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        header.put(MAGIC).putInt(VERSION).order(ByteOrder.LITTLE_ENDIAN);
        for (long s : section) {
          header.putLong(s);
        }
        header.flip();
        channel.write(header, 0);
        channel.force(false);
        long crc = Store.map(target).crc(section[SECTIONS]);
        ByteBuffer trailer = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, crc);
        channel.write(trailer, section[SECTIONS]);
      }
    } finally {
      for (Path spilled : List.of(termFile, countFile, weightFile, postingWeightFile)) {
        Files.deleteIfExists(spilled);
      }
    }
  }

  private static OutputStream spill(Path file) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  /** Ranges of terms whose postings fit in one pass, as {first, end} pairs. */
  private static List<int[]> termRanges(long[] postingStart) {
    List<int[]> ranges = new ArrayList<>();
    int terms = postingStart.length - 1;
    int first = 0;
    while (first < terms) {
      int last = first + 1;
      while (last < terms && postingStart[last + 1] - postingStart[first] <= POSTINGS_PER_PASS) {
        last++;
      }
      ranges.add(new int[] {first, last});
      first = last;
    }
    return ranges;
  }

  /** A statement's distinct terms, ascending, and how often each occurs. */
  static int[][] termCounts(int[] words) {
    int[] sorted = words.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        distinct++;
      }
    }
    int[] terms = new int[distinct];
    int[] counts = new int[distinct];
    int k = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        terms[++k] = sorted[i];
      }
      counts[k]++;
    }
    return new int[][] {terms, counts};
  }

  /**
   * The tf-idf weights of a statement's terms, {@code (1 + ln tf) ln(N/df)}, scaled to unit length.
   */
  static float[] weights(int[] terms, int[] counts, int[] df, int n) {
    float[] out = new float[terms.length];
    double norm = 0;
    for (int i = 0; i < terms.length; i++) {
      double w = (1 + Math.log(counts[i])) * Math.log((double) n / df[terms[i]]);
      out[i] = (float) w;
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    for (int i = 0; i < terms.length; i++) {
      out[i] = length == 0 ? 0 : (float) (out[i] / length);
    }
    return out;
  }

  private static byte[] meta(
      String root,
      List<String> vocabulary,
      List<Entry> entries,
      int[] vectorLength,
      List<String> skipped)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    string(out, root);
    out.writeInt(vocabulary.size());
    for (String term : vocabulary) {
      string(out, term);
    }
    out.writeInt(entries.size());
    for (int d = 0; d < entries.size(); d++) {
      Entry e = entries.get(d);
      string(out, e.path());
      string(out, e.delegation());
      out.writeInt(e.year());
      out.writeInt(e.paragraphs());
      out.writeInt(e.words());
      out.writeLong(e.textBytes());
      out.writeInt(vectorLength[d]);
    }
    out.writeInt(skipped.size());
    for (String s : skipped) {
      string(out, s);
    }
    out.flush();
    return bytes.toByteArray();
  }

  static void writeInts(OutputStream out, int[] values) throws IOException {
    ByteBuffer buffer =
        ByteBuffer.allocate(4 * Math.max(1, Math.min(values.length, 1 << 14)))
            .order(ByteOrder.LITTLE_ENDIAN);
    for (int from = 0; from < values.length; ) {
      int to = Math.min(values.length, from + buffer.capacity() / 4);
      buffer.clear();
      buffer.asIntBuffer().put(values, from, to - from);
      out.write(buffer.array(), 0, 4 * (to - from));
      from = to;
    }
  }

  static void writeFloats(OutputStream out, float[] values, ByteBuffer buffer) throws IOException {
    for (int from = 0; from < values.length; ) {
      int to = Math.min(values.length, from + buffer.capacity() / 4);
      buffer.clear();
      buffer.asFloatBuffer().put(values, from, to - from);
      out.write(buffer.array(), 0, 4 * (to - from));
      from = to;
    }
  }

  /** An output stream that knows how much it has written, and pads to a multiple of 8. */
  private static final class Counter extends OutputStream {
    private final OutputStream out;
    long position;

    Counter(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      position++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      position += len;
    }

    long align() throws IOException {
      while (position % 8 != 0) {
        write(0);
      }
      return position;
    }
  }

  // --- reading

  static CorpusIndex read(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new UnusableInputException(source, "is a folder, not a corpus index");
    }
    try {
      return open(Store.map(file), source);
    } catch (NoSuchFileException e) {
      throw new UnusableInputException(source, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new UnusableInputException(source, "cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new UnusableInputException(source, "cannot be read (" + e.getMessage() + ")", e);
    } catch (OutOfMemoryError e) {
      throw new UnusableInputException(source, "too large to load in this heap (raise -Xmx)", e);
    }
  }

  /** An index over a mapped file, checked. */
  static CorpusIndex open(Store store, String source) {
    if (store.size() < MAGIC.length || !Arrays.equals(store.bytes(0, MAGIC.length), MAGIC)) {
      throw new UnusableInputException(
          source,
          "not a Parley corpus index (build one with: parley corpus index DIR --output FILE)");
    }
    if (store.size() < MAGIC.length + 4) {
      throw damaged(source, "ends early");
    }
    int version = ByteBuffer.wrap(store.bytes(MAGIC.length, 4)).getInt();
    if (version != VERSION) {
      throw new UnusableInputException(
          source,
          "corpus index of format version "
              + version
              + "; this Parley reads version "
              + VERSION
              + " (index the folder again)");
    }
    if (store.size() < HEADER + 8) {
      throw damaged(source, "ends early");
    }
    long[] section = new long[SECTIONS + 1];
    for (int s = 0; s <= SECTIONS; s++) {
      section[s] = store.getLong(MAGIC.length + 4 + 8L * s);
    }
    long end = section[SECTIONS];
    if (end + 8 > store.size() || end < HEADER) {
      throw damaged(source, "ends early");
    }
    if (end + 8 < store.size()) {
      throw damaged(source, "data after the end");
    }
    for (int s = 0; s < SECTIONS; s++) {
      if (section[s] < HEADER || section[s] > section[s + 1] || section[s] % 8 != 0) {
        throw damaged(source, "a section out of place");
      }
    }
    if (store.crc(end) != store.getLong(end)) {
      throw damaged(source, "checksum does not match");
    }
    try {
      return parse(store, section, source);
    } catch (EOFException e) {
      throw damaged(source, "ends early");
    } catch (IOException e) {
      throw damaged(source, e.getMessage());
    }
  }

  private static CorpusIndex parse(Store store, long[] section, String source) throws IOException {
    long metaSize = section[META + 1] - section[META];
    if (metaSize > Integer.MAX_VALUE - 16) {
      throw damaged(source, "a section out of place");
    }
    DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(store.bytes(section[META], (int) metaSize)));
    String root = string(in, source);
    int terms = count(in, source);
    String[] vocabulary = new String[terms];
    for (int t = 0; t < terms; t++) {
      vocabulary[t] = string(in, source);
    }
    int n = count(in, source);
    List<Entry> entries = new ArrayList<>(n);
    int[] vectorLength = new int[n];
    for (int d = 0; d < n; d++) {
      String path = string(in, source);
      String delegation = string(in, source);
      int year = in.readInt();
      int paragraphs = count(in, source);
      int words = count(in, source);
      long textBytes = in.readLong();
      vectorLength[d] = count(in, source);
      if (textBytes < 0 || vectorLength[d] > words) {
        throw damaged(source, "statement " + d + " has impossible sizes");
      }
      entries.add(new Entry(path, delegation, year, paragraphs, words, textBytes));
    }
    int skippedCount = count(in, source);
    List<String> skipped = new ArrayList<>(skippedCount);
    for (int i = 0; i < skippedCount; i++) {
      skipped.add(string(in, source));
    }
    long words = 0;
    long texts = 0;
    long vectors = 0;
    for (int d = 0; d < n; d++) {
      words += entries.get(d).words();
      texts += entries.get(d).textBytes();
      vectors += vectorLength[d];
    }
    size(section, TEXTS, texts, source);
    size(section, WORDS, 4 * words, source);
    size(section, VTERMS, 4 * vectors, source);
    size(section, VWEIGHTS, 4 * vectors, source);
    size(section, DF, 4L * terms, source);
    size(section, POFFSETS, 8L * (terms + 1), source);
    long postings = store.getLong(section[POFFSETS] + 8L * terms);
    size(section, PDOCS, 4 * postings, source);
    size(section, PWEIGHTS, 4 * postings, source);
    check(store, section[WORDS], words, terms, "a word", source);
    check(store, section[VTERMS], vectors, terms, "a term", source);
    check(store, section[PDOCS], postings, n, "a posting", source);
    int[] df = store.ints(section[DF], terms);
    long previous = 0;
    for (int t = 0; t <= terms; t++) {
      long p = store.getLong(section[POFFSETS] + 8L * t);
      if (p < previous || (t > 0 && df[t - 1] < 0)) {
        throw damaged(source, "the inverted index is out of order");
      }
      previous = p;
    }
    long paragraphs = 0;
    for (IndexFile.Entry e : entries) {
      paragraphs += e.paragraphs();
    }
    size(section, PWORDS, 4 * paragraphs, source);
    long counted = section[PWORDS];
    for (int d = 0; d < n; d++) {
      long sum = 0;
      for (int p = 0; p < entries.get(d).paragraphs(); p++) {
        int c = store.getInt(counted);
        counted += 4;
        if (c < 0) {
          throw damaged(source, "the paragraphs of statement " + d + " do not fit its words");
        }
        sum += c;
      }
      if (sum != entries.get(d).words()) {
        throw damaged(source, "the paragraphs of statement " + d + " do not fit its words");
      }
    }
    long at = section[TEXTS];
    for (int d = 0; d < n; d++) {
      long end = at + entries.get(d).textBytes();
      for (int p = 0; p < entries.get(d).paragraphs(); p++) {
        int length = at + 4 <= end ? store.getInt(at) : -1;
        if (length < 0 || at + 4 + length > end) {
          throw damaged(source, "the paragraphs of statement " + d + " do not fit");
        }
        at += 4 + length;
      }
      if (at != end) {
        throw damaged(source, "the paragraphs of statement " + d + " do not fit");
      }
    }
    return new CorpusIndex(store, section, root, vocabulary, entries, vectorLength, df, skipped);
  }

  private static void size(long[] section, int s, long expected, String source) {
    long actual = section[s + 1] - section[s];
    if (actual < expected || actual - expected >= 8) {
      throw damaged(source, "a section of the wrong size");
    }
  }

  private static void check(
      Store store, long from, long count, int bound, String what, String source) {
    for (long i = 0; i < count; i++) {
      int v = store.getInt(from + 4 * i);
      if (v < 0 || v >= bound) {
        throw damaged(source, what + " out of range");
      }
    }
  }

  static UnusableInputException damaged(String source, String what) {
    return new UnusableInputException(source, "damaged corpus index (" + what + ")");
  }

  /** A count, checked to be plausible before anything is allocated for it. */
  private static int count(DataInputStream in, String source) throws IOException {
    int c = in.readInt();
    if (c < 0 || c > 1 << 28) {
      throw damaged(source, "a count of " + c);
    }
    return c;
  }

  static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(DataInputStream in, String source) throws IOException {
    int length = count(in, source);
    byte[] b = in.readNBytes(length);
    if (b.length < length) {
      throw new EOFException();
    }
    return new String(b, StandardCharsets.UTF_8);
  }
}
