package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A normalised statement: its metadata, its paragraphs in reading order, what normalisation took
 * out, and the decoded original text that every {@link Span} points into.
 *
 * <pre>{@code
 * Statement s = Parley.defaults().normalize(Path.of("seeds/kazakhstan-sixth-committee-terrorism.txt"));
 * s.metadata().speaker();            // Optional[Yerzhan Kazykhanov]
 * s.paragraphs().get(0).span().slice(s.original());
 * }</pre>
 *
 * @param source the name of the input (a path as given, or a caller's label)
 * @param original the decoded original text, byte order mark excluded, line ends as they were
 * @param metadata what the title block says
 * @param paragraphs every paragraph, indexed from 0 in reading order
 * @param removed what normalisation took out, in order of position
 * @param warnings things a reader should know about the input (a fallback encoding, a date that
 *     disagrees with the copyright line), one line each
 */
public record Statement(
    String source,
    String original,
    Metadata metadata,
    List<Paragraph> paragraphs,
    List<RemovedText> removed,
    List<String> warnings) {

  /**
   * Checks the fields and copies the lists.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a paragraph's index is not its position
   */
  public Statement {
    requireNonNull(source, "source");
    requireNonNull(original, "original");
    requireNonNull(metadata, "metadata");
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).index() != i) {
        throw new IllegalArgumentException(
            "paragraph at position " + i + " has index " + paragraphs.get(i).index());
      }
    }
  }

  /** Returns the paragraphs of {@link Paragraph.Kind#BODY body} kind, in order. */
  public List<Paragraph> bodyParagraphs() {
    return paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.BODY).toList();
  }
}
