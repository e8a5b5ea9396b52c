package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley history} as docs/CLI-CONTRACT.md states it. */
final class HistoryCommandTest {

  @TempDir Path dir;
  Path folder;
  List<Path> versions = new ArrayList<>();

  /**
   * Four versions of Kazakhstan's 2006 statement: as delivered; paragraph 6 dropped; a sentence
   * added to paragraph 2; paragraph 6 back, with a sentence more.
   */
  @BeforeEach
  void draftVersions() throws IOException {
    folder = Files.createDirectories(dir.resolve("drafts"));
    byte[] raw;
    try (var in = getClass().getResourceAsStream("/kazakhstan-general-debate-2006.txt")) {
      raw = in.readAllBytes();
    }
    Statement s = Normalizer.defaults().normalize("kaz", raw);
    List<String> v0 = new ArrayList<>(s.paragraphs().stream().map(Paragraph::text).toList());
    List<String> v1 = new ArrayList<>(v0);
    String dropped = v1.remove(6);
    List<String> v2 = new ArrayList<>(v1);
    v2.set(2, v2.get(2) + " We will keep to that course.");
    List<String> v3 = new ArrayList<>(v2);
    v3.add(6, dropped + " We stand ready to contribute to that work.");
    int k = 0;
    for (List<String> v : List.of(v0, v1, v2, v3)) {
      versions.add(
          Files.writeString(folder.resolve("draft-" + (k++) + ".txt"), String.join("\n\n", v)));
    }
  }

  private String[] args(String... options) {
    List<String> all = new ArrayList<>(List.of("history"));
    all.addAll(List.of(options));
    versions.forEach(p -> all.add(p.toString()));
    return all.toArray(String[]::new);
  }

  @Test
  void jsonHasVersionsLinksLineagesAndPhrasesAsTheContractSays() throws IOException {
    NormalizeCommandTest.Run r = NormalizeCommandTest.run(args("--format", "json"));
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode root = Json.MAPPER.readTree(r.out());
    assertThat(root.get("versions")).hasSize(4);
    JsonNode v0 = root.get("versions").get(0);
    assertThat(v0.get("file").asText()).isEqualTo(versions.get(0).toString());
    assertThat(v0.get("metadata").isObject()).isTrue();
    JsonNode p = v0.get("paragraphs").get(0);
    assertThat(p.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("index", "kind", "text", "start", "end");

    boolean restored = false;
    for (JsonNode link : root.get("links")) {
      assertThat(link.get("type").asText())
          .isIn("match", "split", "merge", "move", "partial", "restore");
      int from = link.get("from").get("version").asInt();
      int to = link.get("to").get("version").asInt();
      assertThat(to).isGreaterThan(from);
      assertThat(link.get("score").asDouble()).isBetween(0.0, 1.0);
      assertThat(link.get("diff").isArray()).isTrue();
      assertThat(link.get("sentences").isArray()).isTrue();
      if (link.get("type").asText().equals("restore")) {
        restored = true;
        assertThat(from).isZero();
        assertThat(to).isEqualTo(3);
        assertThat(link.get("from").get("paragraph").asInt()).isEqualTo(6);
        assertThat(link.get("to").get("paragraph").asInt()).isEqualTo(6);
      } else {
        assertThat(to).isEqualTo(from + 1);
      }
    }
    assertThat(restored).isTrue();

    Set<String> members = new HashSet<>();
    for (JsonNode lineage : root.get("lineages")) {
      assertThat(lineage.get("id").asInt()).isNotNegative();
      for (JsonNode m : lineage.get("members")) {
        assertThat(members.add(m.get("version").asInt() + ":" + m.get("paragraph").asInt()))
            .isTrue();
      }
      assertThat(lineage.get("first").asInt())
          .isEqualTo(lineage.get("members").get(0).get("version").asInt());
    }
    int paragraphs = 0;
    for (JsonNode v : root.get("versions")) {
      paragraphs += v.get("paragraphs").size();
    }
    assertThat(members).hasSize(paragraphs);

    assertThat(root.get("phrases")).isNotEmpty();
    boolean returned = false;
    for (JsonNode phrase : root.get("phrases")) {
      assertThat(phrase.get("text").asText()).isNotBlank();
      assertThat(phrase.has("dropped")).isTrue();
      JsonNode held = phrase.get("versions");
      assertThat(phrase.get("introduced").asInt()).isEqualTo(held.get(0).asInt());
      if (held.size() == 2 && held.get(0).asInt() == 0 && held.get(1).asInt() == 3) {
        returned = true;
        assertThat(phrase.get("dropped").isNull()).isTrue();
      }
    }
    assertThat(returned).as("a phrase of the restored paragraph, in v0 and v3").isTrue();
  }

  @Test
  void textReportFollowsLineagesAndAFolderGivesItsFilesInNameOrder() {
    NormalizeCommandTest.Run r = NormalizeCommandTest.run("history", folder.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("history of 4 versions, oldest first")
        .contains("v0: " + versions.get(0))
        .contains("v3: " + versions.get(3))
        .contains("absent from v1–v2")
        .contains("v3 ¶ 7 returns (restored from v0 ¶ 7)")
        .contains("{+ We will keep to that course.+}")
        .contains("phrases two or more versions share");
  }

  @Test
  void htmlIsOneSelfContainedPage() throws IOException {
    Path out = dir.resolve("history.html");
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run(args("--format", "html", "--output", out.toString()));
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out))
        .startsWith("<!DOCTYPE html>")
        .endsWith("</html>\n")
        .contains("<svg id=\"series\"")
        .contains("class=\"stream restore\"")
        .contains("<ins> We will keep to that course.</ins>")
        .doesNotContain("<script src")
        .doesNotContain("<link rel=\"stylesheet\"");
  }

  @Test
  void fewerThanTwoVersionsIsWrongUsageAndAMissingVersionIsNamed() throws IOException {
    NormalizeCommandTest.Run one = NormalizeCommandTest.run("history", versions.get(0).toString());
    assertThat(one.status()).isEqualTo(2);
    assertThat(one.err()).contains("at least two versions");

    Path lonely = Files.createDirectories(dir.resolve("lonely"));
    Files.copy(versions.get(0), lonely.resolve("only.txt"));
    NormalizeCommandTest.Run folderOfOne = NormalizeCommandTest.run("history", lonely.toString());
    assertThat(folderOfOne.status()).isEqualTo(2);
    assertThat(folderOfOne.err()).contains(lonely.toString()).contains("1 .txt file");

    Path missing = dir.resolve("draft-9.txt");
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run(
            "history", versions.get(0).toString(), missing.toString(), versions.get(1).toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("parley: " + missing + ": no such file");

    NormalizeCommandTest.Run twice =
        NormalizeCommandTest.run(
            "history", "--format", "json", versions.get(0).toString(), versions.get(0).toString());
    assertThat(twice.status()).isZero();
  }
}
