package dev.parley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Recognises lines that belong to the page rather than to the statement: footers and headers of
 * official records, document symbols, delivery notes, notes of the record, copyright lines.
 */
final class PageFurniture {

  private PageFurniture() {}

  /**
   * Job number and page, in either order: {@code 06-53323 30}, {@code 30 06-53323}, {@code 15-29425
   * 31/34}.
   */
  private static final Pattern FOOTER =
      Pattern.compile(
          "(?:\\d{2}-\\d{5}[A-Z]?(?:\\s+\\d{1,3}(?:/\\d{1,3})?)?"
              + "|\\d{1,3}(?:/\\d{1,3})?\\s+\\d{2}-\\d{5}[A-Z]?)");

  /**
   * A lone page number, possibly with its total ({@code 12}, {@code 3/45}, {@code - 4 -}, {@code
   * Page 2}).
   */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?:[-–—]\\s*\\d{1,3}\\s*[-–—]|\\d{1,3}(?:\\s*/\\s*\\d{1,3})?|(?i:page)\\s+\\d{1,3}(?:\\s+(?i:of)\\s+\\d{1,3})?)");

  /** A document symbol, possibly with a date: {@code A/61/PV.13}, {@code A/70/PV.15 28/09/2015}. */
  private static final Pattern SYMBOL =
      Pattern.compile(
          "(?:A|S|E)/(?:\\d{1,2}/)?(?:PV\\.|[A-Z]{1,5}\\.?)?\\d{1,5}(?:/(?:Add|Rev|Corr)\\.\\d+)*"
              + "(?:\\s*\\(?(?:Part\\s+[IVX]+)\\)?)?"
              + "(?:\\s+\\d{1,2}/\\d{1,2}/\\d{2,4})?");

  /** A date and document symbol: {@code 02/10/2015 A/70/PV.25}. */
  private static final Pattern DATE_AND_SYMBOL =
      Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}\\s+[AES]/(?:\\d{1,2}/)?(?:PV\\.)?\\d{1,5}");

  /**
   * A meeting header: {@code General Assembly 21st plenary meeting}, with optional session and
   * date.
   */
  private static final Pattern MEETING_HEADER =
      Pattern.compile(
          "(?i)(?:General Assembly|Security Council)"
              + "(?:[\\s,]+[A-Za-z-]+\\s+session)?[\\s,]+\\d{1,3}(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting"
              + "(?:[\\s,]+\\d{1,2}\\s+[A-Za-z]+\\s+\\d{4})?\\.?");

  /** A delivery note; its white space includes the no-break space of word processors. */
  private static final Pattern DELIVERY_NOTE =
      Pattern.compile(
          "(?i)[(\\[]?\\s*(?:please\\s+)?(?:check|verify)\\s+against\\s+(?:the\\s+)?delivery"
              + "(?:\\s+only)?\\s*[.!]?\\s*[)\\]]?\\s*[.!]?",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** ... and inside a line of other text, a note of whole words ("delivery", not "deliveryman"). */
  private static final Pattern INLINE_DELIVERY_NOTE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:" + DELIVERY_NOTE.pattern() + ")(?![\\p{L}\\p{N}])",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern PROCEDURAL_NOTE =
      Pattern.compile(
          "\\(\\s*(?:spoke|continued)\\s+in\\s+[A-Z][a-z]+\\s*\\)"
              + "|(?:The (?:Acting )?President|(?:Mr|Mrs|Ms|Miss|Madam|Sir)\\.?\\s[^()]{1,60}"
              + "\\([^()]{2,60}\\),?\\s+(?:Vice-President|Vice-Chair(?:man|person)?|President)),?\\s+"
              + "(?:took|returned to|resumed) the Chair[.,]?");

  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?i)(?:©.{0,120}|\\(c\\)\\s*\\d{4}.{0,100}|copyright\\s*(?:©|\\(c\\)|\\d{4}).{0,110}"
              + "|.{0,100}all rights reserved\\.?)");

  /**
   * Returns what the content of the line between {@code start} and {@code end} is as page
   * furniture, or null when it is statement text.
   */
  static RemovedText.@Nullable Kind classify(String text, int start, int end) {
    int length = end - start;
    if (length > 160) {
      return null;
    }
    String line = text.substring(start, end);
    char first = line.charAt(0);
    if (first >= '0' && first <= '9' || first == '-' || first == '–' || first == '—') {
      if (FOOTER.matcher(line).matches() || PAGE_NUMBER.matcher(line).matches()) {
        return RemovedText.Kind.PAGE_FOOTER;
      }
      return DATE_AND_SYMBOL.matcher(line).matches() ? RemovedText.Kind.PAGE_HEADER : null;
    }
    if (length > 130) {
      return COPYRIGHT.matcher(line).matches() ? RemovedText.Kind.COPYRIGHT : null;
    }
    switch (first) {
      case 'A', 'S', 'E' -> {
        if (line.length() > 3 && line.charAt(1) == '/' && SYMBOL.matcher(line).matches()) {
          return RemovedText.Kind.PAGE_HEADER;
        }
      }
      case 'P', 'p' -> {
        if (PAGE_NUMBER.matcher(line).matches()) {
          return RemovedText.Kind.PAGE_FOOTER;
        }
      }
      default -> {}
    }
    if ((first == 'G' || first == 'S') && MEETING_HEADER.matcher(line).matches()) {
      return RemovedText.Kind.PAGE_HEADER;
    }
    if (containsIgnoreCase(line, AGAINST) && DELIVERY_NOTE.matcher(line).matches()) {
      return RemovedText.Kind.DELIVERY_NOTE;
    }
    if ((first == '(' || containsIgnoreCase(line, THE_CHAIR))
        && PROCEDURAL_NOTE.matcher(line).matches()) {
      return RemovedText.Kind.PROCEDURAL_NOTE;
    }
    if ((first == '©'
            || first == '('
            || first == 'C'
            || first == 'c'
            || first == 'A'
            || first == 'a')
        && COPYRIGHT.matcher(line).matches()) {
      return RemovedText.Kind.COPYRIGHT;
    }
    return null;
  }

  /**
   * A page header or footer run into a line of text by an earlier joining of lines: a date and
   * document symbol ({@code 30/09/2015 A/70/PV.19}) or a job number and page ({@code 16-29811
   * 19/52}), in either order.
   */
  private static final Pattern INLINE =
      Pattern.compile(
          // Whole tokens only: not the start or end of a longer number (15-229816 is no job
          // number) or of a word (H15-29816, @7/45).
          "(?<!\\S)(?:"
              + "\\d{2}/\\d{2}/\\d{4}\\s+A/\\d{1,2}/PV\\.\\d{1,4}|A/\\d{1,2}/PV\\.\\d{1,4}\\s+\\d{2}/\\d{2}/\\d{4}"
              + "|\\d{2}-\\d{5}\\s+\\d{1,3}/\\d{1,3}|\\d{1,3}/\\d{1,3}\\s+\\d{2}-\\d{5}"
              + ")(?![^\\s.,;:!?)\\]])");

  /**
   * Returns the bounds of page headers and footers run into the line between {@code start} and
   * {@code end}, as {@code {start, end}} pairs in the original text, or null when there are none.
   */
  static @Nullable List<int[]> findInline(String text, int start, int end) {
    if (end - start < 16) {
      return null;
    }
    boolean digitsAround = false;
    for (int i = start; i + 2 < end; i++) {
      char c = text.charAt(i);
      if ((c == '/' || c == '-')
          && Character.isDigit(text.charAt(i + 1))
          && Character.isDigit(text.charAt(i + 2))) {
        digitsAround = true;
        break;
      }
    }
    if (!digitsAround) {
      return null;
    }
    Matcher m = INLINE.matcher(text).region(start, end);
    List<int[]> found = null;
    while (m.find()) {
      if (found == null) {
        found = new ArrayList<>(1);
      }
      found.add(new int[] {m.start(), m.end()});
    }
    return found;
  }

  /**
   * Returns the bounds of a delivery note that shares its line with other text, as {@code {start,
   * end}} in the original text, or null.
   */
  static int @Nullable [] findInlineDeliveryNote(String text, int start, int end) {
    String line = text.substring(start, end);
    if (!containsIgnoreCase(line, AGAINST)) {
      return null;
    }
    var m = INLINE_DELIVERY_NOTE.matcher(line);
    if (m.find()) {
      // The note without the white space the pattern may take in at either end.
      int from = start + m.start();
      int to = start + m.end();
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      return new int[] {from, to};
    }
    return null;
  }

  /** A lower-case text looked for in any case, with the index of its rarest letter. */
  record Needle(String lower, int anchor) {
    static Needle of(String lower) {
      return new Needle(lower, rarestLetter(lower));
    }
  }

  private static final Needle AGAINST = Needle.of("against");
  private static final Needle THE_CHAIR = Needle.of("the chair");

  static boolean containsIgnoreCase(String s, Needle needle) {
    String lowerNeedle = needle.lower();
    int anchor = needle.anchor();
    int last = s.length() - lowerNeedle.length();
    char key = lowerNeedle.charAt(anchor);
    char keyUpper = Character.toUpperCase(key);
    if (OTHER_CAPITALS.indexOf(key) >= 0) {
      return containsIgnoreCaseSlowly(s, lowerNeedle);
    }
    // Candidates where the needle's rarest letter stands, either case, found by indexOf: fewer
    // than where its first stands ("against" is looked for where a g stands, not where an a does).
    int lower = s.indexOf(key, anchor);
    int upper = s.indexOf(keyUpper, anchor);
    while (true) {
      int at = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
      if (at < 0 || at - anchor > last) {
        return false;
      }
      if (matchesAt(s, at - anchor, lowerNeedle)) {
        return true;
      }
      if (at == lower) {
        lower = s.indexOf(key, at + 1);
      }
      if (at == upper) {
        upper = s.indexOf(keyUpper, at + 1);
      }
    }
  }

  /** English letters from the most to the least frequent. */
  private static final String LETTERS_BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

  /** The index of the needle's rarest letter in English (its first character if none is one). */
  private static int rarestLetter(String lowerNeedle) {
    int rarest = 0;
    int rank = -1;
    for (int j = 0; j < lowerNeedle.length(); j++) {
      int r = LETTERS_BY_FREQUENCY.indexOf(lowerNeedle.charAt(j));
      if (r > rank) {
        rarest = j;
        rank = r;
      }
    }
    return rarest;
  }

  /**
   * The lower-case letters that a character other than their own capital also lower-cases to
   * (KELVIN SIGN to {@code k}, LATIN CAPITAL LETTER I WITH DOT ABOVE to {@code i}, ANGSTROM SIGN to
   * {@code å}): a needle opening with one of them is searched character by character.
   */
  private static final String OTHER_CAPITALS = otherCapitals();

  private static String otherCapitals() {
    StringBuilder b = new StringBuilder();
    for (char c = 0x80; c < 0xFFFF; c++) {
      char lower = Character.toLowerCase(c);
      if (lower != c && Character.toUpperCase(lower) != c && b.indexOf(String.valueOf(lower)) < 0) {
        b.append(lower);
      }
    }
    return b.toString();
  }

  private static boolean containsIgnoreCaseSlowly(String s, String lowerNeedle) {
    for (int i = 0; i <= s.length() - lowerNeedle.length(); i++) {
      if (matchesAt(s, i, lowerNeedle)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(String s, int i, String lowerNeedle) {
    for (int j = 0; j < lowerNeedle.length(); j++) {
      if (Character.toLowerCase(s.charAt(i + j)) != lowerNeedle.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
