package dev.parley.similarity;

import dev.parley.text.WordSequence;
import java.util.HashMap;
import java.util.Map;

/**
 * Encodes two word sequences as strings, one character per word (equal words, equal characters), so
 * that Commons Text's character algorithms run over words.
 */
final class TokenCodes {

  private TokenCodes() {}

  /** Returns {@code {left, right}} encoded with a shared code. */
  static String[] encode(WordSequence left, WordSequence right) {
    Map<String, Character> codes = new HashMap<>();
    return new String[] {encode(left, codes), encode(right, codes)};
  }

  private static String encode(WordSequence words, Map<String, Character> codes) {
    char[] out = new char[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = codes.computeIfAbsent(words.word(i), w -> code(codes.size()));
    }
    return new String(out);
  }

  /** The n-th code: characters from U+0100 on, surrogates skipped; beyond the BMP, codes repeat. */
  private static char code(int n) {
    int c = 0x100 + n % (0xFFFE - 0x100 - 0x800);
    if (c >= 0xD800) {
      c += 0x800;
    }
    return (char) c;
  }
}
