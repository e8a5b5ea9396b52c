package dev.parley.text;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words and numbers, each with a display form and a match form.
 *
 * <p>A token is a run of letters, digits and combining marks; apostrophes and hyphens inside a word
 * stay in it ({@code Secretary-General}, {@code Kazakhstan’s}); full stops, commas, colons and
 * slashes between digits stay in a number ({@code 16.5}, {@code 51/210}, {@code 1,000}). Other
 * punctuation separates tokens and is not a token.
 *
 * <pre>{@code
 * Tokenizer.tokenize("The Secretary‑General’s “report”, 16.5%").stream().map(Token::match).toList();
 * // [the, secretary-general's, report, 16.5]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /**
   * Returns the tokens of {@code text} in order: where {@link WordSequence#of(String)} finds the
   * words, by the rules of this class ({@link #isWordChar}, {@link #isInnerConnector}), each with
   * its display and match forms made as strings.
   */
  public static List<Token> tokenize(CharSequence text) {
    String s = text.toString();
    WordSequence words = WordSequence.of(s);
    List<Token> tokens = new ArrayList<>(words.size());
    for (int k = 0; k < words.size(); k++) {
      String display = s.substring(words.start(k), words.end(k));
      tokens.add(new Token(display, matchForm(display), words.start(k), words.end(k)));
    }
    return tokens;
  }

  /**
   * Returns the match form of a word: lower case, accents removed, typographic apostrophes, quotes
   * and dashes folded.
   */
  public static String matchForm(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return word.toLowerCase(Locale.ROOT);
    }
    StringBuilder folded = new StringBuilder(word.length());
    String decomposed = java.text.Normalizer.normalize(word, Form.NFKD);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || c == '\u00AD') {
        continue;
      }
      folded.append(foldPunctuation(c));
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  static char foldPunctuation(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032', '\u00B4', '`' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      default -> c;
    };
  }

  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (c == '\u00AD') {
      return false;
    }
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  /** Whether the character at {@code i} joins the word before it to the word after it. */
  static boolean isInnerConnector(CharSequence text, int i) {
    char c = text.charAt(i);
    char next = text.charAt(i + 1);
    if (!isWordChar(next)) {
      return false;
    }
    if (isHyphen(c) || isApostrophe(c)) {
      return true;
    }
    if (c == '.' || c == ',' || c == '/' || c == ':') {
      char prev = text.charAt(i - 1);
      if (Character.isDigit(prev) && Character.isDigit(next)) {
        return true;
      }
      // Dotted initialisms such as U.N or U.S.A keep their inner stops.
      return c == '.'
          && Character.isUpperCase(prev)
          && Character.isUpperCase(next)
          && (i < 2 || !isWordChar(text.charAt(i - 2)) || text.charAt(i - 2) == '.')
          && (i + 2 >= text.length() || text.charAt(i + 2) == '.');
    }
    return false;
  }
}
