package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley corpus index | similar | reuse}: output, formats, exit statuses, errors. */
final class CorpusCommandTest {

  private static final String[] FILES = {
    "1996/PLW_51_1996.txt", "1996/UZB_51_1996.txt", "2019/CHE_74_2019.txt",
    "2019/ERI_74_2019.txt", "2019/JOR_74_2019.txt", "2019/RWA_74_2019.txt",
    "2020/DNK_75_2020.txt", "2020/ERI_75_2020.txt", "2020/RWA_75_2020.txt"
  };

  @TempDir static Path dir;
  static Path corpus;
  static Path index;

  /** Runs the command line in this JVM, as the other command tests do. */
  static NormalizeCommandTest.Run run(String... args) {
    return NormalizeCommandTest.run(args);
  }

  @BeforeAll
  static void index() throws IOException {
    corpus = dir.resolve("corpus");
    for (String f : FILES) {
      Path target = corpus.resolve(f);
      Files.createDirectories(target.getParent());
      try (InputStream in = CorpusCommandTest.class.getResourceAsStream("/corpus/" + f)) {
        Files.write(target, in.readAllBytes());
      }
    }
    index = dir.resolve("corpus.parley-index");
    NormalizeCommandTest.Run r =
        run("corpus", "index", corpus.toString(), "--output", index.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).startsWith("parley: indexed 9 statements").doesNotContain("\r");
    assertThat(index).isRegularFile();
  }

  /** {@code parley vectors} trains word vectors on a folder and writes what the library reads. */
  @Test
  void vectorsAreTrainedOnAFolderAndReadBack() throws IOException {
    Path out = dir.resolve("vectors.bin.gz");
    NormalizeCommandTest.Run r =
        run(
            "vectors",
            corpus.toString(),
            "--output",
            out.toString(),
            "--words",
            "50",
            "--dimensions",
            "8");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err())
        .startsWith("parley: trained 50 word vectors of 8 dimensions on 9 files in ")
        .endsWith("; wrote " + out + System.lineSeparator());
    dev.parley.similarity.WordVectors back = dev.parley.similarity.WordVectors.read(out);
    assertThat(back.size()).isEqualTo(50);
    assertThat(back.similarity("united", "united")).isEqualTo(1.0);

    NormalizeCommandTest.Run usage =
        run("vectors", corpus.toString(), "--output", out.toString(), "--dimensions", "0");
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err().strip())
        .isEqualTo("parley: --words must be 2 to 1000000 and --dimensions 1 to 1024");

    Path few = dir.resolve("few");
    Files.createDirectories(few);
    Files.writeString(few.resolve("short.txt"), "Peace and security for all.");
    Path none = dir.resolve("none.bin");
    NormalizeCommandTest.Run tooFew = run("vectors", few.toString(), "--output", none.toString());
    assertThat(tooFew.status()).isEqualTo(1);
    assertThat(tooFew.err().strip())
        .startsWith("parley: " + few + ": too few words to train vectors on");
    assertThat(none).doesNotExist();
  }

  @Test
  void similarPrintsOneJsonLinePerStatement() throws IOException {
    NormalizeCommandTest.Run r = run("corpus", "similar", index.toString(), "--top", "2");
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(9);
    JsonNode eritrea = Json.MAPPER.readTree(lines.get(3));
    assertThat(eritrea.get("file").asText()).isEqualTo("2019/ERI_74_2019.txt");
    assertThat(eritrea.get("delegation").asText()).isEqualTo("ERI");
    assertThat(eritrea.get("year").asInt()).isEqualTo(2019);
    assertThat(eritrea.get("nearest")).hasSize(2);
    assertThat(eritrea.get("nearest").get(0).get("file").asText())
        .isEqualTo("2020/ERI_75_2020.txt");
    assertThat(eritrea.get("nearest").get(0).get("similarity").asDouble()).isBetween(0.1, 1.0);
  }

  @Test
  void similarToOneFileAsCsv() {
    Path rwanda = corpus.resolve("2020/RWA_75_2020.txt");
    NormalizeCommandTest.Run r =
        run(
            "corpus",
            "similar",
            index.toString(),
            "--to",
            rwanda.toString(),
            "--top",
            "2",
            "--format",
            "csv");
    assertThat(r.status()).isZero();
    // A statement of the index is not its own neighbour: Rwanda's 2019 statement comes first.
    assertThat(r.out().lines())
        .hasSize(3)
        .doesNotContain(rwanda + ",1,2020/RWA_75_2020.txt,1.0000");
    assertThat(r.out().lines().toList().get(1)).startsWith(rwanda + ",1,2019/RWA_74_2019.txt,");
    // A copy outside the index finds the indexed statement first, whole.
    Path copy = dir.resolve("rwanda-copy.txt");
    try {
      Files.copy(rwanda, copy);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    NormalizeCommandTest.Run outside =
        run("corpus", "similar", index.toString(), "--to", copy.toString(), "--format", "csv");
    assertThat(outside.out().lines().toList().get(0))
        .isEqualTo("file,rank,neighbour,similarity,shared");
    // The last column: the words that say what the two share, most telling first.
    assertThat(outside.out().lines().toList().get(1))
        .startsWith(copy + ",1,2020/RWA_75_2020.txt,1.0000,")
        .contains("covid");
  }

  @Test
  void reuseReportsBothLocationsAsJsonLinesOrCsv() throws IOException {
    NormalizeCommandTest.Run r = run("corpus", "reuse", index.toString(), "--min-words", "25");
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).isNotEmpty();
    JsonNode first = Json.MAPPER.readTree(lines.get(0));
    assertThat(first.get("words").asInt()).isGreaterThanOrEqualTo(25);
    assertThat(first.get("left").get("file").asText()).isEqualTo("2019/ERI_74_2019.txt");
    assertThat(first.get("right").get("file").asText()).isEqualTo("2020/ERI_75_2020.txt");
    assertThat(first.get("left").get("text").asText()).isNotBlank();
    assertThat(first.get("right").has("firstParagraph")).isTrue();
    assertThat(r.err().strip()).isEqualTo("parley: " + lines.size() + " reused passages");

    NormalizeCommandTest.Run csv =
        run("corpus", "reuse", index.toString(), "--min-words", "25", "--format", "csv");
    assertThat(csv.out().lines().toList().get(0)).startsWith("words,left_file,");
    assertThat(csv.out().lines()).hasSize(lines.size() + 1);
  }

  @Test
  void badInputAndUsageGetOneLineAndTheRightStatus() throws IOException {
    NormalizeCommandTest.Run missing = run("corpus", "similar", dir.resolve("nope.idx").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err().lines())
        .containsExactly("parley: " + dir.resolve("nope.idx") + ": no such file");

    Path text = Files.writeString(dir.resolve("speech.txt"), "Mr. President, a speech.");
    NormalizeCommandTest.Run notIndex = run("corpus", "reuse", text.toString());
    assertThat(notIndex.status()).isEqualTo(1);
    assertThat(notIndex.err().lines())
        .singleElement()
        .asString()
        .startsWith("parley: " + text + ": not a Parley corpus index");

    NormalizeCommandTest.Run noFolder =
        run(
            "corpus",
            "index",
            dir.resolve("none").toString(),
            "--output",
            dir.resolve("x.idx").toString());
    assertThat(noFolder.status()).isEqualTo(1);
    assertThat(noFolder.err().lines())
        .containsExactly("parley: " + dir.resolve("none") + ": no such folder");

    NormalizeCommandTest.Run unwritable =
        run(
            "corpus",
            "index",
            corpus.toString(),
            "--output",
            dir.resolve("no/such/dir/x.idx").toString());
    assertThat(unwritable.status()).isEqualTo(1);
    assertThat(unwritable.err().lines().filter(l -> l.contains("cannot be written"))).hasSize(1);

    assertThat(run("corpus", "reuse", index.toString(), "--min-words", "3").status()).isEqualTo(2);
    assertThat(run("corpus", "similar", index.toString(), "--top", "0").status()).isEqualTo(2);
    assertThat(run("corpus", "similar", index.toString(), "--format", "xml").status()).isEqualTo(2);
    assertThat(run("corpus").status()).isEqualTo(2);
  }

  @Test
  void csvFieldsWithCommasAndQuotesAreQuoted() {
    assertThat(CorpusCommand.Csv.row("a", "b,c", "say \"no\"", "line\nbreak"))
        .isEqualTo("a,\"b,c\",\"say \"\"no\"\"\",\"line\nbreak\"");
  }

  @Test
  void addPutsNewStatementsIntoAnExistingIndex() throws IOException {
    Path older = dir.resolve("older");
    for (String f : FILES) {
      if (!f.startsWith("2020/")) {
        Path to = older.resolve(f);
        Files.createDirectories(to.getParent());
        Files.copy(corpus.resolve(f), to);
      }
    }
    Path grown = dir.resolve("grown.parley-index");
    assertThat(run("corpus", "index", older.toString(), "--output", grown.toString()).status())
        .isZero();
    Path year = corpus.resolve("2020");
    NormalizeCommandTest.Run r =
        run(
            "corpus",
            "add",
            grown.toString(),
            year.resolve("DNK_75_2020.txt").toString(),
            year.resolve("ERI_75_2020.txt").toString(),
            year.resolve("RWA_75_2020.txt").toString(),
            year.resolve("ERI_75_2020.txt").toString());
    assertThat(r.status()).as("a file left out is an error").isEqualTo(1);
    // Named as the indexed statements are, relative to the folder indexed, whichever way given.
    assertThat(r.err())
        .contains("parley: skipped ../corpus/2020/ERI_75_2020.txt: already in the index")
        .contains("parley: added 3 statements; " + grown + " holds 9");
    NormalizeCommandTest.Run again =
        run(
            "corpus",
            "add",
            grown.toString(),
            older.resolve("../corpus/2020/DNK_75_2020.txt").toString());
    assertThat(again.err())
        .contains("parley: skipped ../corpus/2020/DNK_75_2020.txt: already in the index");
    NormalizeCommandTest.Run similar = run("corpus", "similar", grown.toString(), "--top", "1");
    assertThat(similar.out().lines()).hasSize(9);
    assertThat(similar.out())
        .contains("{\"file\":\"2019/ERI_74_2019.txt\"")
        .contains("{\"file\":\"../corpus/2020/ERI_75_2020.txt\"")
        .doesNotContain("\"file\":\"" + dir);
    // Eritrea's 2020 statement, added, finds its 2019 one, indexed before.
    assertThat(similar.out())
        .containsPattern("\\{\"file\":\"[^\"]*ERI_75_2020.txt\"[^\\n]*ERI_74_2019.txt");
    assertThat(run("corpus", "add", grown.toString()).status()).isEqualTo(2);
    assertThat(
            run(
                    "corpus",
                    "add",
                    dir.resolve("none.parley-index").toString(),
                    year.resolve("DNK_75_2020.txt").toString())
                .status())
        .isEqualTo(1);
  }
}
