package dev.parley.text;

import static java.util.Objects.requireNonNull;

/**
 * A piece of the original text that normalisation took out of the statement, kept so that nothing
 * is lost without a trace.
 *
 * @param kind what it was
 * @param text the removed text, trimmed
 * @param span where it stands in the original text
 */
public record RemovedText(Kind kind, String text, Span span) {

  /** What a removed piece of text was. */
  public enum Kind {
    /** Address, telephone, fax, e-mail or web address of a mission's letterhead. */
    LETTERHEAD("letterhead"),
    /** A page footer: document number and page number, or a lone page number. */
    PAGE_FOOTER("page footer"),
    /** A page header: document symbol and date, or a meeting header. */
    PAGE_HEADER("page header"),
    /** A "Check against delivery" note. */
    DELIVERY_NOTE("delivery note"),
    /**
     * A note of the record rather than the speaker: {@code (spoke in French)}, a change of Chair.
     */
    PROCEDURAL_NOTE("procedural note"),
    /** A copyright line. */
    COPYRIGHT("copyright"),
    /** The number of a numbered paragraph of an official record. */
    PARAGRAPH_NUMBER("paragraph number");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** Returns the name used in JSON and reports, such as {@code page footer}. */
    public String label() {
      return label;
    }
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public RemovedText {
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    requireNonNull(span, "span");
  }
}
