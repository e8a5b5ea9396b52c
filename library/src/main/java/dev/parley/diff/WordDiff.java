package dev.parley.diff;

import static java.util.Objects.requireNonNull;

import dev.parley.text.Paragraph;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word-level differences between two texts, by Myers' algorithm over words, white space and
 * punctuation (each a 64-bit fingerprint), with a semantic clean-up: a short run left "equal"
 * between two changes (a stopword, a space, a comma) joins the change, so that a reader sees
 * "[-warmly congratulate-]{+sincerely thank+}" rather than a mosaic.
 *
 * <pre>{@code
 * WordDiff.diff("My delegation warmly congratulates you", "My delegation sincerely congratulates you");
 * // [equal "My delegation ", delete "warmly", insert "sincerely", equal " congratulates you"]
 * }</pre>
 *
 * <p>The {@code equal} and {@code delete} texts rebuild the left text exactly; the {@code equal}
 * and {@code insert} texts the right one. Stateless and thread-safe.
 */
public final class WordDiff {

  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "the", "of", "to", "in", "on", "and", "or", "for", "by", "with", "at", "as",
          "is", "be", "its", "it", "that", "this", "we", "our", "all", "from");

  private WordDiff() {}

  /**
   * Returns the operations that turn {@code left} into {@code right}.
   *
   * @throws NullPointerException if either is null
   */
  public static List<DiffOp> diff(String left, String right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    return diff(Chunks.of(left), Chunks.of(right));
  }

  /**
   * Returns the operations that turn paragraphs {@code left}, read one after another with a line
   * break between each two, into paragraphs {@code right}: {@link #diff(String, String)} of the two
   * joined texts. How a paragraph's text splits into words, spaces and marks is kept with its words
   * ({@link WordSequence#computeIfAbsent}), so a paragraph compared again is not split again.
   *
   * @throws NullPointerException if either is null
   * @throws IllegalArgumentException if either is empty
   */
  public static List<DiffOp> diff(List<Paragraph> left, List<Paragraph> right) {
    return diff(Chunks.of(requireNonNull(left, "left")), Chunks.of(requireNonNull(right, "right")));
  }

  private static List<DiffOp> diff(Chunks a, Chunks b) {
    Script ops = new Script(a, b);
    diff(a, 0, a.size(), b, 0, b.size(), true, ops);
    return ops.cleanedUp();
  }

  /**
   * The most differences, in chunks, that Myers' algorithm may look for: its time grows with their
   * square (a few hundred milliseconds at this bound). Texts further apart are compared sentence by
   * sentence first, then word by word inside the sentences that changed.
   */
  static final int MAX_DIFFERENCES = 3_000;

  /** Appends the operations that turn chunks {@code [from, to)} of a into those of b. */
  private static void diff(
      Chunks a, int aFrom, int aTo, Chunks b, int bFrom, int bTo, boolean bySentence, Script ops) {
    int prefix = 0;
    while (aFrom + prefix < aTo
        && bFrom + prefix < bTo
        && a.ids[aFrom + prefix] == b.ids[bFrom + prefix]) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < aTo - aFrom - prefix
        && suffix < bTo - bFrom - prefix
        && a.ids[aTo - 1 - suffix] == b.ids[bTo - 1 - suffix]) {
      suffix++;
    }
    ops.add(Myers.EQUAL, aFrom, aFrom + prefix);
    int x0 = aFrom + prefix;
    int x1 = aTo - suffix;
    int y0 = bFrom + prefix;
    int y1 = bTo - suffix;
    byte[] words = Myers.script(a.ids, x0, x1, b.ids, y0, y1, MAX_DIFFERENCES);
    if (words != null) {
      apply(
          words,
          x0,
          y0,
          (p, q, r, t) -> {
            ops.add(Myers.DELETE, p, q);
            ops.add(Myers.INSERT, r, t);
          },
          (p, q) -> ops.add(Myers.EQUAL, p, q));
    } else {
      int[] sx = bySentence ? a.sentences(x0, x1) : null;
      int[] sy = bySentence ? b.sentences(y0, y1) : null;
      byte[] sentences =
          bySentence
              ? Myers.script(
                  a.sentenceIds(sx),
                  0,
                  sx.length - 1,
                  b.sentenceIds(sy),
                  0,
                  sy.length - 1,
                  MAX_DIFFERENCES)
              : null;
      if (sentences != null) {
        apply(
            sentences,
            0,
            0,
            (p, q, r, t) -> diff(a, sx[p], sx[q], b, sy[r], sy[t], false, ops),
            (p, q) -> ops.add(Myers.EQUAL, sx[p], sx[q]));
      } else {
        ops.add(Myers.DELETE, x0, x1);
        ops.add(Myers.INSERT, y0, y1);
      }
    }
    ops.add(Myers.EQUAL, aTo - suffix, aTo);
  }

  /** What a change does with the ranges it replaces: {@code [p, q)} of a by {@code [r, t)} of b. */
  private interface Change {
    void accept(int p, int q, int r, int t);
  }

  /** What an equal run does with its range of a. */
  private interface Same {
    void accept(int p, int q);
  }

  /**
   * Walks an edit script from {@code x, y}: equal runs through {@code same}, changes through {@code
   * change}.
   */
  private static void apply(byte[] script, int x, int y, Change change, Same same) {
    int k = 0;
    while (k < script.length) {
      if (script[k] == Myers.EQUAL) {
        int from = x;
        while (k < script.length && script[k] == Myers.EQUAL) {
          x++;
          y++;
          k++;
        }
        same.accept(from, x);
      } else {
        int fromX = x;
        int fromY = y;
        while (k < script.length && script[k] != Myers.EQUAL) {
          if (script[k] == Myers.DELETE) {
            x++;
          } else {
            y++;
          }
          k++;
        }
        change.accept(fromX, x, fromY, y);
      }
    }
  }

  /**
   * Splits text into words (with inner hyphens and apostrophes), white space runs and single marks.
   */
  static List<String> chunks(String text) {
    Chunks c = Chunks.of(text);
    List<String> out = new ArrayList<>(c.size());
    for (int k = 0; k < c.size(); k++) {
      out.add(c.text(k, k + 1));
    }
    return out;
  }

  /**
   * The operations found, as ranges of chunks (of the left text for {@code EQUAL} and {@code
   * DELETE}, of the right one for {@code INSERT}), made text only once, cleaned up.
   */
  private static final class Script {
    private final Chunks a;
    private final Chunks b;
    private byte[] ops = new byte[16];
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int size;

    Script(Chunks a, Chunks b) {
      this.a = a;
      this.b = b;
    }

    /**
     * Appends chunks {@code [start, end)}: to the last range if it is the same op and ends there.
     */
    void add(byte op, int start, int end) {
      if (start >= end) {
        return;
      }
      if (size > 0 && ops[size - 1] == op && to[size - 1] == start) {
        to[size - 1] = end;
        return;
      }
      if (size == ops.length) {
        ops = java.util.Arrays.copyOf(ops, size * 2);
        from = java.util.Arrays.copyOf(from, size * 2);
        to = java.util.Arrays.copyOf(to, size * 2);
      }
      ops[size] = op;
      from[size] = start;
      to[size++] = end;
    }

    /**
     * The operations, cleaned up: a run of equal ranges between two changes that is insignificant
     * (white space, punctuation, one stopword) joins them, so that a reader sees one change rather
     * than a mosaic, and each run of changes gives all its deletions, then all its insertions.
     */
    List<DiffOp> cleanedUp() {
      List<DiffOp> out = new ArrayList<>();
      StringBuilder deleted = new StringBuilder();
      StringBuilder inserted = new StringBuilder();
      int k = 0;
      while (k < size) {
        if (ops[k] != Myers.EQUAL) {
          Chunks side = ops[k] == Myers.DELETE ? a : b;
          (ops[k] == Myers.DELETE ? deleted : inserted)
              .append(side.text, side.start(from[k]), side.start(to[k]));
          k++;
          continue;
        }
        int end = k + 1;
        while (end < size && ops[end] == Myers.EQUAL) {
          end++;
        }
        // One range of the left text (read in place), or more but for a seam (joined).
        String text = end == k + 1 ? a.text : joined(k, end);
        int textFrom = end == k + 1 ? a.start(from[k]) : 0;
        int textTo = end == k + 1 ? a.start(to[k]) : text.length();
        if (k > 0 && end < size && isInsignificant(text, textFrom, textTo)) {
          deleted.append(text, textFrom, textTo);
          inserted.append(text, textFrom, textTo);
        } else {
          flush(out, deleted, inserted);
          out.add(new DiffOp(DiffOp.Op.EQUAL, text.substring(textFrom, textTo)));
        }
        k = end;
      }
      flush(out, deleted, inserted);
      return List.copyOf(out);
    }

    private String joined(int start, int end) {
      StringBuilder text = new StringBuilder();
      for (int k = start; k < end; k++) {
        text.append(a.text, a.start(from[k]), a.start(to[k]));
      }
      return text.toString();
    }
  }

  private static void flush(List<DiffOp> out, StringBuilder deleted, StringBuilder inserted) {
    if (deleted.length() > 0) {
      out.add(new DiffOp(DiffOp.Op.DELETE, deleted.toString()));
      deleted.setLength(0);
    }
    if (inserted.length() > 0) {
      out.add(new DiffOp(DiffOp.Op.INSERT, inserted.toString()));
      inserted.setLength(0);
    }
  }

  /**
   * Whether {@code text[from, to)} is white space, punctuation, or one stopword with the space
   * around it.
   */
  private static boolean isInsignificant(String text, int from, int to) {
    // The text stripped of white space at either end, read in place: an equal run may be long.
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return true;
    }
    boolean letters = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters = true;
      } else if (letters && Character.isWhitespace(c)) {
        return false; // more than one word
      }
    }
    return !letters || STOPWORDS.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
  }
}
