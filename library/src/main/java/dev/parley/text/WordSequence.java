package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
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
 * <p>Immutable (what is kept beside the words is derived from them) and thread-safe.
 */
public final class WordSequence {

  private final String[] words;
  private final long[] ids;
  private final int[] paragraphs;
  private final int[] starts;
  private final int[] ends;
  private final String[] displays;

  /** Kept derivations: key, value, key, value, …, most recent first; replaced, never changed. */
  private volatile Object[] kept = NOTHING_KEPT;

  private static final Object[] NOTHING_KEPT = {};

  /** At most this many derivations are kept; the least recent makes way. */
  static final int MAX_KEPT = 8;

  private WordSequence(
      String[] words, long[] ids, String[] displays, int[] paragraphs, int[] starts, int[] ends) {
    this.words = words;
    this.ids = ids;
    this.displays = displays;
    this.paragraphs = paragraphs;
    this.starts = starts;
    this.ends = ends;
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

  /** Returns the words of {@code text}, taken as paragraph {@code paragraph}. */
  static WordSequence of(String text, int paragraph) {
    List<Token> tokens = Tokenizer.tokenize(text);
    int n = tokens.size();
    String[] words = new String[n];
    long[] ids = new long[n];
    String[] displays = new String[n];
    int[] paragraphs = new int[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    Arrays.fill(paragraphs, paragraph);
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      words[i] = t.match();
      ids[i] = idOf(t.match());
      displays[i] = t.text();
      starts[i] = t.start();
      ends[i] = t.end();
    }
    return new WordSequence(words, ids, displays, paragraphs, starts, ends);
  }

  /**
   * Returns the words of {@code text[from, to)}, a stretch that white space (or an end of the text)
   * stands on either side of, taken from {@code words} (the words of all of {@code text}) as
   * paragraph 0 with offsets in the stretch: what {@link #of(String)} of the stretch gives, without
   * reading it again. Null where a word crosses an edge of the stretch, or where the stretch ends
   * in a dotted initial ("U.S"), whose last stop only the text after it decides.
   */
  static @Nullable WordSequence slice(WordSequence words, String text, int from, int to) {
    if ((from > 0 && !Character.isWhitespace(text.charAt(from - 1)))
        || (to < text.length() && !Character.isWhitespace(text.charAt(to)))
        || (to - from >= 2
            && text.charAt(to - 2) == '.'
            && Character.isUpperCase(text.charAt(to - 1)))) {
      return null;
    }
    int first = lowerBound(words.starts, from);
    int last = lowerBound(words.starts, to);
    if (first > 0 && words.ends[first - 1] > from || last > first && words.ends[last - 1] > to) {
      return null;
    }
    int n = last - first;
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int k = 0; k < n; k++) {
      starts[k] = words.starts[first + k] - from;
      ends[k] = words.ends[first + k] - from;
    }
    return new WordSequence(
        Arrays.copyOfRange(words.words, first, last),
        Arrays.copyOfRange(words.ids, first, last),
        Arrays.copyOfRange(words.displays, first, last),
        new int[n],
        starts,
        ends);
  }

  /** The index of the first of ascending {@code values} not below {@code value}. */
  private static int lowerBound(int[] values, int value) {
    int at = Arrays.binarySearch(values, value);
    if (at < 0) {
      return -at - 1;
    }
    while (at > 0 && values[at - 1] == value) {
      at--;
    }
    return at;
  }

  /**
   * Returns the id of a match form: a 64-bit fingerprint (FNV-1a over its characters, then mixed),
   * never 0. Two different words share an id with a chance of about one in 10<sup>19</sup> a pair.
   */
  public static long idOf(String matchForm) {
    long h = FNV_OFFSET;
    for (int i = 0; i < matchForm.length(); i++) {
      h = (h ^ matchForm.charAt(i)) * FNV_PRIME;
    }
    return finish(h);
  }

  /**
   * Returns {@link #idOf} of the match form of {@code chars[from, to)}, a word of ASCII letters,
   * digits, hyphens and apostrophes only (whose match form is its lower case), without making it a
   * string.
   */
  static long idOfAscii(char[] chars, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c)) * FNV_PRIME;
    }
    return finish(h);
  }

  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;

  private static long finish(long h) {
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    h ^= h >>> 31;
    return h == 0 ? 1 : h;
  }

  /** Returns the words of {@code parts}, one after another. */
  public static WordSequence concat(List<WordSequence> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int n = 0;
    for (WordSequence p : parts) {
      n += p.size();
    }
    String[] words = new String[n];
    long[] ids = new long[n];
    String[] displays = new String[n];
    int[] paragraphs = new int[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int k = 0;
    for (WordSequence p : parts) {
      int m = p.size();
      System.arraycopy(p.words, 0, words, k, m);
      System.arraycopy(p.ids, 0, ids, k, m);
      System.arraycopy(p.displays, 0, displays, k, m);
      System.arraycopy(p.paragraphs, 0, paragraphs, k, m);
      System.arraycopy(p.starts, 0, starts, k, m);
      System.arraycopy(p.ends, 0, ends, k, m);
      k += m;
    }
    return new WordSequence(words, ids, displays, paragraphs, starts, ends);
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
    return words.length;
  }

  /** Returns whether there are no words. */
  public boolean isEmpty() {
    return words.length == 0;
  }

  /** Returns the match form of word {@code i}. */
  public String word(int i) {
    return words[i];
  }

  /** Returns the id of word {@code i}: {@link #idOf} of its match form. */
  public long id(int i) {
    return ids[i];
  }

  /** Returns the display form of word {@code i}. */
  public String display(int i) {
    return displays[i];
  }

  /** Returns the index of the paragraph word {@code i} belongs to. */
  public int paragraph(int i) {
    return paragraphs[i];
  }

  /** Returns the offset of word {@code i} in its paragraph's text. */
  public int start(int i) {
    return starts[i];
  }

  /** Returns the offset after word {@code i} in its paragraph's text. */
  public int end(int i) {
    return ends[i];
  }

  /** Returns the match forms, in order. */
  public List<String> words() {
    return List.of(words);
  }

  @Override
  public String toString() {
    return "WordSequence" + Arrays.toString(words.length > 12 ? Arrays.copyOf(words, 12) : words);
  }
}
