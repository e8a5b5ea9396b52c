package dev.parley.diff;

import static java.util.Objects.requireNonNull;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word-level differences between two texts, on java-diff-utils (Myers' algorithm) over words, white
 * space and punctuation, with a semantic clean-up: a short run left "equal" between two changes (a
 * stopword, a space, a comma) joins the change, so that a reader sees "[-warmly
 * congratulate-]{+sincerely thank+}" rather than a mosaic.
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
    diff(chunks(left), chunks(right), true, ops);
    return cleanUp(ops);
  }

  /**
   * The most differences, in chunks, that Myers' algorithm may look for: its time grows with their
   * square (a few hundred milliseconds at this bound). Texts further apart are compared sentence by
   * sentence first, then word by word inside the sentences that changed.
   */
  static final int MAX_DIFFERENCES = 3_000;

  /** Appends the operations that turn {@code a} into {@code b}. */
  private static void diff(List<String> a, List<String> b, boolean bySentence, List<DiffOp> ops) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    add(ops, DiffOp.Op.EQUAL, a.subList(0, prefix));
    List<String> x = a.subList(prefix, a.size() - suffix);
    List<String> y = b.subList(prefix, b.size() - suffix);
    Patch<String> words = myers(x, y);
    if (words != null) {
      apply(
          words,
          x,
          ops,
          (source, target) -> {
            add(ops, DiffOp.Op.DELETE, source);
            add(ops, DiffOp.Op.INSERT, target);
          });
    } else {
      List<String> sx = bySentence ? sentences(x) : List.of();
      List<String> sy = bySentence ? sentences(y) : List.of();
      Patch<String> sentences = bySentence ? myers(sx, sy) : null;
      if (sentences != null) {
        apply(
            sentences,
            sx,
            ops,
            (source, target) ->
                diff(chunks(String.join("", source)), chunks(String.join("", target)), false, ops));
      } else {
        add(ops, DiffOp.Op.DELETE, x);
        add(ops, DiffOp.Op.INSERT, y);
      }
    }
    add(ops, DiffOp.Op.EQUAL, a.subList(a.size() - suffix, a.size()));
  }

  /** Myers' difference of the two lists, or null when they differ in more than the bound. */
  private static Patch<String> myers(List<String> a, List<String> b) {
    if (Math.abs(a.size() - b.size()) > MAX_DIFFERENCES) {
      return null;
    }
    try {
      return DiffUtils.diff(a, b, new Budget());
    } catch (OverBudget e) {
      return null;
    }
  }

  /** Walks a patch: equal runs as they are, each change through {@code change}. */
  private static void apply(
      Patch<String> patch,
      List<String> source,
      List<DiffOp> ops,
      java.util.function.BiConsumer<List<String>, List<String>> change) {
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int at = delta.getSource().getPosition();
      add(ops, DiffOp.Op.EQUAL, source.subList(position, at));
      change.accept(delta.getSource().getLines(), delta.getTarget().getLines());
      position = at + delta.getSource().size();
    }
    add(ops, DiffOp.Op.EQUAL, source.subList(position, source.size()));
  }

  /** Stops Myers' algorithm once it has looked for more than the bound of differences. */
  private static final class Budget implements DiffAlgorithmListener {
    @Override
    public void diffStart() {}

    @Override
    public void diffStep(int value, int max) {
      if (value > MAX_DIFFERENCES) {
        throw new OverBudget();
      }
    }

    @Override
    public void diffEnd() {}
  }

  private static final class OverBudget extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OverBudget() {
      super(null, null, false, false);
    }
  }

  /** Chunks joined into sentences, each with the white space after its closing mark. */
  private static List<String> sentences(List<String> chunks) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean closed = false;
    for (String c : chunks) {
      if (closed && !Character.isWhitespace(c.charAt(0))) {
        out.add(current.toString());
        current.setLength(0);
      }
      current.append(c);
      closed =
          c.equals(".")
              || c.equals("!")
              || c.equals("?")
              || c.equals(";")
              || (closed && Character.isWhitespace(c.charAt(0)));
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  /**
   * Splits text into words (with inner hyphens and apostrophes), white space runs and single marks.
   */
  static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    int i = 0;
    int n = text.length();
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
      chunks.add(text.substring(start, i));
    }
    return chunks;
  }

  private static void add(List<DiffOp> ops, DiffOp.Op op, List<String> chunks) {
    if (chunks.isEmpty()) {
      return;
    }
    String text = String.join("", chunks);
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
