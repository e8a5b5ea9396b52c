package dev.parley.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the letterhead of a mission's web page or paper: the lines at the top (or the bottom)
 * of a text that give an address, telephones, fax, e-mail or web address.
 */
final class Letterhead {

  private Letterhead() {}

  private static final Pattern LABELLED =
      Pattern.compile(
          "(?i)(?:tel|t[ée]l[ée]phone|phones?|telephone|fax|facsimile|telefax|e-?mail|courriel"
              + "|web\\s*site|website|web|internet|url)\\b.*");

  private static final Pattern CONTACT =
      Pattern.compile("(?i).*(?:\\S+@\\S+\\.[a-z]{2,}|www\\.\\S+|https?://\\S+).*");

  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?i).*(?:\\b\\d+(?:st|nd|rd|th)\\s+(?:street|floor|avenue)|\\bstreet\\b|\\bavenue\\b|\\bplaza\\b"
              + "|\\bsuite\\s+\\d|\\bp\\.?\\s?o\\.?\\s+box\\b|\\bnew york\\b|\\bn\\.\\s?y\\.|\\bny\\s+\\d{5}"
              + "|\\bgen[eè]va\\b|\\bgen[eè]ve\\b|\\bch-\\d{4}|\\bun plaza\\b).*");

  private static final Pattern MISSION =
      Pattern.compile(
          "(?i)(?:permanent\\s+mission|mission\\s+permanente|misi[oó]n\\s+permanente|embassy|delegation)"
              + "\\s+(?:of|de|du|of the)\\b.{0,90}");

  /** Returns whether a short line is part of a letterhead. */
  static boolean isLetterheadLine(String line) {
    if (line.length() > 100 || isProse(line)) {
      return false;
    }
    return isContactLine(line)
        || ADDRESS.matcher(line).matches()
        || MISSION.matcher(line).matches();
  }

  /** A telephone, fax, e-mail or web line: enough on its own to show a letterhead. */
  static boolean isContactLine(String line) {
    return isPhoneNumber(line)
        || LABELLED.matcher(line).matches()
        || CONTACT.matcher(line).matches();
  }

  /** A sentence of four words or more: statement text, never letterhead. */
  private static boolean isProse(String line) {
    char last = line.charAt(line.length() - 1);
    if (last != '.' && last != '!' && last != '?') {
      return false;
    }
    int words = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ' ') {
        words++;
      }
    }
    return words >= 4;
  }

  /** Digits and telephone punctuation only, with at least seven digits. */
  static boolean isPhoneNumber(String line) {
    int digits = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if ("()+-–./, ".indexOf(c) < 0 && !SourceLine.isBlankChar(c)) {
        return false;
      }
    }
    return digits >= 7;
  }

  /**
   * Returns {@code lines} with the letterhead lines at the top and at the bottom marked as removed.
   * A block counts only when it holds a telephone, fax, e-mail or web line, so that a heading
   * naming a mission is not taken for a letterhead on its own.
   */
  static List<SourceLine> mark(String text, List<SourceLine> lines) {
    List<SourceLine> out = new java.util.ArrayList<>(lines);
    markFrom(text, out, 0, 1);
    markFrom(text, out, out.size() - 1, -1);
    return out;
  }

  /** Replaces the lines of a letterhead block found from {@code from} by removed ones. */
  private static void markFrom(String text, List<SourceLine> lines, int from, int step) {
    int strong = 0;
    int last = -1;
    for (int i = from; i >= 0 && i < lines.size(); i += step) {
      SourceLine line = lines.get(i);
      if (line.isBlank() || line.removedAs != null) {
        continue;
      }
      String content = line.content(text);
      if (!isLetterheadLine(content)) {
        break;
      }
      if (isContactLine(content)) {
        strong++;
      }
      last = i;
    }
    if (strong == 0 || last < 0) {
      return;
    }
    for (int i = from; i != last + step; i += step) {
      SourceLine line = lines.get(i);
      if (!line.isBlank() && line.removedAs == null) {
        lines.set(i, line.removedAs(RemovedText.Kind.LETTERHEAD));
      }
    }
  }
}
