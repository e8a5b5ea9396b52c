package dev.parley.examples;

import dev.parley.Parley;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.diff.DiffOp;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One delegation in consecutive years: Kazakhstan's General Debate statements of 2006 and 2007,
 * aligned as versions. Prints what was kept (with its changes), moved, dropped and added.
 *
 * <p>Run from the project root: {@code mvn -B -q -pl examples exec:java
 * -Dexec.mainClass=dev.parley.examples.ConsecutiveYears}.
 */
public final class ConsecutiveYears {

  private ConsecutiveYears() {}

  /** Runs the example on the seeds. */
  public static void main(String[] args) {
    run(
        Path.of("seeds/kazakhstan-general-debate-2006.txt"),
        Path.of("seeds/kazakhstan-general-debate-2007.txt"),
        System.out);
  }

  static void run(Path older, Path newer, PrintStream out) {
    Parley parley = Parley.defaults();
    Alignment a = parley.compare(parley.normalize(older), parley.normalize(newer));
    out.printf(Locale.ROOT, "phrasing similarity %.2f%n", a.similarity());
    for (Link.Type type : Link.Type.values()) {
      int n = a.links(type).size();
      if (n > 0) {
        out.println(type.label() + ": " + n);
      }
    }
    for (Link l : a.links()) {
      if (l.type() == Link.Type.MATCH || l.type() == Link.Type.MOVE) {
        long changedWords = l.diff().stream().filter(d -> d.op() != DiffOp.Op.EQUAL).count();
        out.printf(
            Locale.ROOT,
            "%s %s -> %s  score %.2f, %d changed runs%n",
            l.type().label(),
            l.left(),
            l.right(),
            l.score().orElse(0),
            changedWords);
      }
    }
  }
}
