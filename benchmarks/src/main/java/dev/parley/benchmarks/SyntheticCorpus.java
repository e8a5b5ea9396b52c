package dev.parley.benchmarks;

import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a corpus larger than the shared one, for measuring corpus search at scale: {@code COUNT}
 * statements, each a real speech of the corpus drafted once as {@link HistoryEvaluation} drafts a
 * version (every paragraph reworded up to 20 %, splits, merges, deletions, moves, paragraphs of
 * another speech), so that no two are identical, under {@code OUTPUT/NNN/} folders with names that
 * keep the source's delegation and year ({@code KAZ_62_2007_000123.txt}).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.SyntheticCorpus
 * CORPUS_DIR OUTPUT_DIR COUNT [SEED]}.
 */
public final class SyntheticCorpus {

  private SyntheticCorpus() {}

  /** Writes the corpus. */
  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path output = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 20261128L);
    List<Path> files = CorpusSample.files(corpus);
    List<List<String>> speeches = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      Statement s = Normalizer.defaults().read(f);
      List<String> body = new ArrayList<>();
      for (Paragraph p : s.bodyParagraphs()) {
        body.add(p.text());
      }
      if (body.size() >= 2) {
        speeches.add(body);
        names.add(f.getFileName().toString().replace(".txt", ""));
      }
    }
    for (int k = 0; k < count; k++) {
      int i = random.nextInt(speeches.size());
      List<String> donor = speeches.get(random.nextInt(speeches.size()));
      List<String> drafted =
          HistoryEvaluation.draft(speeches.get(i), donor, 2, random).get(1).stream()
              .map(HistoryEvaluation.Piece::text)
              .toList();
      Path target =
          output
              .resolve(String.format(Locale.ROOT, "%03d", k / 1000))
              .resolve(String.format(Locale.ROOT, "%s_%06d.txt", names.get(i), k));
      Files.createDirectories(target.getParent());
      Files.writeString(target, String.join("\n\n", drafted) + "\n");
    }
    System.out.printf(Locale.ROOT, "wrote %d statements under %s%n", count, output);
  }
}
