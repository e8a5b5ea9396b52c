package dev.parley.benchmarks;

import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.UnusableInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the normaliser over a corpus of statements and reports how many files fail and how many
 * paragraphs look broken: starting in lower case, ending without final punctuation, still holding a
 * page footer or document symbol, or a hyphen followed by a space inside a word.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.parley.benchmarks.NormalizationSurvey CORPUS_DIR [--since YEAR] [--examples N]}. The corpus
 * is laid out as {@code YEAR/NAME.txt}; the year is read from the folder name.
 */
public final class NormalizationSurvey {

  private static final Pattern FURNITURE =
      Pattern.compile("\\b\\d{2}-\\d{5}\\b|(?<!\\(|\\(see |, |see )\\b[AS]/\\d{1,2}/PV\\.\\d+");

  /**
   * A hyphen and a space inside a word; a suspended hyphen ({@code medium- and long-term}) is
   * right.
   */
  private static final Pattern HYPHEN_SPACE =
      Pattern.compile("\\p{L}- (?!(?:and|or|to|nor|as|but|than)\\b)\\p{Ll}");

  /** Counts over a set of files. */
  static final class Tally {
    final AtomicLong files = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong paragraphs = new AtomicLong();
    final AtomicLong broken = new AtomicLong();
    final AtomicLong lowerStart = new AtomicLong();
    final AtomicLong noFinal = new AtomicLong();
    final AtomicLong furniture = new AtomicLong();
    final AtomicLong hyphenSpace = new AtomicLong();
    final AtomicLong veryLong = new AtomicLong();

    String line(String label) {
      long p = Math.max(1, paragraphs.get());
      return String.format(
          java.util.Locale.ROOT,
          "%-12s files %5d  failed %3d  paragraphs %7d  broken %6d (%.2f %%)  lower-start %d  no-final %d  furniture %d  hyphen-space %d  (over 4000 characters, perhaps merged: %d)",
          label,
          files.get(),
          failed.get(),
          paragraphs.get(),
          broken.get(),
          100.0 * broken.get() / p,
          lowerStart.get(),
          noFinal.get(),
          furniture.get(),
          hyphenSpace.get(),
          veryLong.get());
    }
  }

  private NormalizationSurvey() {}

  /** Runs the survey; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: NormalizationSurvey CORPUS_DIR [--since YEAR] [--examples N]");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    int since = 1990;
    int examples = 0;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--since" -> since = Integer.parseInt(args[i + 1]);
        case "--examples" -> examples = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Normalizer normalizer = Normalizer.defaults();
    Tally all = new Tally();
    Tally recent = new Tally();
    Map<String, List<String>> samples = new TreeMap<>();
    final int sinceYear = since;
    final int maxExamples = examples;
    files.parallelStream()
        .forEach(
            file -> {
              int year = yearOf(file);
              List<Tally> tallies = year >= sinceYear ? List.of(all, recent) : List.of(all);
              tallies.forEach(t -> t.files.incrementAndGet());
              Statement s;
              try {
                s = normalizer.read(file);
              } catch (UnusableInputException e) {
                tallies.forEach(t -> t.failed.incrementAndGet());
                System.err.println("failed: " + e.getMessage());
                return;
              }
              for (Paragraph p : s.paragraphs()) {
                tallies.forEach(t -> t.paragraphs.incrementAndGet());
                if (p.text().length() > 4000) {
                  tallies.forEach(t -> t.veryLong.incrementAndGet());
                }
                List<String> problems = problems(p);
                if (!problems.isEmpty()) {
                  tallies.forEach(t -> t.broken.incrementAndGet());
                  for (String problem : problems) {
                    for (Tally t : tallies) {
                      switch (problem) {
                        case "lower-start" -> t.lowerStart.incrementAndGet();
                        case "no-final" -> t.noFinal.incrementAndGet();
                        case "furniture" -> t.furniture.incrementAndGet();
                        default -> t.hyphenSpace.incrementAndGet();
                      }
                    }
                    if (maxExamples > 0 && year >= sinceYear) {
                      synchronized (samples) {
                        List<String> list =
                            samples.computeIfAbsent(problem, k -> new ArrayList<>());
                        if (list.size() < maxExamples
                            && Math.floorMod((file + p.text()).hashCode(), 7) == 0) {
                          list.add(file + " [" + p.index() + "] " + context(problem, p.text()));
                        }
                      }
                    }
                  }
                }
              }
            });
    PrintStream out = System.out;
    out.println(all.line("all"));
    out.println(recent.line(since + " on"));
    samples.forEach(
        (problem, list) -> {
          out.println();
          out.println(problem + ":");
          list.forEach(e -> out.println("  " + e));
        });
  }

  /** Returns what looks broken about a paragraph; salutations and headings may lack final stops. */
  static List<String> problems(Paragraph p) {
    List<String> problems = new ArrayList<>(2);
    String text = p.text();
    int first = 0;
    while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
      first++;
    }
    if (first < text.length() && Character.isLowerCase(text.charAt(first))) {
      problems.add("lower-start");
    }
    if (p.kind() == Paragraph.Kind.BODY) {
      int last = text.length() - 1;
      while (last > 0 && "\"'”’)]»*".indexOf(text.charAt(last)) >= 0) {
        last--;
      }
      if (".!?:;…".indexOf(text.charAt(last)) < 0) {
        problems.add("no-final");
      }
    }
    Matcher m = FURNITURE.matcher(text);
    if (m.find()) {
      problems.add("furniture");
    }
    if (HYPHEN_SPACE.matcher(text).find()) {
      problems.add("hyphen-space");
    }
    return problems;
  }

  private static int yearOf(Path file) {
    Path parent = file.getParent();
    try {
      return parent == null ? 0 : Integer.parseInt(parent.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String context(String problem, String text) {
    Matcher m =
        switch (problem) {
          case "furniture" -> FURNITURE.matcher(text);
          case "hyphen-space" -> HYPHEN_SPACE.matcher(text);
          default -> null;
        };
    if (m != null && m.find()) {
      return "…"
          + text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 60))
          + "…";
    }
    return abbreviate(text);
  }

  private static String abbreviate(String text) {
    return text.length() <= 160
        ? text
        : text.substring(0, 70) + " … " + text.substring(text.length() - 70);
  }
}
