package dev.parley.diff;

import static java.util.Objects.requireNonNull;

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
    List<DiffOp> ops = new ArrayList<>();
    Chunks a = Chunks.of(left);
    Chunks b = Chunks.of(right);
    diff(a, 0, a.size(), b, 0, b.size(), true, ops);
    return cleanUp(ops);
  }

  /**
   * The most differences, in chunks, that Myers' algorithm may look for: its time grows with their
   * square (a few hundred milliseconds at this bound). Texts further apart are compared sentence by
   * sentence first, then word by word inside the sentences that changed.
   */
  static final int MAX_DIFFERENCES = 3_000;

  /** Appends the operations that turn chunks {@code [from, to)} of a into those of b. */
  private static void diff(
      Chunks a,
      int aFrom,
      int aTo,
      Chunks b,
      int bFrom,
      int bTo,
      boolean bySentence,
      List<DiffOp> ops) {
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
    add(ops, DiffOp.Op.EQUAL, a, aFrom, aFrom + prefix);
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
            add(ops, DiffOp.Op.DELETE, a, p, q);
            add(ops, DiffOp.Op.INSERT, b, r, t);
          },
          (p, q) -> add(ops, DiffOp.Op.EQUAL, a, p, q));
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
            (p, q) -> add(ops, DiffOp.Op.EQUAL, a, sx[p], sx[q]));
      } else {
        add(ops, DiffOp.Op.DELETE, a, x0, x1);
        add(ops, DiffOp.Op.INSERT, b, y0, y1);
      }
    }
    add(ops, DiffOp.Op.EQUAL, a, aTo - suffix, aTo);
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
   * A text split into words (with inner hyphens and apostrophes), white space runs and single
   * marks: where each chunk starts and a 64-bit fingerprint of each, so that the difference
   * compares numbers and the output is cut from the text.
   */
  static final class Chunks {
    final String text;
    final int[] starts;
    final long[] ids;
    private final int size;

    private Chunks(String text, int[] starts, long[] ids, int size) {
      this.text = text;
      this.starts = starts;
      this.ids = ids;
      this.size = size;
    }

    int size() {
      return size;
    }

    int start(int chunk) {
      return chunk < size ? starts[chunk] : text.length();
    }

    String text(int from, int to) {
      return text.substring(start(from), start(to));
    }

    static Chunks of(String text) {
      int n = text.length();
      int[] starts = new int[Math.max(4, n / 3)];
      long[] ids = new long[starts.length];
      int size = 0;
      int i = 0;
      while (i < n) {
        int start = i;
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
          while (i < n
              && (Character.isLetterOrDigit(text.charAt(i))
                  || (i + 1 < n
                      && "-'’‑".indexOf(text.charAt(i)) >= 0
                      && Character.isLetterOrDigit(text.charAt(i + 1))))) {
            i++;
          }
        } else if (Character.isWhitespace(c)) {
          while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
          }
        } else {
          i += Character.charCount(text.codePointAt(i));
        }
        if (size == starts.length) {
          starts = java.util.Arrays.copyOf(starts, size * 2);
          ids = java.util.Arrays.copyOf(ids, size * 2);
        }
        starts[size] = start;
        ids[size++] = fingerprint(text, start, i);
      }
      return new Chunks(text, starts, ids, size);
    }

    /**
     * The boundaries of the sentences of chunks {@code [from, to)}, each sentence with the white
     * space after its closing mark: {@code from}, then each sentence's end.
     */
    int[] sentences(int from, int to) {
      int[] bounds = new int[to - from + 2];
      int n = 0;
      bounds[n++] = from;
      boolean closed = false;
      for (int k = from; k < to; k++) {
        char first = text.charAt(starts[k]);
        boolean space = Character.isWhitespace(first);
        if (closed && !space) {
          bounds[n++] = k;
        }
        boolean mark = start(k + 1) - starts[k] == 1 && ".!?;".indexOf(first) >= 0;
        closed = mark || (closed && space);
      }
      if (bounds[n - 1] != to) {
        bounds[n++] = to;
      }
      return java.util.Arrays.copyOf(bounds, n);
    }

    /** Fingerprints of the sentences between consecutive {@code bounds}. */
    long[] sentenceIds(int[] bounds) {
      long[] out = new long[bounds.length - 1];
      for (int s = 0; s + 1 < bounds.length; s++) {
        out[s] = fingerprint(text, start(bounds[s]), start(bounds[s + 1]));
      }
      return out;
    }

    /** FNV-1a over the characters, mixed: a 64-bit fingerprint of {@code text[from, to)}. */
    static long fingerprint(String text, int from, int to) {
      long h = 0xCBF29CE484222325L;
      for (int i = from; i < to; i++) {
        h = (h ^ text.charAt(i)) * 0x100000001B3L;
      }
      h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
      h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
      return h ^ (h >>> 31);
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

  private static void add(List<DiffOp> ops, DiffOp.Op op, Chunks chunks, int from, int to) {
    if (from >= to) {
      return;
    }
    String text = chunks.text(from, to);
    if (!ops.isEmpty() && ops.get(ops.size() - 1).op() == op) {
      DiffOp last = ops.remove(ops.size() - 1);
      text = last.text() + text;
    }
    ops.add(new DiffOp(op, text));
  }

  /**
   * Folds every short equal run that stands between two changes into them, then gathers each
   * change's deletions before its insertions.
   */
  static List<DiffOp> cleanUp(List<DiffOp> ops) {
    List<DiffOp> current = ops;
    boolean changed = true;
    while (changed) {
      changed = false;
      List<DiffOp> next = new ArrayList<>();
      for (int k = 0; k < current.size(); k++) {
        DiffOp op = current.get(k);
        if (op.op() == DiffOp.Op.EQUAL
            && k > 0
            && k < current.size() - 1
            && current.get(k - 1).op() != DiffOp.Op.EQUAL
            && current.get(k + 1).op() != DiffOp.Op.EQUAL
            && isInsignificant(op.text())) {
          next.add(new DiffOp(DiffOp.Op.DELETE, op.text()));
          next.add(new DiffOp(DiffOp.Op.INSERT, op.text()));
          changed = true;
        } else {
          next.add(op);
        }
      }
      current = regroup(next);
    }
    return List.copyOf(current);
  }

  /** Within each run of changes, all deletions first, then all insertions, each merged into one. */
  private static List<DiffOp> regroup(List<DiffOp> ops) {
    List<DiffOp> out = new ArrayList<>();
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (DiffOp op : ops) {
      switch (op.op()) {
        case DELETE -> deleted.append(op.text());
        case INSERT -> inserted.append(op.text());
        case EQUAL -> {
          flush(out, deleted, inserted);
          if (!out.isEmpty() && out.get(out.size() - 1).op() == DiffOp.Op.EQUAL) {
            out.add(new DiffOp(DiffOp.Op.EQUAL, out.remove(out.size() - 1).text() + op.text()));
          } else {
            out.add(op);
          }
        }
      }
    }
    flush(out, deleted, inserted);
    return out;
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

  /** White space, punctuation, or one stopword with the space around it. */
  private static boolean isInsignificant(String text) {
    String word = text.strip();
    if (word.isEmpty()) {
      return true;
    }
    boolean letters = false;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        letters = true;
      } else if (!Character.isWhitespace(word.charAt(i)) || letters) {
        if (Character.isWhitespace(word.charAt(i))) {
          return false; // more than one word
        }
      }
    }
    return !letters || STOPWORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}
