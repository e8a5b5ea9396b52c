package dev.parley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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

  /**
   * What the scan returns: the lines, immutable, in order, and what was taken out of them, in the
   * order it was found.
   */
  record Result(List<SourceLine> lines, List<RemovedText> removed) {
    Result {
      lines = List.copyOf(lines);
      removed = List.copyOf(removed);
    }
  }

  /** The lines of {@code text}, with what was taken out of them. */
  static Result scan(String text) {
    List<RemovedText> removed = new ArrayList<>();
    List<SourceLine> lines = SourceLine.split(text);
    lines = markFurniture(text, lines, removed);
    lines = takeParagraphNumbers(text, lines, removed);
    return new Result(lines, removed);
  }

  /**
   * Returns the lines with page furniture and letterhead marked as removed (whole lines) or cut out
   * (headers and notes inside a line); what is removed is added to {@code removed}.
   */
  private static List<SourceLine> markFurniture(
      String text, List<SourceLine> lines, List<RemovedText> removed) {
    boolean pageFurnitureSeen = text.contains("/PV.") || hasJobNumber(text);
    List<SourceLine> marked = new ArrayList<>(lines.size());
    for (SourceLine line : lines) {
      RemovedText.@Nullable Kind kind =
          line.isBlank() ? null : PageFurniture.classify(text, line.contentStart, line.contentEnd);
      marked.add(kind == null ? line : line.removedAs(kind));
      pageFurnitureSeen |=
          kind == RemovedText.Kind.PAGE_FOOTER || kind == RemovedText.Kind.PAGE_HEADER;
    }
    // Headers run into a line, and delivery notes sharing a line, are looked for only where the
    // document shows page furniture, or the word "delivery", at all.
    boolean deliveryWordSeen = text.contains("elivery") || text.contains("ELIVERY");
    if (pageFurnitureSeen || deliveryWordSeen) {
      for (int i = 0; i < marked.size(); i++) {
        SourceLine line = marked.get(i);
        if (!line.isBlank() && line.removedAs == null) {
          marked.set(i, cutInline(text, line, pageFurnitureSeen, deliveryWordSeen, removed));
        }
      }
    }
    marked = Letterhead.mark(text, marked);
    collectRemoved(text, marked, removed);
    return marked;
  }

  /** Returns {@code line} with the page headers and delivery notes inside it cut out. */
  private static SourceLine cutInline(
      String text,
      SourceLine line,
      boolean pageFurnitureSeen,
      boolean deliveryWordSeen,
      List<RemovedText> removed) {
    if (pageFurnitureSeen) {
      List<int[]> holes = PageFurniture.findInline(text, line.contentStart, line.contentEnd);
      if (holes != null) {
        List<Span> spans = new ArrayList<>(holes.size());
        for (int[] hole : holes) {
          Span span = new Span(hole[0], hole[1]);
          spans.add(span);
          removed.add(
              new RemovedText(
                  Character.isDigit(text.charAt(hole[0])) && text.charAt(hole[0] + 2) == '-'
                      ? RemovedText.Kind.PAGE_FOOTER
                      : RemovedText.Kind.PAGE_HEADER,
                  span.slice(text),
                  span));
        }
        line = line.withHoles(spans);
      }
    }
    if (deliveryWordSeen) {
      int[] note = PageFurniture.findInlineDeliveryNote(text, line.contentStart, line.contentEnd);
      if (note != null && (note[0] == line.contentStart || note[1] == line.contentEnd)) {
        removed.add(
            new RemovedText(
                RemovedText.Kind.DELIVERY_NOTE,
                text.substring(note[0], note[1]),
                new Span(note[0], note[1])));
        line =
            note[0] == line.contentStart
                ? line.withContent(text, note[1], line.contentEnd)
                : line.withContent(text, line.contentStart, note[0]);
      }
    }
    return line;
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

  /**
   * Takes the numbers off the paragraphs of a numbered record ({@code 63.<TAB>…}), when the
   * document numbers its paragraphs in sequence; numbered headings of a short list are left alone.
   */
  private static List<SourceLine> takeParagraphNumbers(
      String text, List<SourceLine> lines, List<RemovedText> removed) {
    List<Integer> candidates = new ArrayList<>();
    List<int[]> numbers = new ArrayList<>();
    for (int index = 0; index < lines.size(); index++) {
      SourceLine line = lines.get(index);
      if (!line.isContent()
          || line.length() < 4
          || !(Character.isDigit(line.firstChar(text))
              || Character.isDigit(text.charAt(line.contentStart + 1)))) {
        continue;
      }
      Matcher m = PARAGRAPH_NUMBER.matcher(text).region(line.contentStart, line.contentEnd);
      if (m.lookingAt()) {
        candidates.add(index);
        numbers.add(new int[] {Integer.parseInt(m.group(1)), m.end()});
      }
    }
    if (candidates.size() < 3) {
      return lines;
    }
    int inSequence = 0;
    int[] lengths = new int[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      lengths[i] = lines.get(candidates.get(i)).length();
      if (i > 0 && numbers.get(i)[0] == numbers.get(i - 1)[0] + 1) {
        inSequence++;
      }
    }
    java.util.Arrays.sort(lengths);
    if (inSequence < (candidates.size() - 1) * 0.6 || lengths[lengths.length / 2] < 50) {
      return lines;
    }
    List<SourceLine> out = new ArrayList<>(lines);
    for (int i = 0; i < candidates.size(); i++) {
      if (i > 0
          && i < candidates.size() - 1
          && numbers.get(i)[0] != numbers.get(i - 1)[0] + 1
          && numbers.get(i)[0] + 1 != numbers.get(i + 1)[0]) {
        continue; // out of sequence: a number that opens a sentence, not a paragraph number
      }
      SourceLine line = lines.get(candidates.get(i));
      int numberEnd = numbers.get(i)[1];
      int dot = text.indexOf('.', line.contentStart + 1);
      removed.add(
          new RemovedText(
              RemovedText.Kind.PARAGRAPH_NUMBER,
              text.substring(line.contentStart, dot + 1),
              new Span(line.contentStart, dot + 1)));
      out.set(candidates.get(i), line.numberedFrom(numberEnd));
    }
    return out;
  }
}
