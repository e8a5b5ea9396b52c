package dev.parley.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The second step of normalisation: joins the content lines into paragraphs by the document's
 * layout ({@link LayoutProfile}: one line per paragraph, indented starts, blank lines, trailing
 * spaces or the width of wrapped lines), resolving line-end and in-line hyphens from evidence
 * ({@link HyphenResolver}), each paragraph's text keeping where each character came from.
 */
final class ParagraphAssembler {

  private final TermStatistics statistics;

  ParagraphAssembler(TermStatistics statistics) {
    this.statistics = statistics;
  }

  /** A paragraph being built: its text with origins, and its bounds in the original. */
  static final class Draft {
    final ParagraphText text = new ParagraphText();
    int start = -1;
    int end;
    String finished;
    int[] origins;
    Paragraph.Kind kind = Paragraph.Kind.BODY;

    void finish() {
      int[][] out = new int[1][];
      finished = text.finish(out);
      origins = out[0];
    }

    Paragraph toParagraph(int index) {
      List<Sentence> sentences = new ArrayList<>();
      for (int[] b : SentenceSplitter.split(finished)) {
        sentences.add(
            new Sentence(
                finished.substring(b[0], b[1]), new Span(origins[b[0]], origins[b[1] - 1] + 1)));
      }
      return new Paragraph(index, kind, finished, new Span(start, end), sentences);
    }
  }

  List<Draft> assemble(String text, List<SourceLine> lines, LayoutProfile profile) {
    List<Draft> drafts = new ArrayList<>();
    HyphenResolver hyphens = new HyphenResolver(text, lines, statistics);
    Draft current = null;
    SourceLine prev = null;
    boolean gapBlank = false;
    boolean gapPage = false;
    for (SourceLine line : lines) {
      if (!line.isContent()) {
        gapBlank |= line.isBlank();
        gapPage |= line.removedAs != null || line.pageBreak;
        continue;
      }
      gapPage |= line.pageBreak;
      if (current == null || breaksBetween(text, prev, line, gapBlank, gapPage, current, profile)) {
        if (current != null) {
          current.finish();
          drafts.add(current);
        }
        current = new Draft();
        current.start = line.contentStart;
      } else {
        join(text, current.text, prev, line, hyphens);
      }
      appendLine(text, current.text, line, hyphens);
      current.end = line.contentEnd;
      prev = line;
      gapBlank = false;
      gapPage = false;
    }
    if (current != null) {
      current.finish();
      drafts.add(current);
    }
    drafts.removeIf(d -> d.finished.isBlank()); // U+001C..U+001F are white space too
    return drafts;
  }

  /** Whether a new paragraph starts at {@code next}, after {@code prev} and the gap between. */
  private static boolean breaksBetween(
      String text,
      SourceLine prev,
      SourceLine next,
      boolean gapBlank,
      boolean gapPage,
      Draft current,
      LayoutProfile profile) {
    if (next.numbered) {
      return true;
    }
    boolean prevEnds = endsParagraphLike(text, prev);
    if (prev.length() < 200 && isSalutationLine(text, prev)) {
      return true;
    }
    char opening = firstLetterOrDigit(text, next);
    if (Character.isLowerCase(opening)) {
      // Words go on after a page break or a wrapped line; a blank line after a finished sentence
      // is a paragraph's end all the same (a numbered paragraph whose text opens in lower case).
      return gapBlank && !gapPage && prevEnds;
    }
    boolean realBlank = gapBlank && !gapPage;
    // A salutation opens a paragraph after a finished one, and after a blank line below a word's
    // hyphen too: a word cut there goes on in lower case, not with "Mr. Chairman,".
    if ((prevEnds || (realBlank && endsInWordHyphen(text, prev)))
        && next.length() < 200
        && isSalutationLine(text, next)) {
      return true;
    }
    if (profile.onePerLine) {
      // A line that does not end a sentence goes on in the next one, across a blank line too,
      // unless it is a heading of its own, or it ends in a word's hyphen and a blank line follows
      // (a word goes on in lower case, and lines in lower case went on above: what follows is a
      // new paragraph, a section title after one cut short); a title block's lines end in commas
      // and so join, up to the blank line that closes the block.
      return prevEnds
          || (current.text.length() < 200 && isHeadingLine(text, prev))
          || (realBlank && endsInWordHyphen(text, prev))
          || (realBlank
              && current.text.length() < 700
              && TitleBlock.opens(current.text.toString()));
    }
    if (profile.indentMarksParagraphs) {
      return next.indented || (realBlank && prevEnds);
    }
    if (realBlank) {
      return prevEnds || current.text.length() < 200;
    }
    if (profile.trailingSpaceMarksContinuation) {
      return prevEnds && !prev.trailingSpace;
    }
    if (profile.blankLinesMarkParagraphs && !gapPage) {
      return false;
    }
    return prevEnds && prev.length() + 1 + next.firstWordLength(text) <= profile.width;
  }

  /** Whether {@code line} ends in a hyphen after a letter, as a word cut at a line's end does. */
  private static boolean endsInWordHyphen(String text, SourceLine line) {
    int end = line.contentEnd;
    return end - line.contentStart >= 2
        && text.charAt(end - 1) == '-'
        && Character.isLetter(text.charAt(end - 2));
  }

  private static boolean isHeadingLine(String text, SourceLine line) {
    char last = line.lastChar(text);
    return last != ','
        && last != ';'
        && last != '-'
        && ParagraphKinds.isHeading(line.content(text));
  }

  private static boolean isSalutationLine(String text, SourceLine line) {
    char last = line.lastChar(text);
    return (last == ',' || last == ':' || last == '!')
        && ParagraphKinds.isSalutation(line.content(text));
  }

  private static char firstLetterOrDigit(String text, SourceLine line) {
    for (int i = line.contentStart; i < line.contentEnd; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return c;
      }
    }
    return ' ';
  }

  /**
   * Whether the line ends as a paragraph can: with a full stop, question mark, colon and the like.
   */
  static boolean endsParagraphLike(String text, SourceLine line) {
    int i = line.contentEnd - 1;
    while (i > line.contentStart && "\"'”’)]»*".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    char c = text.charAt(i);
    if (c == '.') {
      return !SentenceSplitter.closesTitleOrInitial(text, line.contentStart, i);
    }
    return c == '!' || c == '?' || c == ':' || c == '…';
  }

  /**
   * Appends a line's content. A hyphen followed by a space inside the line ({@code drug-
   * trafficking}, left by an earlier joining of lines) is resolved as a line-end hyphen would be; a
   * suspended hyphen ({@code medium- and long-term}) stays as it is.
   */
  private static void appendLine(
      String text, ParagraphText paragraph, SourceLine line, HyphenResolver hyphens) {
    if (line.holes.isEmpty()) {
      appendPiece(text, paragraph, line.contentStart, line.contentEnd, hyphens);
      return;
    }
    int from = line.contentStart;
    for (Span hole : line.holes) {
      appendPiece(text, paragraph, from, hole.start(), hyphens);
      paragraph.space(hole.start());
      from = hole.end();
    }
    appendPiece(text, paragraph, from, line.contentEnd, hyphens);
  }

  private static void appendPiece(
      String text, ParagraphText paragraph, int start, int end, HyphenResolver hyphens) {
    int from = start;
    int i = indexOfHyphenSpace(text, from, end);
    while (i > from && i < end - 2) {
      int after = i + 1;
      while (after < end && text.charAt(after) == ' ') {
        after++;
      }
      if (Character.isLetter(text.charAt(i - 1))
          && after < end
          && Character.isLowerCase(text.charAt(after))
          && !startsSuspendedPair(text, after, end)) {
        boolean keep =
            hyphens.keepsHyphen(
                text.substring(HyphenResolver.partBefore(text, i, start), i),
                text.substring(after, HyphenResolver.lettersEnd(text, after, end)));
        paragraph.append(text, from, keep ? i + 1 : i);
        from = after;
      }
      i = indexOfHyphenSpace(text, Math.max(after, i + 2), end);
    }
    paragraph.append(text, from, end);
  }

  /** The index of "- " within {@code [from, end)}, or -1: never searches past the line. */
  private static int indexOfHyphenSpace(String text, int from, int end) {
    for (int k = from; k + 1 < end; k++) {
      if (text.charAt(k) == '-' && text.charAt(k + 1) == ' ') {
        return k;
      }
    }
    return -1;
  }

  private static boolean startsSuspendedPair(String text, int wordStart, int end) {
    int wordEnd = wordStart;
    while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    String word = text.substring(wordStart, wordEnd);
    return switch (word) {
      case "and", "or", "to", "nor", "as", "but", "and/or", "than", "versus", "vs" -> true;
      default -> false;
    };
  }

  /** Joins the next line to the paragraph: a space, or a resolved line-end hyphen. */
  private static void join(
      String text,
      ParagraphText paragraph,
      SourceLine prev,
      SourceLine next,
      HyphenResolver hyphens) {
    if (text.charAt(prev.contentEnd - 1) == '\u00AD') {
      return; // a soft hyphen marks a break inside a word: join without a space
    }
    int n = paragraph.length();
    char last = paragraph.last();
    char first = text.charAt(next.contentStart);
    boolean hyphen = last == '-' || last == '\u2010';
    if (hyphen
        && n >= 2
        && Character.isLetter(paragraph.charAt(n - 2))
        && Character.isLetter(first)) {
      int leftStart = n - 1;
      while (leftStart > 0
          && (Character.isLetter(paragraph.charAt(leftStart - 1))
              || (Tokenizer.isHyphen(paragraph.charAt(leftStart - 1))
                  && leftStart - 2 >= 0
                  && Character.isLetter(paragraph.charAt(leftStart - 2))))) {
        leftStart--;
      }
      StringBuilder left = new StringBuilder(n - 1 - leftStart);
      for (int i = leftStart; i < n - 1; i++) {
        left.append(paragraph.charAt(i));
      }
      int rightEnd = next.contentStart;
      while (rightEnd < next.contentEnd && Character.isLetter(text.charAt(rightEnd))) {
        rightEnd++;
      }
      String right = text.substring(next.contentStart, rightEnd);
      if (!hyphens.keepsHyphen(left.toString(), right)) {
        paragraph.dropLast();
      }
      return;
    }
    paragraph.space(prev.contentEnd);
  }
}
