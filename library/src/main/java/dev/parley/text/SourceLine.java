package dev.parley.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One physical line of the original text, with the bounds of its content (leading and trailing
 * white space excluded) and what the layout analysis needs to know about it.
 *
 * <p>Immutable: a step of the line scan that marks or trims a line makes a new one ({@link
 * #removedAs(RemovedText.Kind)}, {@link #withContent}, {@link #numberedFrom}, {@link #withHoles}),
 * so that what a later step sees is what an earlier step returned, whatever the order of the
 * sub-steps inside it.
 */
final class SourceLine {

  /** Index of the line's first character in the original text. */
  final int start;

  /** Index after the line's last character, line terminator excluded. */
  final int end;

  /** Bounds of the content: white space trimmed on both sides; equal when the line is blank. */
  final int contentStart;

  final int contentEnd;

  /** Whether the line begins with white space before its content. */
  final boolean indented;

  /** Whether white space follows the content. */
  final boolean trailingSpace;

  /** Whether a form feed (a page break) stands at the start of the line. */
  final boolean pageBreak;

  /** What the line was removed as, or null while it is content. */
  final RemovedText.@Nullable Kind removedAs;

  /** Whether a paragraph number was taken off the start of the line. */
  final boolean numbered;

  /** Page furniture inside the content, in order; empty if none. */
  final List<Span> holes;

  private SourceLine(String text, int start, int end, boolean pageBreak) {
    this.start = start;
    this.end = end;
    int cs = start;
    while (cs < end && isBlankChar(text.charAt(cs))) {
      cs++;
    }
    int ce = end;
    while (ce > cs && isBlankChar(text.charAt(ce - 1))) {
      ce--;
    }
    this.contentStart = cs;
    this.contentEnd = ce;
    this.indented = cs > start && cs < end;
    this.trailingSpace = ce < end && ce > cs;
    this.pageBreak = pageBreak;
    this.removedAs = null;
    this.numbered = false;
    this.holes = List.of();
  }

  private SourceLine(
      SourceLine line,
      int contentStart,
      int contentEnd,
      RemovedText.@Nullable Kind removedAs,
      boolean numbered,
      List<Span> holes) {
    this.start = line.start;
    this.end = line.end;
    this.indented = line.indented;
    this.trailingSpace = line.trailingSpace;
    this.pageBreak = line.pageBreak;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
    this.removedAs = removedAs;
    this.numbered = numbered;
    this.holes = holes;
  }

  /** This line removed as {@code kind}. */
  SourceLine removedAs(RemovedText.Kind kind) {
    return new SourceLine(this, contentStart, contentEnd, kind, numbered, holes);
  }

  /**
   * This line with its content cut to {@code [from, to)} of {@code text}, white space trimmed off
   * both ends.
   */
  SourceLine withContent(String text, int from, int to) {
    while (from < to && isBlankChar(text.charAt(from))) {
      from++;
    }
    while (to > from && isBlankChar(text.charAt(to - 1))) {
      to--;
    }
    return new SourceLine(this, from, to, removedAs, numbered, holes);
  }

  /** This line with its paragraph number taken off: the content starts at {@code from}. */
  SourceLine numberedFrom(int from) {
    return new SourceLine(this, from, contentEnd, removedAs, true, holes);
  }

  /** This line with page furniture at {@code holes} inside its content. */
  SourceLine withHoles(List<Span> holes) {
    return new SourceLine(this, contentStart, contentEnd, removedAs, numbered, List.copyOf(holes));
  }

  boolean isBlank() {
    return contentStart == contentEnd;
  }

  boolean isContent() {
    return !isBlank() && removedAs == null;
  }

  int length() {
    return contentEnd - contentStart;
  }

  String content(String text) {
    return text.substring(contentStart, contentEnd);
  }

  char lastChar(String text) {
    return text.charAt(contentEnd - 1);
  }

  char firstChar(String text) {
    return text.charAt(contentStart);
  }

  /** Returns the length of the first word of the content, as a typesetter would measure it. */
  int firstWordLength(String text) {
    int i = contentStart;
    while (i < contentEnd && !isBlankChar(text.charAt(i))) {
      i++;
    }
    return i - contentStart;
  }

  /**
   * Whether {@code c} separates words and is trimmed from a line's edges: spaces of every width and
   * the C0 control characters and DEL, which are no text (a PDF extraction's stray U+0001 beside a
   * page footer must not keep the footer from being seen). The C1 controls stay: they stand inside
   * the mojibake of UTF-8 read twice ("â€\u009d"), where they are part of a garbled word.
   */
  static boolean isBlankChar(char c) {
    return c == ' '
        || (c < 0x20 && c != '\n' && c != '\r') // tab, form feed, vertical tab and the rest
        || c == 0x7F
        || c == '\u00A0'
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u3000'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F';
  }

  /**
   * Splits {@code text} into lines at CR LF, CR, LF, form feed (which also marks a page break), and
   * the Unicode line and paragraph separators.
   */
  static List<SourceLine> split(String text) {
    List<SourceLine> lines = new ArrayList<>(text.length() / 40 + 1);
    int n = text.length();
    NearestOf lineEnds = new NearestOf(text, LINE_ENDS);
    int lineStart = 0;
    boolean pageBreak = false;
    for (int i = lineEnds.from(0); i < n; i = lineEnds.from(lineStart)) {
      char c = text.charAt(i);
      lines.add(new SourceLine(text, lineStart, i, pageBreak));
      pageBreak = c == '\f';
      lineStart = (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? i + 2 : i + 1;
    }
    if (lineStart < n) {
      lines.add(new SourceLine(text, lineStart, n, pageBreak));
    }
    return lines;
  }

  /** What ends a line: LF, CR (CR LF ends one line), the Unicode separators, form feed. */
  private static final String LINE_ENDS = "\n\r\u2028\u2029\f";
}
