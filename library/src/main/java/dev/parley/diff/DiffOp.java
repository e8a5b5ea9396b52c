package dev.parley.diff;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One operation of a word-level difference: text kept, taken out of the left side or put into the
 * right side. The {@code EQUAL} and {@code DELETE} texts, in order, rebuild the left side; the
 * {@code EQUAL} and {@code INSERT} texts rebuild the right side.
 *
 * @param op what happens to the text
 * @param text the text, never empty
 */
public record DiffOp(Op op, String text) {

  /** What happens to a piece of text. */
  public enum Op {
    /** In both sides. */
    EQUAL,
    /** Only in the left side. */
    DELETE,
    /** Only in the right side. */
    INSERT;

    /** Returns the lower-case name used in JSON: {@code equal}, {@code delete}, {@code insert}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the text is empty
   */
  public DiffOp {
    requireNonNull(op, "op");
    requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a diff operation needs text");
    }
  }
}
