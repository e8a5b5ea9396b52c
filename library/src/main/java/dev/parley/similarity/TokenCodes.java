package dev.parley.similarity;

import dev.parley.internal.primitive.LongIntMap;
import dev.parley.text.WordSequence;

/**
 * Encodes two word sequences as strings, one character per word (equal words, equal characters), so
 * that Commons Text's character algorithms run over words.
 */
final class TokenCodes {

  private TokenCodes() {}

  /** Returns {@code {left, right}} encoded with a shared code. */
  static String[] encode(WordSequence left, WordSequence right) {
    LongIntMap codes = new LongIntMap(left.size() + right.size());
    return new String[] {encode(left, codes), encode(right, codes)};
  }

  /** Codes words by id in the order first met; {@code codes} holds each id's number plus one. */
  private static String encode(WordSequence words, LongIntMap codes) {
    char[] out = new char[words.size()];
    for (int i = 0; i < out.length; i++) {
      long id = words.id(i);
      int n = codes.get(id);
      if (n == 0) {
        n = codes.size() + 1;
        codes.put(id, n);
      }
      out[i] = code(n - 1);
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
