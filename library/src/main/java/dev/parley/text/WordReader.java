package dev.parley.text;

import static dev.parley.internal.primitive.Fingerprints.FNV_OFFSET;
import static dev.parley.internal.primitive.Fingerprints.FNV_PRIME;

import dev.parley.internal.primitive.Fingerprints;
import java.util.Arrays;

/**
 * Where a text is cut into words and each word gets its id: the one pass that {@link WordSequence}
 * holds the result of, by the tokenizer's rules, and the 64-bit fingerprint a word's match form is
 * known by everywhere ({@link WordSequence#idOf}).
 */
final class WordReader {

  /** A word's shape bit: it is capitalised (an upper-case letter, then a lower-case one). */
  static final byte CAPITAL = (byte) 0x80;

  /** A word's shape bits for the length of its match form, where it begins with a letter. */
  static final int LENGTH = 0x7F;

  private WordReader() {}

  /**
   * The words of a text, one entry a word: its id, its offsets in the text and its shape (the
   * length of its match form if it begins with a letter, at most {@link #LENGTH}, else 0; {@link
   * #CAPITAL}).
   */
  record Words(long[] ids, int[] starts, int[] ends, byte[] shapes) {}

  /**
   * Returns the words of {@code text}. This is where a text is cut into words, by the tokenizer's
   * rules ({@link Tokenizer#isWordChar}, {@link Tokenizer#isInnerConnector}; {@link
   * Tokenizer#tokenize} reads its tokens from here), in one pass that also hashes an ASCII word's
   * id as it reads the word (another word's id is taken from its match form).
   */
  static Words read(String text) {
    int length = text.length();
    // Room for a word in every five characters (real text has one in six or seven), grown when
    // short: the arrays are cut to the words found at the end.
    int capacity = length / 5 + 8;
    long[] ids = new long[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    byte[] shapes = new byte[capacity];
    int n = 0;
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (!Tokenizer.isWordChar(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean ascii = c < 0x80;
      long h = ascii ? (FNV_OFFSET ^ lower(c)) * FNV_PRIME : 0;
      i++;
      while (i < length) {
        char d = text.charAt(i);
        if (Tokenizer.isWordChar(d)) {
          if (ascii) {
            ascii = d < 0x80;
            h = (h ^ lower(d)) * FNV_PRIME;
          }
          i++;
        } else if (d > ' ' && i + 1 < length && Tokenizer.isInnerConnector(text, i)) {
          if (ascii) {
            char e = text.charAt(i + 1);
            ascii = d < 0x80 && e < 0x80;
            h = (((h ^ lower(d)) * FNV_PRIME) ^ lower(e)) * FNV_PRIME;
          }
          i += 2;
        } else {
          break;
        }
      }
      if (n == capacity) {
        capacity = 2 * capacity;
        ids = Arrays.copyOf(ids, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        shapes = Arrays.copyOf(shapes, capacity);
      }
      starts[n] = start;
      ends[n] = i;
      int size;
      boolean letter;
      if (ascii) {
        ids[n] = finish(h);
        size = i - start;
        letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      } else {
        String match = Tokenizer.matchForm(text.substring(start, i));
        ids[n] = idOf(match);
        size = match.length();
        letter = size > 0 && Character.isLetter(match.charAt(0));
      }
      int shape = letter ? Math.min(size, LENGTH) : 0;
      if (i - start > 1
          && Character.isUpperCase(c)
          && Character.isLowerCase(text.charAt(start + 1))) {
        shape |= CAPITAL;
      }
      shapes[n++] = (byte) shape;
    }
    if (n < capacity) {
      ids = Arrays.copyOf(ids, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      shapes = Arrays.copyOf(shapes, n);
    }
    return new Words(ids, starts, ends, shapes);
  }

  /** An ASCII character in lower case. */
  private static int lower(char c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  /**
   * Returns the id of a match form: a 64-bit fingerprint (FNV-1a over its characters, then mixed),
   * never 0. Two different words share an id with a chance of about one in 10<sup>19</sup> a pair.
   */
  static long idOf(String matchForm) {
    long h = FNV_OFFSET;
    for (int i = 0; i < matchForm.length(); i++) {
      h = (h ^ matchForm.charAt(i)) * FNV_PRIME;
    }
    return finish(h);
  }

  /**
   * Returns {@link #idOf} of the match form of {@code chars[from, to)}, a word of ASCII letters,
   * digits, hyphens and apostrophes only (whose match form is its lower case), without making it a
   * string.
   */
  static long idOfAscii(char[] chars, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * FNV_PRIME;
    }
    return finish(h);
  }

  /** A word's id from its FNV-1a hash: mixed, never 0. */
  private static long finish(long h) {
    long id = Fingerprints.mix(h);
    return id == 0 ? 1 : id;
  }
}
