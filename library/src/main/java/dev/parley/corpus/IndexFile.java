package dev.parley.corpus;

import dev.parley.internal.AtomicWrite;
import dev.parley.text.UnusableInputException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The index file: a magic line, a format version, the vocabulary, each statement (path, delegation,
 * year, body paragraphs, word ids), the files left out, and a CRC-32 of all before it. What can be
 * derived from these (document frequencies, where each word stands, the vectors) is derived again
 * on loading. Big-endian, as {@link DataOutputStream} writes. Reading checks the magic, the
 * version, every count and the checksum.
 */
final class IndexFile {

  private IndexFile() {}

  static final byte[] MAGIC = "PARLEY CORPUS INDEX\n".getBytes(StandardCharsets.US_ASCII);

  /** Raised when the format changes; an index of another version is refused, not misread. */
  static final int VERSION = 2;

  static void write(CorpusIndex index, Path file) {
    try {
      // A new index replaces the old one whole, or not at all: an index killed while writing
      // leaves the old file as it was.
      AtomicWrite.write(file, target -> write(index, target));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void write(CorpusIndex index, OutputStream target) throws IOException {
    CRC32 crc = new CRC32();
    try (OutputStream raw = new BufferedOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc))) {
      out.write(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(index.vocabulary.length);
      for (String term : index.vocabulary) {
        string(out, term);
      }
      out.writeInt(index.documents.size());
      for (CorpusDocument d : index.documents) {
        string(out, d.path());
        string(out, d.delegation());
        out.writeInt(d.year());
        out.writeInt(d.paragraphs().size());
        for (String p : d.paragraphs()) {
          string(out, p);
        }
        ints(out, index.words[d.id()]);
      }
      out.writeInt(index.skipped.size());
      for (String s : index.skipped) {
        string(out, s);
      }
      out.flush();
      new DataOutputStream(raw).writeLong(crc.getValue());
      raw.flush();
    }
  }

  static CorpusIndex read(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new UnusableInputException(source, "is a folder, not a corpus index");
    }
    CRC32 crc = new CRC32();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
      byte[] magic = new byte[MAGIC.length];
      int got = in.readNBytes(magic, 0, magic.length);
      if (got < magic.length || !Arrays.equals(magic, MAGIC)) {
        throw new UnusableInputException(
            source,
            "not a Parley corpus index (build one with: parley corpus index DIR --output FILE)");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new UnusableInputException(
            source,
            "corpus index of format version "
                + version
                + "; this Parley reads version "
                + VERSION
                + " (index the folder again)");
      }
      int terms = count(in, source);
      String[] vocabulary = new String[terms];
      for (int t = 0; t < terms; t++) {
        vocabulary[t] = string(in, source);
      }
      int n = count(in, source);
      List<CorpusDocument> documents = new ArrayList<>(n);
      int[][] words = new int[n][];
      for (int d = 0; d < n; d++) {
        String path = string(in, source);
        String delegation = string(in, source);
        int year = in.readInt();
        int paragraphs = count(in, source);
        List<String> texts = new ArrayList<>(paragraphs);
        for (int p = 0; p < paragraphs; p++) {
          texts.add(string(in, source));
        }
        words[d] = ints(in, source);
        for (int w : words[d]) {
          if (w < 0 || w >= terms) {
            throw damaged(source, "a word of statement " + d + " is out of range");
          }
        }
        documents.add(new CorpusDocument(d, path, delegation, year, texts, words[d].length));
      }
      int skippedCount = count(in, source);
      List<String> skipped = new ArrayList<>(skippedCount);
      for (int i = 0; i < skippedCount; i++) {
        skipped.add(string(in, source));
      }
      long expected = crc.getValue();
      long stored = new DataInputStream(raw).readLong();
      if (stored != expected) {
        throw damaged(source, "checksum does not match");
      }
      if (raw.read() != -1) {
        throw damaged(source, "data after the end");
      }
      try {
        return new CorpusIndex(vocabulary, documents, words, skipped);
      } catch (CorpusIndex.WordsDisagree e) {
        throw new UnusableInputException(
            source,
            "statement "
                + e.getMessage()
                + " does not read as it was indexed (damaged, or indexed by another version of"
                + " Parley: index the folder again)");
      }
    } catch (NoSuchFileException e) {
      throw new UnusableInputException(source, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new UnusableInputException(source, "cannot be read (permission denied)", e);
    } catch (EOFException e) {
      throw damaged(source, "ends early");
    } catch (IOException e) {
      throw new UnusableInputException(source, "cannot be read (" + e.getMessage() + ")", e);
    } catch (OutOfMemoryError e) {
      throw new UnusableInputException(source, "too large to load in this heap (raise -Xmx)", e);
    }
  }

  private static UnusableInputException damaged(String source, String what) {
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

  private static void string(DataOutputStream out, String s) throws IOException {
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

  private static void ints(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(4 * Math.min(values.length, 1 << 14));
    for (int from = 0; from < values.length; ) {
      int to = Math.min(values.length, from + buffer.capacity() / 4);
      buffer.clear();
      buffer.asIntBuffer().put(values, from, to - from);
      out.write(buffer.array(), 0, 4 * (to - from));
      from = to;
    }
  }

  /**
   * An int array, grown as its values arrive rather than allocated at its stated length, so that a
   * damaged length ends in "ends early", not in a gigabyte's allocation.
   */
  private static int[] ints(DataInputStream in, String source) throws IOException {
    int n = count(in, source);
    int[] values = new int[Math.min(n, 1 << 16)];
    byte[] bytes = new byte[4 * Math.min(n, 1 << 14)];
    for (int from = 0; from < n; ) {
      int to = Math.min(n, from + bytes.length / 4);
      in.readFully(bytes, 0, 4 * (to - from));
      if (to > values.length) {
        values = Arrays.copyOf(values, Math.min(n, Math.max(to, values.length * 2)));
      }
      ByteBuffer.wrap(bytes, 0, 4 * (to - from)).asIntBuffer().get(values, from, to - from);
      from = to;
    }
    return values;
  }
}
