package dev.parley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first step of normalisation: the text's lines, with page furniture (footers, headers,
 * document symbols, delivery notes, notes of the record, copyright lines), letterhead and the
 * paragraph numbers of numbered records marked and taken out of their content, and what was taken
 * out recorded with its place.
 */
final class LineScan {

  private LineScan() {}

  /** A paragraph number at the start of a line; OCR sometimes puts a stray mark before it. */
  private static final Pattern PARAGRAPH_NUMBER =
      Pattern.compile("[,.'`‘’]?(\\d{1,3})\\.(?:\\t|\\s+)(?=\\S)");

  /** The lines of {@code text}; what is taken out of them is added to {@code removed}. */
  static List<SourceLine> scan(String text, List<RemovedText> removed) {
    List<SourceLine> lines = SourceLine.split(text);
    markFurniture(text, lines, removed);
    takeParagraphNumbers(text, lines, removed);
    return lines;
  }

  private static void markFurniture(
      String text, List<SourceLine> lines, List<RemovedText> removed) {
    boolean pageFurnitureSeen = text.contains("/PV.") || hasJobNumber(text);
    for (SourceLine line : lines) {
      if (!line.isBlank()) {
        line.removedAs = PageFurniture.classify(text, line.contentStart, line.contentEnd);
        pageFurnitureSeen |=
            line.removedAs == RemovedText.Kind.PAGE_FOOTER
                || line.removedAs == RemovedText.Kind.PAGE_HEADER;
      }
    }
    // Headers run into a line, and delivery notes sharing a line, are looked for only where the
    // document shows page furniture, or the word "delivery", at all.
    boolean deliveryWordSeen = text.contains("elivery") || text.contains("ELIVERY");
    if (!pageFurnitureSeen && !deliveryWordSeen) {
      Letterhead.mark(text, lines);
      collectRemoved(text, lines, removed);
      return;
    }
    for (SourceLine line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (line.removedAs == null && pageFurnitureSeen) {
        line.holes = PageFurniture.findInline(text, line.contentStart, line.contentEnd);
        if (line.holes != null) {
          for (int[] hole : line.holes) {
            removed.add(
                new RemovedText(
                    Character.isDigit(text.charAt(hole[0])) && text.charAt(hole[0] + 2) == '-'
                        ? RemovedText.Kind.PAGE_FOOTER
                        : RemovedText.Kind.PAGE_HEADER,
                    text.substring(hole[0], hole[1]),
                    new Span(hole[0], hole[1])));
          }
        }
      }
      if (line.removedAs == null && deliveryWordSeen) {
        int[] note = PageFurniture.findInlineDeliveryNote(text, line.contentStart, line.contentEnd);
        if (note != null && (note[0] == line.contentStart || note[1] == line.contentEnd)) {
          removed.add(
              new RemovedText(
                  RemovedText.Kind.DELIVERY_NOTE,
                  text.substring(note[0], note[1]),
                  new Span(note[0], note[1])));
          if (note[0] == line.contentStart) {
            line.contentStart = note[1];
          } else {
            line.contentEnd = note[0];
          }
          trim(text, line);
        }
      }
    }
    Letterhead.mark(text, lines);
    collectRemoved(text, lines, removed);
  }

  /**
   * Whether the text holds a job number of the UN's document service ({@code 16-29811}), the mark
   * of page footers: two digits, a hyphen, five digits. Jumps from hyphen to hyphen.
   */
  static boolean hasJobNumber(String text) {
    int n = text.length();
    for (int i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
      if (i >= 2
          && i + 5 < n
          && isDigit(text.charAt(i - 1))
          && isDigit(text.charAt(i - 2))
          && (i < 3 || !isDigit(text.charAt(i - 3)))
          && isDigit(text.charAt(i + 1))
          && isDigit(text.charAt(i + 2))
          && isDigit(text.charAt(i + 3))
          && isDigit(text.charAt(i + 4))
          && isDigit(text.charAt(i + 5))
          && (i + 6 == n || !isDigit(text.charAt(i + 6)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static void collectRemoved(
      String text, List<SourceLine> lines, List<RemovedText> removed) {
    for (SourceLine line : lines) {
      if (line.removedAs != null) {
        removed.add(
            new RemovedText(
                line.removedAs, line.content(text), new Span(line.contentStart, line.contentEnd)));
      }
    }
  }

  private static void trim(String text, SourceLine line) {
    while (line.contentStart < line.contentEnd
        && SourceLine.isBlankChar(text.charAt(line.contentStart))) {
      line.contentStart++;
    }
    while (line.contentEnd > line.contentStart
        && SourceLine.isBlankChar(text.charAt(line.contentEnd - 1))) {
      line.contentEnd--;
    }
  }

  /**
   * Takes the numbers off the paragraphs of a numbered record ({@code 63.<TAB>…}), when the
   * document numbers its paragraphs in sequence; numbered headings of a short list are left alone.
   */
  private static void takeParagraphNumbers(
      String text, List<SourceLine> lines, List<RemovedText> removed) {
    List<SourceLine> candidates = new ArrayList<>();
    List<int[]> numbers = new ArrayList<>();
    for (SourceLine line : lines) {
      if (!line.isContent()
          || line.length() < 4
          || !(Character.isDigit(line.firstChar(text))
              || Character.isDigit(text.charAt(line.contentStart + 1)))) {
        continue;
      }
      Matcher m = PARAGRAPH_NUMBER.matcher(text).region(line.contentStart, line.contentEnd);
      if (m.lookingAt()) {
        candidates.add(line);
        numbers.add(new int[] {Integer.parseInt(m.group(1)), m.end()});
      }
    }
    if (candidates.size() < 3) {
      return;
    }
    int inSequence = 0;
    int[] lengths = new int[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      lengths[i] = candidates.get(i).length();
      if (i > 0 && numbers.get(i)[0] == numbers.get(i - 1)[0] + 1) {
        inSequence++;
      }
    }
    java.util.Arrays.sort(lengths);
    if (inSequence < (candidates.size() - 1) * 0.6 || lengths[lengths.length / 2] < 50) {
      return;
    }
    for (int i = 0; i < candidates.size(); i++) {
      if (i > 0
          && i < candidates.size() - 1
          && numbers.get(i)[0] != numbers.get(i - 1)[0] + 1
          && numbers.get(i)[0] + 1 != numbers.get(i + 1)[0]) {
        continue; // out of sequence: a number that opens a sentence, not a paragraph number
      }
      SourceLine line = candidates.get(i);
      int numberEnd = numbers.get(i)[1];
      int dot = text.indexOf('.', line.contentStart + 1);
      removed.add(
          new RemovedText(
              RemovedText.Kind.PARAGRAPH_NUMBER,
              text.substring(line.contentStart, dot + 1),
              new Span(line.contentStart, dot + 1)));
      line.contentStart = numberEnd;
      line.numbered = true;
    }
  }
}
