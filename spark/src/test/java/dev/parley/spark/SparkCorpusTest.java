package dev.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.corpus.CorpusDocument;
import dev.parley.corpus.CorpusIndex;
import dev.parley.corpus.Neighbour;
import dev.parley.corpus.ReusedPassage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley-spark similar} and {@code reuse} in Spark's local mode, against the single-machine
 * search.
 */
final class SparkCorpusTest {

  static final String[] FILES = {
    "1996/PLW_51_1996.txt", "1996/UZB_51_1996.txt", "2019/CHE_74_2019.txt",
    "2019/ERI_74_2019.txt", "2019/JOR_74_2019.txt", "2019/RWA_74_2019.txt",
    "2020/DNK_75_2020.txt", "2020/ERI_75_2020.txt", "2020/RWA_75_2020.txt"
  };

  @TempDir static Path dir;
  static Path corpus;

  @BeforeAll
  static void copyCorpus() throws IOException {
    corpus = dir.resolve("corpus");
    for (String f : FILES) {
      Path target = corpus.resolve(f);
      Files.createDirectories(target.getParent());
      try (InputStream in = SparkCorpusTest.class.getResourceAsStream("/corpus/" + f)) {
        Files.write(target, in.readAllBytes());
      }
    }
    // Files no statement should be: left out and listed, never fatal.
    Files.write(corpus.resolve("2020/scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
    Files.write(corpus.resolve("2019/empty.txt"), new byte[0]);
    Files.writeString(corpus.resolve("notes.md"), "not a statement");
  }

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        ParleySpark.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static List<String> lines(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path p :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p));
      }
    }
    return out;
  }

  @Test
  void similarAgreesWithTheSingleMachineSearchAndListsWhatItLeftOut() throws IOException {
    Path output = dir.resolve("similar");
    Run r =
        run("--master", "local[2]", "similar", corpus.toString(), output.toString(), "--top", "3");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err())
        .contains("parley-spark: skipped 2020/scan.txt: binary data")
        .contains("parley-spark: skipped 2019/empty.txt: empty file")
        .containsPattern(
            "parley-spark: candidates by the words found in at most 2 statements \\(\\d+ words"
                + " more common only rescore them\\)")
        .contains("parley-spark: 9 statements, 2 skipped; wrote " + output);

    CorpusIndex index = CorpusIndex.build(corpus, CorpusIndex.Progress.NONE);
    List<List<Neighbour>> expected = index.nearestAll(3, CorpusIndex.Progress.NONE);
    List<String> rows = lines(output);
    assertThat(rows).hasSize(index.documents().size());
    ObjectMapper json = new ObjectMapper();
    for (CorpusDocument d : index.documents()) {
      JsonNode row = json.readTree(rows.get(d.id()));
      assertThat(row.get("file").asText()).isEqualTo(d.path());
      assertThat(row.get("delegation").asText()).isEqualTo(d.delegation());
      assertThat(row.get("year").asInt()).isEqualTo(d.year());
      List<Neighbour> near = expected.get(d.id());
      assertThat(row.get("nearest")).hasSize(near.size());
      for (int k = 0; k < near.size(); k++) {
        JsonNode n = row.get("nearest").get(k);
        CorpusDocument e = index.documents().get(near.get(k).document());
        assertThat(n.get("file").asText()).isEqualTo(e.path());
        assertThat(n.get("similarity").asDouble())
            .isCloseTo(near.get(k).similarity(), org.assertj.core.data.Offset.offset(1e-4));
        List<String> shared = new ArrayList<>();
        n.get("shared").forEach(x -> shared.add(x.asText()));
        assertThat(shared).isEqualTo(near.get(k).shared());
      }
    }
  }

  @Test
  void anIndexCutIntoManyShardsGivesTheSameRows() throws IOException {
    Path whole = dir.resolve("similar-one-shard");
    Path cut = dir.resolve("similar-many-shards");
    Run one =
        run("--master", "local[2]", "similar", corpus.toString(), whole.toString(), "--top", "4");
    assertThat(one.status()).as(one.err()).isZero();
    // Some 1,500 distinct words a statement: five shards of two statements.
    System.setProperty("spark.parley.shardPostings", "3000");
    try {
      Run many =
          run("--master", "local[2]", "similar", corpus.toString(), cut.toString(), "--top", "4");
      assertThat(many.status()).as(many.err()).isZero();
    } finally {
      System.clearProperty("spark.parley.shardPostings");
    }
    assertThat(lines(cut)).hasSize(9).isEqualTo(lines(whole));
  }

  @Test
  void oneGivenStatementToParquetAndBadUsage() throws IOException {
    Path output = dir.resolve("to-parquet");
    Run r =
        run(
            "--master",
            "local[2]",
            "similar",
            corpus.toString(),
            output.toString(),
            "--to",
            corpus.resolve("2019/ERI_74_2019.txt").toString(),
            "--format",
            "parquet");
    assertThat(r.status()).as(r.err()).isZero();
    try (Stream<Path> files = Files.list(output)) {
      assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".parquet"));
    }
    // In JSON lines: a statement of INPUT is not its own neighbour.
    Path near = dir.resolve("to-jsonl");
    Run jsonl =
        run(
            "--master",
            "local[2]",
            "similar",
            corpus.toString(),
            near.toString(),
            "--to",
            corpus.resolve("2019/ERI_74_2019.txt").toString(),
            "--top",
            "1");
    assertThat(jsonl.status()).as(jsonl.err()).isZero();
    assertThat(lines(near))
        .singleElement()
        .asString()
        .contains("\"file\":\"2020/ERI_75_2020.txt\"");
    Run again = run("--master", "local[2]", "similar", corpus.toString(), output.toString());
    assertThat(again.status()).isEqualTo(1);
    assertThat(again.err().strip())
        .isEqualTo("parley-spark: " + output + ": already exists; give a new folder");
    Run missing =
        run(
            "--master",
            "local[2]",
            "similar",
            dir.resolve("none").toString(),
            dir.resolve("o").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err().strip()).endsWith("none: no such folder");
    assertThat(run("similar", corpus.toString()).status()).isEqualTo(2);
    assertThat(run("--format", "csv", "similar", "a", "b").status()).isEqualTo(2);
  }

  @Test
  void reuseFindsTheSamePassagesAsTheSingleMachineSearch() throws IOException {
    Path output = dir.resolve("reuse");
    Run r =
        run(
            "--master",
            "local[2]",
            "reuse",
            corpus.toString(),
            output.toString(),
            "--min-words",
            "12");
    assertThat(r.status()).as(r.err()).isZero();
    CorpusIndex index = CorpusIndex.build(corpus, CorpusIndex.Progress.NONE);
    List<ReusedPassage> expected = index.reuse(12, CorpusIndex.Progress.NONE);
    assertThat(expected).isNotEmpty();
    assertThat(r.err()).contains("parley-spark: " + expected.size() + " reused passages");
    List<String> rows = lines(output);
    assertThat(rows).hasSize(expected.size());
    ObjectMapper json = new ObjectMapper();
    for (int k = 0; k < rows.size(); k++) {
      JsonNode row = json.readTree(rows.get(k));
      ReusedPassage p = expected.get(k);
      assertThat(row.get("words").asInt()).isEqualTo(p.words());
      for (String side : List.of("left", "right")) {
        ReusedPassage.Location at = side.equals("left") ? p.left() : p.right();
        JsonNode o = row.get(side);
        assertThat(o.get("file").asText()).isEqualTo(index.documents().get(at.document()).path());
        assertThat(o.get("firstParagraph").asInt()).isEqualTo(at.firstParagraph());
        assertThat(o.get("lastParagraph").asInt()).isEqualTo(at.lastParagraph());
        assertThat(o.get("firstWord").asInt()).isEqualTo(at.firstWord());
        assertThat(o.get("endWord").asInt()).isEqualTo(at.endWord());
        assertThat(o.get("text").asText()).isEqualTo(at.text());
      }
    }
    assertThat(
            run("reuse", corpus.toString(), dir.resolve("r2").toString(), "--min-words", "3")
                .status())
        .isEqualTo(2);
  }
}
