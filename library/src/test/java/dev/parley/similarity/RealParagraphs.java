package dev.parley.similarity;

import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Body paragraphs of the real statements in the test resources. */
final class RealParagraphs {

  private RealParagraphs() {}

  static Statement statement(String fixture) {
    try (InputStream in = RealParagraphs.class.getResourceAsStream("/text/" + fixture)) {
      return Normalizer.defaults().normalize(fixture, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Long body paragraphs of several delegations and decades. */
  static List<String> all() {
    List<String> paragraphs = new ArrayList<>();
    for (String f :
        List.of(
            "pdf-indented-with-footer.txt",
            "wrapped-by-width.txt",
            "numbered-record.txt",
            "form-feed-page-header.txt",
            "wrapped-trailing-space.txt",
            "one-per-line-delivery-note.txt",
            "date-and-symbol-header.txt",
            "mission-website.txt")) {
      for (Paragraph p : statement(f).paragraphs()) {
        if (p.kind() == Paragraph.Kind.BODY && p.tokens().size() >= 40) {
          paragraphs.add(p.text());
        }
      }
    }
    return paragraphs;
  }
}
