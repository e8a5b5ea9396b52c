package dev.parley.text;

import java.text.Normalizer.Form;
import java.util.Arrays;

/**
 * Builds a paragraph's reader text from pieces of the original, keeping for every character the
 * index in the original it came from, so that sentences and tokens can be traced back.
 */
final class ParagraphText {

  private char[] text = new char[128];
  private int[] origins = new int[128];
  private int length;

  int length() {
    return length;
  }

  char charAt(int i) {
    return text[java.util.Objects.checkIndex(i, length)];
  }

  boolean isEmpty() {
    return length == 0;
  }

  char last() {
    return charAt(length - 1);
  }

  /** Makes room for {@code more} characters. */
  private void reserve(int more) {
    int needed = length + more;
    if (needed > text.length) {
      int capacity = Math.max(needed, text.length * 2);
      text = Arrays.copyOf(text, capacity);
      origins = Arrays.copyOf(origins, capacity);
    }
  }

  private void put(char c, int origin) {
    reserve(1);
    origins[length] = origin;
    text[length++] = c;
  }

  @Override
  public String toString() {
    return new String(text, 0, length);
  }

  /** Appends one space standing for the white space or line break at {@code origin}. */
  void space(int origin) {
    if (!isEmpty() && last() != ' ') {
      put(' ', origin);
    }
  }

  /** Removes the last character. */
  void dropLast() {
    if (length == 0) {
      throw new IllegalStateException("nothing to remove");
    }
    length--;
  }

  /**
   * Appends {@code original[from, to)} with runs of white space collapsed to one space and
   * invisible characters (soft hyphens, zero-width spaces) left out.
   */
  void append(String original, int from, int to) {
    int i = from;
    while (i < to) {
      // Copy a run of ordinary characters at once, with the single spaces between them: a space
      // after an ordinary character is one that space() would put.
      int runEnd = i;
      while (runEnd < to) {
        char c = original.charAt(runEnd);
        if (!isOrdinary(c) && (c != ' ' || runEnd == i || original.charAt(runEnd - 1) == ' ')) {
          break;
        }
        runEnd++;
      }
      if (runEnd > i) {
        reserve(runEnd - i);
        original.getChars(i, runEnd, text, length);
        for (int k = i; k < runEnd; k++) {
          origins[length++] = k;
        }
        i = runEnd;
        if (i == to) {
          break;
        }
      }
      char c = original.charAt(i);
      if (c == '\u200B' || c == '\uFEFF') {
        // zero-width: left out
      } else if (SourceLine.isBlankChar(c) || c == '\n' || c == '\r') {
        space(i);
      } else if (c != '\u00AD' && c != '\u200C' && c != '\u200D' && c != '\u2060') {
        put(c, i); // soft hyphens inside a line and zero-width joiners are invisible: left out
      }
      i++;
    }
  }

  private static boolean isOrdinary(char c) {
    return c > ' ' && c < 0x7F
        || c >= 0xA1
            && c != '\u00AD'
            && !(c >= '\u2000' && c <= '\u206F')
            && c != '\u3000'
            && c != '\uFEFF';
  }

  /** Returns the index in the original of the character at {@code i}. */
  int origin(int i) {
    return origins[i];
  }

  /**
   * Returns the finished text in Unicode NFC, with the origins of its characters in {@code
   * originsOut[0]}.
   */
  String finish(int[][] originsOut) {
    while (length > 0 && text[length - 1] == ' ') {
      length--;
    }
    String raw = toString();
    if (java.text.Normalizer.isNormalized(raw, Form.NFC)) {
      originsOut[0] = Arrays.copyOf(origins, raw.length());
      return raw;
    }
    // Compose each base character with the marks that follow it, mapping every output character
    // to the base character's origin.
    StringBuilder composed = new StringBuilder(raw.length());
    int[] composedOrigins = new int[raw.length() * 3 + 8];
    int i = 0;
    while (i < raw.length()) {
      int j = i + 1;
      while (j < raw.length() && isMark(raw.charAt(j))) {
        j++;
      }
      String group = java.text.Normalizer.normalize(raw.substring(i, j), Form.NFC);
      for (int k = 0; k < group.length(); k++) {
        composedOrigins[composed.length()] = origins[i];
        composed.append(group.charAt(k));
      }
      i = j;
    }
    originsOut[0] = Arrays.copyOf(composedOrigins, composed.length());
    return composed.toString();
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || Character.isLowSurrogate(c);
  }
}
