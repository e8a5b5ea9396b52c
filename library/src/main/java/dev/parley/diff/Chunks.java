package dev.parley.diff;

import static dev.parley.internal.primitive.Fingerprints.FNV_OFFSET;
import static dev.parley.internal.primitive.Fingerprints.FNV_PRIME;

import dev.parley.internal.primitive.Fingerprints;
import dev.parley.text.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * A text split into words (with inner hyphens and apostrophes), white space runs and single marks:
 * where each chunk starts and a 64-bit fingerprint of each, so that the difference compares numbers
 * and the output is cut from the text.
 */
final class Chunks {
  final String text;
  final int[] starts;
  final long[] ids;
  private final int size;

  private Chunks(String text, int[] starts, long[] ids, int size) {
    this.text = text;
    this.starts = starts;
    this.ids = ids;
    this.size = size;
  }

  int size() {
    return size;
  }

  int start(int chunk) {
    return chunk < size ? starts[chunk] : text.length();
  }

  String text(int from, int to) {
    return text.substring(start(from), start(to));
  }

  /** What a paragraph's chunks are kept with its words by: its text. */
  private record ChunksOf(String text) {}

  /** The chunks of {@code paragraphs}' texts joined by line breaks. */
  static Chunks of(List<Paragraph> paragraphs) {
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("no paragraphs to compare");
    }
    List<Chunks> parts = new ArrayList<>(paragraphs.size());
    boolean seamless = true;
    for (Paragraph p : paragraphs) {
      Chunks c = p.words().computeIfAbsent(new ChunksOf(p.text()), w -> of(p.text()));
      // A text that begins or ends with white space would join the line break into one run.
      seamless &=
          !Character.isWhitespace(c.text.charAt(0))
              && !Character.isWhitespace(c.text.charAt(c.text.length() - 1));
      parts.add(c);
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    String text = String.join("\n", paragraphs.stream().map(Paragraph::text).toList());
    if (!seamless) {
      return of(text);
    }
    int size = parts.size() - 1;
    for (Chunks c : parts) {
      size += c.size;
    }
    int[] starts = new int[size];
    long[] ids = new long[size];
    long lineBreak = fingerprint("\n", 0, 1);
    int k = 0;
    int offset = 0;
    for (Chunks c : parts) {
      if (k > 0) {
        starts[k] = offset - 1;
        ids[k++] = lineBreak;
      }
      for (int n = 0; n < c.size; n++) {
        starts[k] = c.starts[n] + offset;
        ids[k++] = c.ids[n];
      }
      offset += c.text.length() + 1;
    }
    return new Chunks(text, starts, ids, size);
  }

  /**
   * Splits {@code text} into chunks and fingerprints each ({@link #fingerprint}) in the same pass:
   * a word (letters and digits, with a hyphen or apostrophe between two of them), a run of white
   * space, or any other single character (a surrogate pair as one).
   */
  static Chunks of(String text) {
    int n = text.length();
    int[] starts = new int[Math.max(4, n / 3)];
    long[] ids = new long[starts.length];
    int size = 0;
    int i = 0;
    while (i < n) {
      int start = i;
      char c = text.charAt(i++);
      long h = (FNV_OFFSET ^ c) * FNV_PRIME;
      if (isLetterOrDigit(c)) {
        while (i < n) {
          char d = text.charAt(i);
          if (isLetterOrDigit(d)) {
            h = (h ^ d) * FNV_PRIME;
            i++;
          } else if (i + 1 < n && isJoiner(d) && isLetterOrDigit(text.charAt(i + 1))) {
            h = (((h ^ d) * FNV_PRIME) ^ text.charAt(i + 1)) * FNV_PRIME;
            i += 2;
          } else {
            break;
          }
        }
      } else if (isWhitespace(c)) {
        while (i < n) {
          char d = text.charAt(i);
          if (!isWhitespace(d)) {
            break;
          }
          h = (h ^ d) * FNV_PRIME;
          i++;
        }
      } else if (Character.isHighSurrogate(c)
          && i < n
          && Character.isLowSurrogate(text.charAt(i))) {
        h = (h ^ text.charAt(i++)) * FNV_PRIME;
      }
      if (size == starts.length) {
        starts = java.util.Arrays.copyOf(starts, size * 2);
        ids = java.util.Arrays.copyOf(ids, size * 2);
      }
      starts[size] = start;
      ids[size++] = Fingerprints.mix(h);
    }
    return new Chunks(text, starts, ids, size);
  }

  /** Per ASCII character: {@link #LETTER_OR_DIGIT}, {@link #SPACE} or neither. */
  private static final byte[] ASCII = new byte[0x80];

  private static final byte LETTER_OR_DIGIT = 1;
  private static final byte SPACE = 2;

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII[c] =
          Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : Character.isWhitespace(c) ? SPACE : 0;
    }
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 0x80 ? ASCII[c] == LETTER_OR_DIGIT : Character.isLetterOrDigit(c);
  }

  private static boolean isWhitespace(char c) {
    return c < 0x80 ? ASCII[c] == SPACE : Character.isWhitespace(c);
  }

  /** A hyphen or apostrophe that joins two letters or digits into one word. */
  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '\u2019' || c == '\u2011';
  }

  /**
   * The boundaries of the sentences of chunks {@code [from, to)}, each sentence with the white
   * space after its closing mark: {@code from}, then each sentence's end.
   */
  int[] sentences(int from, int to) {
    int[] bounds = new int[to - from + 2];
    int n = 0;
    bounds[n++] = from;
    boolean closed = false;
    for (int k = from; k < to; k++) {
      char first = text.charAt(starts[k]);
      boolean space = Character.isWhitespace(first);
      if (closed && !space) {
        bounds[n++] = k;
      }
      boolean mark = start(k + 1) - starts[k] == 1 && ".!?;".indexOf(first) >= 0;
      closed = mark || (closed && space);
    }
    if (bounds[n - 1] != to) {
      bounds[n++] = to;
    }
    return java.util.Arrays.copyOf(bounds, n);
  }

  /** Fingerprints of the sentences between consecutive {@code bounds}. */
  long[] sentenceIds(int[] bounds) {
    long[] out = new long[bounds.length - 1];
    for (int s = 0; s + 1 < bounds.length; s++) {
      out[s] = fingerprint(text, start(bounds[s]), start(bounds[s + 1]));
    }
    return out;
  }

  /** FNV-1a over the characters, mixed: a 64-bit fingerprint of {@code text[from, to)}. */
  static long fingerprint(String text, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h = (h ^ text.charAt(i)) * FNV_PRIME;
    }
    return Fingerprints.mix(h);
  }
}
