package dev.parley.corpus;

import static dev.parley.corpus.IndexFile.DF;
import static dev.parley.corpus.IndexFile.HEADER;
import static dev.parley.corpus.IndexFile.MAGIC;
import static dev.parley.corpus.IndexFile.META;
import static dev.parley.corpus.IndexFile.PDOCS;
import static dev.parley.corpus.IndexFile.POFFSETS;
import static dev.parley.corpus.IndexFile.PWEIGHTS;
import static dev.parley.corpus.IndexFile.PWORDS;
import static dev.parley.corpus.IndexFile.SECTIONS;
import static dev.parley.corpus.IndexFile.TEXTS;
import static dev.parley.corpus.IndexFile.VERSION;
import static dev.parley.corpus.IndexFile.VTERMS;
import static dev.parley.corpus.IndexFile.VWEIGHTS;
import static dev.parley.corpus.IndexFile.WORDS;
import static dev.parley.corpus.IndexFile.termCounts;
import static dev.parley.corpus.IndexFile.weights;

import dev.parley.io.AtomicWrite;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes the {@link IndexFile} layout: an index copied whole to a new file, or a new index built
 * from a vocabulary, the statements' entries and sections spilled to disk, its inverted index
 * gathered in passes of terms whose postings fit in the heap.
 */
final class IndexWriting {

  private IndexWriting() {}

  /** Postings gathered in the heap at once while writing, at most. */
  private static final int POSTINGS_PER_PASS = 1 << 25;

  static void write(CorpusIndex index, Path file) {
    try {
      // A new index replaces the old one whole, or not at all: an index killed while writing
      // leaves the old file as it was.
      AtomicWrite.write(file, index.store::writeTo);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a whole index file to {@code target} from a vocabulary, the statements' entries, the
   * files left out, and three spilled sections: {@code texts} (TEXTS as described above), {@code
   * words} (WORDS) and {@code paragraphWords} (PWORDS).
   */
  static void create(
      Path target,
      String root,
      List<String> vocabulary,
      List<IndexFile.Entry> entries,
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

  static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static byte[] meta(
      String root,
      List<String> vocabulary,
      List<IndexFile.Entry> entries,
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
      IndexFile.Entry e = entries.get(d);
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
}
