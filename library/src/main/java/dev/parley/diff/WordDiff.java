package dev.parley.diff;

import static java.util.Objects.requireNonNull;

import com.github.difflib.DiffUtils;
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
    List<String> a = chunks(left);
    List<String> b = chunks(right);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<DiffOp> ops = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int at = delta.getSource().getPosition();
      add(ops, DiffOp.Op.EQUAL, a.subList(position, at));
      add(ops, DiffOp.Op.DELETE, delta.getSource().getLines());
      add(ops, DiffOp.Op.INSERT, delta.getTarget().getLines());
      position = at + delta.getSource().size();
    }
    add(ops, DiffOp.Op.EQUAL, a.subList(position, a.size()));
    return cleanUp(ops);
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
