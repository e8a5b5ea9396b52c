package dev.parley.text;

import static java.util.Objects.requireNonNull;

import dev.parley.internal.primitive.LongIntMap;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The words of a text in reading order: their match forms and ids, for measuring, and where each
 * stands (the paragraph's index and the word's offsets in the paragraph's text), for explaining.
 *
 * <p>A word's id is a 64-bit fingerprint of its match form ({@link #idOf}): the same word has the
 * same id in every text, every statement and every process, with no vocabulary to share, so
 * measures, the aligner and the corpus index compare numbers, not strings. A paragraph's and a
 * sentence's words are computed once and kept ({@link Paragraph#words()}, {@link
 * Sentence#words()}), and so is what a measure derives from them ({@link #computeIfAbsent}): a
 * statement compared a second time is not prepared again.
 *
 * <p>Words are held as numbers (an id, two offsets and a byte each, about 19 bytes a word with the
 * arrays' headers), with a reference to the text they were read from; {@link #word} and {@link
 * #display} make a word's match and display forms from that text on each call, so code that runs
 * over every word compares {@link #id}s and reads {@link #letterLength} and {@link #isCapitalised}.
 * A sentence's words cut from its paragraph's are a view of the same arrays.
 *
 * <p>Immutable (what is kept beside the words is derived from them) and thread-safe.
 */
public final class WordSequence {

  // Words are held as numbers only: their ids and their offsets in the text they were read from,
  // which the sequence refers to. Their match and display forms are made from that text when
  // asked for. A sentence's words cut from its paragraph's are a view of the paragraph's arrays.

  private final long[] ids;
  private final int[] starts;
  private final int[] ends;

  /**
   * Per word: the match form's length if it begins with a letter (at most 127), else 0; {@link
   * WordReader#CAPITAL}.
   */
  private final byte[] shapes;

  /** This sequence's words in the arrays: {@code [from, from + size)}. */
  private final int from;

  private final int size;

  /** Subtracted from the arrays' offsets to give this sequence's offsets. */
  private final int shift;

  /** The text the words were read from (one part), which the arrays' offsets index. */
  private final @Nullable String text;

  /** The paragraph index of every word (one part). */
  private final int paragraph;

  /**
   * Several parts (a concatenation): their texts, what to add to an offset to index each, where
   * each ends, and the paragraph of each word.
   */
  private final @Nullable Parts parts;

  private record Parts(String[] texts, int[] textShifts, int[] ends, int[] paragraphs) {}

  /** Kept derivations: key, value, key, value, …, most recent first; replaced, never changed. */
  private volatile Object[] kept = NOTHING_KEPT;

  private static final Object[] NOTHING_KEPT = {};

  /** At most this many derivations are kept; the least recent makes way. */
  static final int MAX_KEPT = 8;

  private WordSequence(
      long[] ids,
      int[] starts,
      int[] ends,
      byte[] shapes,
      int from,
      int size,
      int shift,
      @Nullable String text,
      int paragraph,
      @Nullable Parts parts) {
    this.ids = ids;
    this.starts = starts;
    this.ends = ends;
    this.shapes = shapes;
    this.from = from;
    this.size = size;
    this.shift = shift;
    this.text = text;
    this.paragraph = paragraph;
    this.parts = parts;
  }

  /** Returns the words of every paragraph of {@code statement}. */
  public static WordSequence of(Statement statement) {
    return of(requireNonNull(statement, "statement").paragraphs());
  }

  /** Returns the words of {@code paragraphs}, in the order given. */
  public static WordSequence of(List<Paragraph> paragraphs) {
    if (paragraphs.size() == 1) {
      return paragraphs.get(0).words();
    }
    return concat(paragraphs.stream().map(Paragraph::words).toList());
  }

  /** Returns the words of one paragraph: {@link Paragraph#words()}. */
  public static WordSequence of(Paragraph paragraph) {
    return requireNonNull(paragraph, "paragraph").words();
  }

  /** Returns the words of a plain text, taken as paragraph 0. */
  public static WordSequence of(String text) {
    return of(requireNonNull(text, "text"), 0);
  }

  /**
   * Returns the words of {@code text}, taken as paragraph {@code paragraph}, as {@link WordReader}
   * cuts them.
   */
  static WordSequence of(String text, int paragraph) {
    WordReader.Words w = WordReader.read(text);
    return new WordSequence(
        w.ids(), w.starts(), w.ends(), w.shapes(), 0, w.ids().length, 0, text, paragraph, null);
  }

  /**
   * Returns the words of {@code [from, to)} of the text these words were read from (one text, not a
   * join), a stretch that white space (or an end of the text) stands on either side of, as
   * paragraph 0 with offsets in the stretch: what {@link #of(String)} of the stretch gives, without
   * reading it again or copying the words. Null where a word crosses an edge of the stretch, or
   * where the stretch ends in a dotted initial ("U.S"), whose last stop only the text after it
   * decides.
   */
  @Nullable WordSequence slice(int from, int to) {
    String text = this.text;
    if (text == null
        || (from > 0 && !Character.isWhitespace(text.charAt(from - 1)))
        || (to < text.length() && !Character.isWhitespace(text.charAt(to)))
        || (to - from >= 2
            && text.charAt(to - 2) == '.'
            && Character.isUpperCase(text.charAt(to - 1)))) {
      return null;
    }
    int first = lowerBound(from);
    int last = lowerBound(to);
    if (first > 0 && end(first - 1) > from || last > first && end(last - 1) > to) {
      return null;
    }
    return new WordSequence(
        ids, starts, ends, shapes, this.from + first, last - first, shift + from, text, 0, null);
  }

  /** The index of the first word whose offset is not below {@code offset}. */
  private int lowerBound(int offset) {
    int at = Arrays.binarySearch(starts, from, from + size, offset + shift);
    if (at < 0) {
      return -at - 1 - from;
    }
    while (at > from && starts[at - 1] == offset + shift) {
      at--;
    }
    return at - from;
  }

  /**
   * Returns the id of a match form: a 64-bit fingerprint (FNV-1a over its characters, then mixed),
   * never 0. Two different words share an id with a chance of about one in 10<sup>19</sup> a pair.
   */
  public static long idOf(String matchForm) {
    return WordReader.idOf(matchForm);
  }

  /** Returns the words of {@code parts}, one after another. */
  public static WordSequence concat(List<WordSequence> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int n = 0;
    int pieces = 0;
    for (WordSequence p : parts) {
      n += p.size;
      pieces += p.parts == null ? 1 : p.parts.texts.length;
    }
    long[] ids = new long[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    byte[] shapes = new byte[n];
    int[] paragraphs = new int[n];
    String[] texts = new String[pieces];
    int[] textShifts = new int[pieces];
    int[] partEnds = new int[pieces];
    int k = 0;
    int q = 0;
    for (WordSequence p : parts) {
      int m = p.size;
      System.arraycopy(p.ids, p.from, ids, k, m);
      System.arraycopy(p.shapes, p.from, shapes, k, m);
      for (int i = 0; i < m; i++) {
        starts[k + i] = p.starts[p.from + i] - p.shift;
        ends[k + i] = p.ends[p.from + i] - p.shift;
      }
      if (p.parts == null) {
        Arrays.fill(paragraphs, k, k + m, p.paragraph);
        texts[q] = p.text;
        textShifts[q] = p.shift; // back to the offsets of p's text
        partEnds[q++] = k + m;
      } else {
        System.arraycopy(p.parts.paragraphs, 0, paragraphs, k, m);
        for (int r = 0; r < p.parts.texts.length; r++) {
          texts[q] = p.parts.texts[r];
          textShifts[q] = p.parts.textShifts[r];
          partEnds[q++] = k + p.parts.ends[r];
        }
      }
      k += m;
    }
    return new WordSequence(
        ids,
        starts,
        ends,
        shapes,
        0,
        n,
        0,
        null,
        0,
        new Parts(texts, textShifts, partEnds, paragraphs));
  }

  /**
   * Returns what {@code derive} gives for these words, derived once per {@code key} (compared with
   * {@code equals}) and kept with them: a measure's prepared form of a paragraph, the paragraph's
   * rarer words. A paragraph's and a sentence's words live as long as their statement, so what is
   * kept here serves every comparison of it. A few keys are kept ({@value #MAX_KEPT}), the least
   * recently derived making way; one key must always go with one kind of value, and {@code derive}
   * must depend on the words and the key alone. Two threads asking at once may both derive.
   *
   * @throws NullPointerException if an argument is null, or {@code derive} returns null
   */
  @SuppressWarnings("unchecked") // one key goes with one kind of value, as documented
  public <T> T computeIfAbsent(Object key, Function<? super WordSequence, ? extends T> derive) {
    requireNonNull(key, "key");
    requireNonNull(derive, "derive");
    Object[] now = kept;
    for (int k = 0; k < now.length; k += 2) {
      if (now[k] == key || now[k].equals(key)) {
        return (T) now[k + 1];
      }
    }
    T value = requireNonNull(derive.apply(this), "derived value");
    Object[] next = new Object[Math.min(now.length + 2, 2 * MAX_KEPT)];
    next[0] = key;
    next[1] = value;
    System.arraycopy(now, 0, next, 2, next.length - 2);
    kept = next;
    return value;
  }

  /** Returns the number of words. */
  public int size() {
    return size;
  }

  /** Returns whether there are no words. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Returns the match form of word {@code i}: made from its display form on each call. */
  public String word(int i) {
    return Tokenizer.matchForm(display(i));
  }

  /** Returns the id of word {@code i}: {@link #idOf} of its match form. */
  public long id(int i) {
    return ids[at(i)];
  }

  /**
   * Returns the display form of word {@code i}: made from the text it was read from on each call.
   */
  public String display(int i) {
    int a = at(i);
    if (parts == null) {
      return requireNonNull(text).substring(starts[a], ends[a]);
    }
    int p = part(i);
    int s = parts.textShifts[p];
    return parts.texts[p].substring(starts[a] + s, ends[a] + s);
  }

  /**
   * Returns the last character of word {@code i} as written, without making its display form: what
   * tells a plural or a possessive from other words where every word is read.
   */
  public char lastChar(int i) {
    int a = at(i);
    if (parts == null) {
      return requireNonNull(text).charAt(ends[a] - 1);
    }
    return parts.texts[part(i)].charAt(ends[a] + parts.textShifts[part(i)] - 1);
  }

  /**
   * Returns whether word {@code i} as written holds a hyphen: a compound such as "peace-building".
   */
  public boolean isCompound(int i) {
    int a = at(i);
    String t = parts == null ? requireNonNull(text) : parts.texts[part(i)];
    int shift = parts == null ? 0 : parts.textShifts[part(i)];
    for (int k = starts[a] + shift; k < ends[a] + shift; k++) {
      char c = t.charAt(k);
      if (c == '-' || c == '\u2010' || c == '\u2011') {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the length of word {@code i}'s match form if it begins with a letter (127 for longer
   * ones), or 0 if it begins with a digit: what tells a word from a number or a particle without
   * making its match form.
   */
  public int letterLength(int i) {
    return shapes[at(i)] & WordReader.LENGTH;
  }

  /** Returns whether word {@code i} is written with a capital and then a small letter ("Kenya"). */
  public boolean isCapitalised(int i) {
    return (shapes[at(i)] & WordReader.CAPITAL) != 0;
  }

  /** Returns the index of the paragraph word {@code i} belongs to. */
  public int paragraph(int i) {
    if (parts == null) {
      Objects.checkIndex(i, size);
      return paragraph;
    }
    return parts.paragraphs[i];
  }

  /** Returns the offset of word {@code i} in its paragraph's text. */
  public int start(int i) {
    return starts[at(i)] - shift;
  }

  /** Returns the offset after word {@code i} in its paragraph's text. */
  public int end(int i) {
    return ends[at(i)] - shift;
  }

  /**
   * Returns the match forms, in order, made on each call: one string for each distinct word, the
   * same object wherever the word comes again.
   */
  public List<String> words() {
    String[] out = new String[size];
    LongIntMap first = new LongIntMap(size); // per distinct id, where it first stands plus one
    for (int i = 0; i < size; i++) {
      long id = ids[from + i];
      int at = first.get(id);
      if (at == 0) {
        first.put(id, i + 1);
        out[i] = word(i);
      } else {
        out[i] = out[at - 1];
      }
    }
    return List.of(out);
  }

  /**
   * Whether these words are held in the same arrays as {@code other}'s: one is a view of the other.
   */
  boolean sharesWordsWith(WordSequence other) {
    return ids == other.ids;
  }

  /** The index of word {@code i} in the arrays. */
  private int at(int i) {
    return from + Objects.checkIndex(i, size);
  }

  /** The part word {@code i} belongs to (several parts). */
  private int part(int i) {
    int[] partEnds = requireNonNull(parts).ends;
    int lo = 0;
    int hi = partEnds.length - 1;
    while (lo < hi) { // the first part ending after word i
      int mid = (lo + hi) >>> 1;
      if (partEnds[mid] > i) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < Math.min(size, 12); i++) {
      words.add(word(i));
    }
    return "WordSequence" + words;
  }
}
