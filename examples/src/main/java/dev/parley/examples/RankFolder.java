package dev.parley.examples;

import dev.parley.Parley;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores every pair of statements in a folder and ranks the pairs from the most alike phrasing
 * down: which statements echo each other.
 *
 * <p>Run from the project root: {@code mvn -B -q -pl examples exec:java
 * -Dexec.mainClass=dev.parley.examples.RankFolder} (the {@code seeds/} folder), or with {@code
 * -Dexec.args=FOLDER}.
 */
public final class RankFolder {

  private RankFolder() {}

  /** A scored pair. */
  record Pair(String left, String right, double similarity) {}

  /** Runs the example on {@code args[0]} or {@code seeds/}. */
  public static void main(String[] args) {
    print(rank(Path.of(args.length > 0 ? args[0] : "seeds")), System.out);
  }

  static List<Pair> rank(Path folder) {
    Parley parley = Parley.defaults();
    List<Statement> statements = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        statements.add(parley.normalize(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < statements.size(); i++) {
      for (int j = i + 1; j < statements.size(); j++) {
        Statement a = statements.get(i);
        Statement b = statements.get(j);
        pairs.add(new Pair(name(a), name(b), parley.score(a, b).similarity()));
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
    return pairs;
  }

  static void print(List<Pair> pairs, PrintStream out) {
    pairs.forEach(
        p -> out.printf(Locale.ROOT, "%.3f  %s  %s%n", p.similarity(), p.left(), p.right()));
  }

  private static String name(Statement s) {
    return Path.of(s.source()).getFileName().toString();
  }
}
