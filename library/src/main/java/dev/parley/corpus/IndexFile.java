package dev.parley.corpus;

import dev.parley.text.UnusableInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
 * foreign file is refused with one line, never misread. {@link IndexWriting} writes the layout,
 * {@link IndexReading} reads it; this class holds what both share.
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

  /** One statement's entry in META. */
  record Entry(
      String path, String delegation, int year, int paragraphs, int words, long textBytes) {}

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

  static UnusableInputException damaged(String source, String what) {
    return new UnusableInputException(source, "damaged corpus index (" + what + ")");
  }
}
