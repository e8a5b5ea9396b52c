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
import static dev.parley.corpus.IndexFile.damaged;

import dev.parley.internal.ReadErrors;
import dev.parley.text.UnusableInputException;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the {@link IndexFile} layout over a memory-mapped file: checks the magic, the version, the
 * checksum, every size and every id, and refuses a damaged or foreign file with one line rather
 * than misread it.
 */
final class IndexReading {

  private IndexReading() {}

  static CorpusIndex read(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new UnusableInputException(source, "is a folder, not a corpus index");
    }
    try {
      return open(Store.map(file), source);
    } catch (IOException e) {
      throw ReadErrors.of(source, e);
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
    List<IndexFile.Entry> entries = new ArrayList<>(n);
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
      entries.add(new IndexFile.Entry(path, delegation, year, paragraphs, words, textBytes));
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

  /** A count, checked to be plausible before anything is allocated for it. */
  private static int count(DataInputStream in, String source) throws IOException {
    int c = in.readInt();
    if (c < 0 || c > 1 << 28) {
      throw damaged(source, "a count of " + c);
    }
    return c;
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
