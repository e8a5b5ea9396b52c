package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley score} as docs/CLI-CONTRACT.md states it. */
final class ScoreCommandTest {

  @TempDir Path dir;
  Path kaz;
  Path kgz;
  Path seed;

  @BeforeEach
  void copySeeds() throws IOException {
    kaz = copy("kazakhstan-general-debate-2006.txt");
    kgz = copy("kyrgyzstan-general-debate-2006.txt");
    seed = copy("kazakhstan-sixth-committee-terrorism.txt");
  }

  private Path copy(String name) throws IOException {
    Path target = dir.resolve(name);
    try (var in = getClass().getResourceAsStream("/" + name)) {
      Files.write(target, in.readAllBytes());
    }
    return target;
  }

  @Test
  void jsonForOnePairHasTheContractsFields() throws IOException {
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run("score", "--format", "json", kaz.toString(), kgz.toString());
    assertThat(r.status()).isZero();
    JsonNode o = Json.MAPPER.readTree(r.out());
    assertThat(o.get("left").asText()).isEqualTo(kaz.toString());
    assertThat(o.get("right").asText()).isEqualTo(kgz.toString());
    double similarity = o.get("similarity").asDouble();
    assertThat(similarity).isBetween(0.0, 1.0);
    assertThat(o.get("measures").get("phrasing").asDouble()).isEqualTo(similarity);
    assertThat(o.get("measures").size()).isEqualTo(9);
    o.get("measures").forEach(m -> assertThat(m.asDouble()).isBetween(0.0, 1.0));
    for (JsonNode p : o.get("sharedPhrases")) {
      assertThat(p.get("text").asText()).isNotBlank();
      assertThat(p.get("left").get("paragraph").isInt()).isTrue();
      assertThat(p.get("right").get("end").asInt())
          .isGreaterThan(p.get("right").get("start").asInt());
    }
    JsonNode reversed =
        Json.MAPPER.readTree(
            NormalizeCommandTest.run("score", "--format", "json", kgz.toString(), kaz.toString())
                .out());
    assertThat(reversed.get("similarity").asDouble()).isEqualTo(similarity);
  }

  @Test
  void identicalStatementsScoreOne() throws IOException {
    JsonNode o =
        Json.MAPPER.readTree(
            NormalizeCommandTest.run("score", "--format", "json", kaz.toString(), kaz.toString())
                .out());
    assertThat(o.get("similarity").asDouble()).isEqualTo(1.0);
  }

  @Test
  void textReportNamesTheSharedPhrases() {
    NormalizeCommandTest.Run r = NormalizeCommandTest.run("score", seed.toString(), kgz.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out())
        // The scale said once, beside the score.
        .containsPattern(
            "phrasing similarity 0\\.\\d\\d \\(1 is the same wording, about 0 two unrelated")
        // Shared phrases by paragraph, counted from 1.
        .containsPattern("¶ \\d+ / \\d+  Global Counter-Terrorism Strategy");
  }

  @Test
  void pairsPrintOneObjectPerLineInOrderAndReportBadLines() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("lists"));
    Path tsv = sub.resolve("pairs.tsv");
    Files.writeString(
        tsv,
        String.join(
            "\n",
            "a\t../kazakhstan-general-debate-2006.txt\t../kyrgyzstan-general-debate-2006.txt",
            "",
            "b\tx\t" + kaz.toAbsolutePath() + "\t../kazakhstan-general-debate-2006.txt",
            "c\t../missing.txt\t../kyrgyzstan-general-debate-2006.txt",
            "only-one-field"));
    NormalizeCommandTest.Run r = NormalizeCommandTest.run("score", "--pairs", tsv.toString());
    assertThat(r.status()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4);
    JsonNode first = Json.MAPPER.readTree(lines.get(0));
    assertThat(first.get("left").asText()).isEqualTo("../kazakhstan-general-debate-2006.txt");
    assertThat(first.get("similarity").asDouble()).isBetween(0.0, 1.0);
    assertThat(first.get("measures").get("phrasing").asDouble())
        .isEqualTo(first.get("similarity").asDouble());
    assertThat(Json.MAPPER.readTree(lines.get(1)).get("similarity").asDouble()).isEqualTo(1.0);
    JsonNode missing = Json.MAPPER.readTree(lines.get(2));
    assertThat(missing.has("similarity")).isFalse();
    assertThat(missing.get("error").asText()).isEqualTo("../missing.txt: no such file");
    assertThat(Json.MAPPER.readTree(lines.get(3)).get("error").asText())
        .endsWith("line 5: needs two tab-separated paths");
  }

  @Test
  void wrongUsageExitsWithTwo() {
    assertThat(NormalizeCommandTest.run("score", kaz.toString()).status()).isEqualTo(2);
    assertThat(NormalizeCommandTest.run("score", "--pairs", "x.tsv", kaz.toString()).status())
        .isEqualTo(2);
    assertThat(
            NormalizeCommandTest.run("score", "--format", "html", kaz.toString(), kgz.toString())
                .status())
        .isEqualTo(2);
  }

  @Test
  void missingInputsExitWithOne() {
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run("score", kaz.toString(), dir.resolve("nope.txt").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("parley: " + dir.resolve("nope.txt") + ": no such file");
    assertThat(
            NormalizeCommandTest.run("score", "--pairs", dir.resolve("none.tsv").toString())
                .status())
        .isEqualTo(1);
  }
}
