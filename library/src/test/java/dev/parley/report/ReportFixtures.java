package dev.parley.report;

import dev.parley.Parley;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The real statements the report tests compare, and the edits they make of them. */
final class ReportFixtures {

  static final Parley PARLEY = Parley.defaults();

  /** Kazakhstan's General Debate speech of 2006. */
  static final Statement KAZ = read("/align/kazakhstan-general-debate-2006.txt");

  private ReportFixtures() {}

  /** The statement in test resource {@code resource}, normalised. */
  static Statement read(String resource) {
    try (InputStream in = ReportFixtures.class.getResourceAsStream(resource)) {
      return PARLEY.normalize(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paragraph texts of {@code s}, in a list to edit. */
  static List<String> texts(Statement s) {
    return new ArrayList<>(s.paragraphs().stream().map(Paragraph::text).toList());
  }

  /** A version of a statement in which one sentence moved to another paragraph. */
  record SentenceMoved(Statement edited, String sentence) {}

  /** {@link #KAZ} with the first sentence of paragraph 6 moved to the end of paragraph 10. */
  static SentenceMoved sentenceMoved() {
    List<String> e = texts(KAZ);
    String from = e.get(6);
    int k = from.indexOf(". ");
    String sentence = from.substring(0, k + 1);
    e.set(6, from.substring(k + 2));
    e.set(10, e.get(10) + " " + sentence);
    return new SentenceMoved(PARLEY.normalize("sentence.txt", String.join("\n\n", e)), sentence);
  }
}
