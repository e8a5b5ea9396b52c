package dev.parley.examples;

import dev.parley.Parley;
import dev.parley.text.Metadata;
import dev.parley.text.Paragraph;
import dev.parley.text.RemovedText;
import dev.parley.text.Statement;
import dev.parley.text.UnusableInputException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Normalises a statement and reads its metadata, its paragraphs by kind, and what was removed.
 *
 * <p>Run from the project root: {@code mvn -B -q -pl examples exec:java
 * -Dexec.mainClass=dev.parley.examples.ReadMetadata} (after {@code mvn -B -q install -DskipTests});
 * give a file as {@code -Dexec.args=FILE} to read another statement.
 */
public final class ReadMetadata {

  private ReadMetadata() {}

  /** Reads {@code args[0]}, or the seed statement. */
  public static void main(String[] args) {
    Path file =
        Path.of(args.length > 0 ? args[0] : "seeds/kazakhstan-sixth-committee-terrorism.txt");
    try {
      print(Parley.defaults().normalize(file), System.out);
    } catch (UnusableInputException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /** Prints what a reader wants to know first about a statement. */
  static void print(Statement s, PrintStream out) {
    Metadata m = s.metadata();
    out.println("speaker:     " + m.speaker().orElse("(not given)"));
    out.println("title:       " + m.title().orElse("(not given)"));
    out.println("delegation:  " + m.delegation().orElse("(not given)"));
    out.println("agenda item: " + m.agendaItem().orElse("-") + " " + m.agendaTitle().orElse(""));
    out.println("date:        " + m.date().map(Object::toString).orElse("(not given)"));
    for (String warning : s.warnings()) {
      out.println("warning:     " + warning);
    }
    long body = s.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.BODY).count();
    out.println(s.paragraphs().size() + " paragraphs, " + body + " of them body text");
    for (Paragraph p : s.paragraphs()) {
      if (p.kind() != Paragraph.Kind.BODY) {
        out.println("  " + p.index() + " " + p.kind().label() + ": " + p.text());
      }
    }
    for (RemovedText r : s.removed()) {
      out.println("  removed " + r.kind().label() + ": " + r.text());
    }
  }
}
