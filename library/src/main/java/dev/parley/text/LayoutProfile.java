package dev.parley.text;

import java.util.Arrays;
import java.util.List;

/**
 * How a document marks its paragraphs, measured from its content lines: one line per paragraph, an
 * indent at each paragraph start, blank lines between paragraphs, a trailing space on every line
 * but the last of a paragraph, or nothing but hard-wrapped lines of a typical width.
 */
final class LayoutProfile {

  /** Each line holds a whole paragraph (web pages, most digitised records). */
  final boolean onePerLine;

  /** An indented line starts a paragraph (PDF extractions of official records). */
  final boolean indentMarksParagraphs;

  /** A blank line separates paragraphs; lines within a block are wrapped. */
  final boolean blankLinesMarkParagraphs;

  /** Lines that go on carry a trailing space; the last line of a paragraph does not. */
  final boolean trailingSpaceMarksContinuation;

  /** The typical length of a full wrapped line. */
  final int width;

  private LayoutProfile(
      boolean onePerLine, boolean indent, boolean blank, boolean trailing, int width) {
    this.onePerLine = onePerLine;
    this.indentMarksParagraphs = indent;
    this.blankLinesMarkParagraphs = blank;
    this.trailingSpaceMarksContinuation = trailing;
    this.width = width;
  }

  static LayoutProfile measure(String text, List<SourceLine> lines) {
    int count = 0;
    long chars = 0;
    long charsOnLongLines = 0;
    for (SourceLine line : lines) {
      if (line.isContent()) {
        count++;
        chars += line.length();
        if (line.length() > 200) {
          charsOnLongLines += line.length();
        }
      }
    }
    if (count == 0) {
      return new LayoutProfile(true, false, false, false, 80);
    }
    int[] lengths = new int[count];
    int k = 0;
    for (SourceLine line : lines) {
      if (line.isContent()) {
        lengths[k++] = line.length();
      }
    }
    Arrays.sort(lengths);
    int median = lengths[count / 2];
    int limit = 2 * median + 10;
    int usable = 0;
    while (usable < count && lengths[usable] <= limit) {
      usable++;
    }
    int width = usable == 0 ? median : lengths[Math.min(usable - 1, (int) (usable * 0.9))];

    int terminalEnds = 0;
    for (SourceLine line : lines) {
      if (line.isContent() && ParagraphAssembler.endsParagraphLike(text, line)) {
        terminalEnds++;
      }
    }
    // Wrapped text ends a line with a sentence now and then; text laid out a paragraph a line
    // nearly always does, however short its paragraphs.
    boolean onePerLine = charsOnLongLines * 2 > chars || terminalEnds * 10 >= count * 7;

    // Statistics over pairs of consecutive content lines.
    int indented = 0;
    int indentedAfterEnd = 0;
    int trailing = 0;
    int trailingTerminal = 0;
    int bare = 0;
    int bareTerminal = 0;
    int shortEnds = 0;
    int shortEndsBeforeBlank = 0;
    int blankGaps = 0;
    SourceLine prev = null;
    boolean gapBlank = false;
    boolean gapPage = false;
    for (SourceLine line : lines) {
      if (!line.isContent()) {
        if (line.isBlank()) {
          gapBlank = true;
        }
        if (line.removedAs != null || line.pageBreak) {
          gapPage = true;
        }
        continue;
      }
      if (line.pageBreak) {
        gapPage = true;
      }
      if (prev != null) {
        boolean prevTerminal = ParagraphAssembler.endsParagraphLike(text, prev);
        if (line.indented) {
          indented++;
          if (prevTerminal) {
            indentedAfterEnd++;
          }
        }
        if (prev.trailingSpace) {
          trailing++;
          if (prevTerminal) {
            trailingTerminal++;
          }
        } else {
          bare++;
          if (prevTerminal) {
            bareTerminal++;
          }
        }
        if (gapBlank && !gapPage) {
          blankGaps++;
        }
        if (!gapPage && prevTerminal && prev.length() + 1 + line.firstWordLength(text) <= width) {
          shortEnds++;
          if (gapBlank) {
            shortEndsBeforeBlank++;
          }
        }
      }
      prev = line;
      gapBlank = false;
      gapPage = false;
    }
    int pairs = count - 1;
    boolean indent =
        !onePerLine
            && indented >= 2
            && indented <= pairs * 0.6
            && indentedAfterEnd >= indented * 0.6;
    boolean trailingSignal =
        !onePerLine
            && trailing >= 3
            && bare >= 3
            && bareTerminal >= bare * 0.75
            && trailingTerminal <= trailing * 0.35;
    boolean blank =
        !onePerLine && blankGaps >= 2 && shortEnds > 0 && shortEndsBeforeBlank >= shortEnds * 0.7;
    return new LayoutProfile(onePerLine, indent, blank, trailingSignal, width);
  }

  @Override
  public String toString() {
    return "LayoutProfile[onePerLine="
        + onePerLine
        + ", indent="
        + indentMarksParagraphs
        + ", blank="
        + blankLinesMarkParagraphs
        + ", trailing="
        + trailingSpaceMarksContinuation
        + ", width="
        + width
        + "]";
  }
}
