package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns statement text as it really comes into a {@link Statement}: hard-wrapped PDF extractions,
 * numbered official records, mission web pages with letterhead and title block, in any common
 * encoding.
 *
 * <p>The steps, in order: split into lines (CR LF, CR, LF, form feed); take out page furniture
 * (footers, headers, document symbols, delivery notes, notes of the record, copyright lines) and
 * letterhead; take paragraph numbers off numbered records; measure the layout (one line per
 * paragraph, indented paragraph starts, blank lines, trailing spaces or the width of wrapped lines)
 * and join lines into paragraphs by it, resolving line-end hyphens from evidence; read the title
 * block into {@link Metadata}; tell headings, salutations and closings from body paragraphs; split
 * sentences.
 *
 * <pre>{@code
 * Normalizer normalizer = Normalizer.defaults();
 * Statement s = normalizer.read(Path.of("seeds/kazakhstan-general-debate-2006.txt"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: configure once with {@link #builder()}, share freely.
 */
public final class Normalizer {

  /** A paragraph number at the start of a line; OCR sometimes puts a stray mark before it. */
  private static final Pattern PARAGRAPH_NUMBER =
      Pattern.compile("[,.'`‘’]?(\\d{1,3})\\.(?:\\t|\\s+)(?=\\S)");

  private final TermStatistics statistics;
  private final TextDecoder decoder;

  private Normalizer(TermStatistics statistics, TextDecoder decoder) {
    this.statistics = statistics;
    this.decoder = decoder;
  }

  /** Returns a normaliser with the shipped term statistics and the default size limit. */
  public static Normalizer defaults() {
    return DefaultHolder.DEFAULTS;
  }

  private static final class DefaultHolder {
    static final Normalizer DEFAULTS =
        new Normalizer(TermStatistics.defaults(), TextDecoder.defaults());
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the term statistics used to resolve line-end hyphens. */
  public TermStatistics termStatistics() {
    return statistics;
  }

  /** Returns the decoder used for bytes and files. */
  public TextDecoder decoder() {
    return decoder;
  }

  /**
   * Reads, decodes and normalises the file at {@code path}; the statement's source is the path as
   * given.
   *
   * @throws NullPointerException if {@code path} is null
   * @throws UnusableInputException if the file is missing, a folder, not a regular file (a pipe or
   *     a device), unreadable, too large, binary or has no text
   */
  public Statement read(Path path) {
    requireNonNull(path, "path");
    String source = path.toString();
    if (Files.isDirectory(path)) {
      throw new UnusableInputException(source, "is a folder, not a file");
    }
    if (!Files.exists(path)) {
      throw new UnusableInputException(source, "no such file");
    }
    if (!Files.isRegularFile(path)) {
      // A pipe or a device could keep a reader waiting for ever.
      throw new UnusableInputException(source, "not a regular file (a pipe, socket or device)");
    }
    byte[] bytes;
    try {
      decoder.checkSize(Files.size(path), source);
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UnusableInputException(source, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new UnusableInputException(source, "cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new UnusableInputException(source, "cannot be read (" + e.getMessage() + ")", e);
    } catch (OutOfMemoryError e) {
      throw new UnusableInputException(source, "too large to hold in memory", e);
    }
    return normalize(source, bytes);
  }

  /**
   * Decodes and normalises {@code bytes}.
   *
   * @param source the input's name, used in messages and kept in the statement
   * @throws NullPointerException if an argument is null
   * @throws UnusableInputException if the input is too large, binary or has no text
   */
  public Statement normalize(String source, byte[] bytes) {
    DecodedText decoded = decoder.decode(bytes, requireNonNull(source, "source"));
    return normalize(source, decoded.text(), decoded.warnings());
  }

  /**
   * Normalises {@code text}, already decoded.
   *
   * @param source the input's name, used in messages and kept in the statement
   * @param text the statement text; a leading byte order mark is dropped
   * @throws NullPointerException if an argument is null
   * @throws UnusableInputException if the text is empty or only white space
   */
  public Statement normalize(String source, String text) {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return normalize(source, text, List.of());
  }

  private Statement normalize(String source, String text, List<String> decodingWarnings) {
    if (text.isBlank()) {
      throw new UnusableInputException(
          source,
          text.isEmpty() ? "empty, no text to read" : "holds only whitespace, no text to read");
    }
    List<SourceLine> lines = SourceLine.split(text);
    List<RemovedText> removed = new ArrayList<>();
    markFurniture(text, lines, removed);
    takeParagraphNumbers(text, lines, removed);
    LayoutProfile profile = LayoutProfile.measure(text, lines);
    List<Draft> drafts = assemble(text, lines, profile);
    if (drafts.isEmpty()) {
      throw new UnusableInputException(
          source, "holds no statement text (only page furniture or letterhead)");
    }
    List<String> warnings = new ArrayList<>(decodingWarnings);
    Metadata metadata = classify(drafts);
    List<Paragraph> paragraphs = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      paragraphs.add(drafts.get(i).toParagraph(i));
    }
    removed.sort(Comparator.comparingInt(r -> r.span().start()));
    checkDateAgainstCopyright(metadata, removed, warnings);
    return new Statement(source, text, metadata, paragraphs, removed, warnings);
  }

  // ---------------------------------------------------------------- furniture and numbers

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

  // ---------------------------------------------------------------- paragraph assembly

  /** A paragraph being built: its text with origins, and its bounds in the original. */
  private static final class Draft {
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

  private List<Draft> assemble(String text, List<SourceLine> lines, LayoutProfile profile) {
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
    if (prevEnds && next.length() < 200 && isSalutationLine(text, next)) {
      return true;
    }
    boolean realBlank = gapBlank && !gapPage;
    if (profile.onePerLine) {
      // A line that does not end a sentence goes on in the next one, across a blank line too,
      // unless it is a heading of its own; a title block's lines end in commas and so join, up
      // to the blank line that closes the block.
      return prevEnds
          || (current.text.length() < 200 && isHeadingLine(text, prev))
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
    if (line.holes == null) {
      appendPiece(text, paragraph, line.contentStart, line.contentEnd, hyphens);
      return;
    }
    int from = line.contentStart;
    for (int[] hole : line.holes) {
      appendPiece(text, paragraph, from, hole[0], hyphens);
      paragraph.space(hole[0]);
      from = hole[1];
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

  // ---------------------------------------------------------------- kinds and metadata

  private static Metadata classify(List<Draft> drafts) {
    for (Draft d : drafts) {
      String t = d.finished;
      if (ParagraphKinds.isClosing(t)) {
        d.kind = Paragraph.Kind.CLOSING;
      } else if (ParagraphKinds.isSalutation(t) || ParagraphKinds.isNamedGreeting(t)) {
        d.kind = Paragraph.Kind.SALUTATION;
      } else if (ParagraphKinds.isHeading(t)) {
        d.kind = Paragraph.Kind.HEADING;
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (!TitleBlock.opens(d.finished)) {
        continue;
      }
      d.kind = Paragraph.Kind.HEADING;
      List<String> following = new ArrayList<>();
      for (int j = i + 1; j < drafts.size() && j <= i + 3; j++) {
        Draft next = drafts.get(j);
        if (next.kind != Paragraph.Kind.HEADING && !isDateLine(next.finished)) {
          break;
        }
        next.kind = Paragraph.Kind.HEADING;
        following.add(next.finished);
      }
      return TitleBlock.read(d.finished, following);
    }
    return Metadata.empty();
  }

  private static boolean isDateLine(String text) {
    return text.length() < 60 && TitleBlock.findDate(text).isPresent();
  }

  private static void checkDateAgainstCopyright(
      Metadata metadata, List<RemovedText> removed, List<String> warnings) {
    Optional<LocalDate> date = metadata.date();
    if (date.isEmpty()) {
      return;
    }
    for (RemovedText r : removed) {
      if (r.kind() == RemovedText.Kind.COPYRIGHT) {
        Optional<Integer> year = TitleBlock.findYear(r.text());
        if (year.isPresent() && year.get() != date.get().getYear()) {
          warnings.add(
              "the title block's date "
                  + date.get()
                  + " disagrees with the copyright year "
                  + year.get());
        }
      }
    }
  }

  /** Builds a {@link Normalizer}. Not thread-safe; the normaliser it builds is. */
  public static final class Builder {
    private TermStatistics statistics;
    private long maxBytes = TextDecoder.DEFAULT_MAX_BYTES;

    private Builder() {}

    /** Uses {@code statistics} to resolve line-end hyphens; the shipped statistics by default. */
    public Builder termStatistics(TermStatistics statistics) {
      this.statistics = requireNonNull(statistics, "statistics");
      return this;
    }

    /**
     * Refuses input longer than {@code maxBytes}; 64 MiB by default.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     */
    public Builder maxInputBytes(long maxBytes) {
      TextDecoder.withMaxBytes(maxBytes);
      this.maxBytes = maxBytes;
      return this;
    }

    /** Returns the configured normaliser. */
    public Normalizer build() {
      return new Normalizer(
          statistics != null ? statistics : TermStatistics.defaults(),
          maxBytes == TextDecoder.DEFAULT_MAX_BYTES
              ? TextDecoder.defaults()
              : TextDecoder.withMaxBytes(maxBytes));
    }
  }
}
