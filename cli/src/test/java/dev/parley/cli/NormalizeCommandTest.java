package dev.parley.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley normalize} as docs/CLI-CONTRACT.md states it: output, exit statuses, errors. */
final class NormalizeCommandTest {

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ParleyCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  private Path seed() throws IOException {
    Path file = dir.resolve("kazakhstan.txt");
    try (var in = getClass().getResourceAsStream("/kazakhstan-sixth-committee-terrorism.txt")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  // --- the JSON contract

  @Test
  void jsonHasTheContractsFieldsInTheirTypes() throws IOException {
    Path file = seed();
    Run r = run("normalize", "--format", "json", file.toString());
    assertThat(r.status()).isZero();
    JsonNode root = Json.MAPPER.readTree(r.out());
    assertThat(fieldNames(root)).startsWith("source", "metadata", "paragraphs", "removed");
    assertThat(root.get("source").asText()).isEqualTo(file.toString());

    JsonNode m = root.get("metadata");
    assertThat(m.get("speaker").asText()).isEqualTo("Yerzhan Kazykhanov");
    assertThat(m.get("title").asText())
        .isEqualTo("Permanent Representative of the Republic of Kazakhstan to the United Nations");
    assertThat(m.get("delegation").asText()).isEqualTo("Kazakhstan");
    assertThat(m.get("agendaItem").isTextual()).isTrue();
    assertThat(m.get("agendaItem").asText()).isEqualTo("100");
    assertThat(m.get("agendaTitle").asText())
        .isEqualTo("Measures to Eliminate International Terrorism");
    assertThat(m.get("date").asText()).isEqualTo("2020-10-12");

    String original = Files.readString(file, UTF_8);
    JsonNode paragraphs = root.get("paragraphs");
    assertThat(paragraphs.size()).isEqualTo(20);
    for (int i = 0; i < paragraphs.size(); i++) {
      JsonNode p = paragraphs.get(i);
      assertThat(fieldNames(p))
          .containsExactly("index", "kind", "text", "start", "end", "sentences");
      assertThat(p.get("index").asInt()).isEqualTo(i);
      assertThat(p.get("kind").asText()).isIn("heading", "salutation", "body", "closing");
      String source = original.substring(p.get("start").asInt(), p.get("end").asInt());
      assertThat(source.replaceAll("\\s+", " ")).isEqualTo(p.get("text").asText());
      for (JsonNode s : p.get("sentences")) {
        assertThat(fieldNames(s)).containsExactly("text", "start", "end");
        assertThat(
                original
                    .substring(s.get("start").asInt(), s.get("end").asInt())
                    .replaceAll("\\s+", " "))
            .isEqualTo(s.get("text").asText());
      }
    }
    assertThat(paragraphs.get(5).get("kind").asText()).isEqualTo("salutation");
    assertThat(paragraphs.get(5).get("text").asText()).isEqualTo("Mr. Chairman,");
    assertThat(paragraphs.get(19).get("kind").asText()).isEqualTo("closing");

    JsonNode removed = root.get("removed");
    assertThat(removed.get(0).get("kind").asText()).isEqualTo("letterhead");
    assertThat(removed.get(0).get("text").asText()).isEqualTo("305 East 47th Street,");
    for (JsonNode x : removed) {
      assertThat(fieldNames(x)).containsExactly("kind", "text", "start", "end");
      assertThat(original.substring(x.get("start").asInt(), x.get("end").asInt()))
          .isEqualTo(x.get("text").asText());
    }
    assertThat(r.err()).contains("warning").contains("disagrees with the copyright year 2006");
  }

  @Test
  void leavesOutMetadataThatWasNotFound() throws IOException {
    Path file = dir.resolve("plain.txt");
    Files.writeString(file, "We support the Charter.\n\nWe thank you.\n");
    JsonNode root =
        Json.MAPPER.readTree(run("normalize", "--format", "json", file.toString()).out());
    assertThat(root.get("metadata").size()).isZero();
    assertThat(root.get("removed").size()).isZero();
  }

  @Test
  void textFormatIsTheDefaultAndReadable() throws IOException {
    Run r = run("normalize", seed().toString());
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("speaker:     Yerzhan Kazykhanov")
        .contains("¶ 6 salutation")
        .contains("Mr. Chairman,");
  }

  // --- exit statuses and one-line errors

  @Test
  void missingFileExitsWithOneAndOneLine() {
    Run r = run("normalize", dir.resolve("nope.txt").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines())
        .containsExactly("parley: " + dir.resolve("nope.txt") + ": no such file");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void folderExitsWithOne() {
    Run r = run("normalize", dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines()).containsExactly("parley: " + dir + ": is a folder, not a file");
  }

  @Test
  void emptyAndBinaryFilesExitWithOne() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\t\n");
    Path binary = Files.write(dir.resolve("x.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
    assertThat(run("normalize", empty.toString()).err().strip())
        .isEqualTo("parley: " + empty + ": empty file, no text to read");
    assertThat(run("normalize", blank.toString()).err().strip())
        .isEqualTo("parley: " + blank + ": holds only whitespace, no text to read");
    Run r = run("normalize", binary.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().strip())
        .isEqualTo("parley: " + binary + ": binary data (NUL bytes), not text");
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarning() throws IOException {
    Path latin =
        Files.write(
            dir.resolve("latin.txt"),
            "Côte d’Ivoire supports the Charter.".getBytes("windows-1252"));
    Run r = run("normalize", "--format", "json", latin.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err().strip())
        .isEqualTo("parley: warning: " + latin + ": not valid UTF-8; decoded as Windows-1252");
    assertThat(Json.MAPPER.readTree(r.out()).get("paragraphs").get(0).get("text").asText())
        .isEqualTo("Côte d’Ivoire supports the Charter.");
  }

  @Test
  void wrongUsageExitsWithTwo() throws IOException {
    Path file = seed();
    Run unknownFormat = run("normalize", "--format", "xml", file.toString());
    assertThat(unknownFormat.status()).isEqualTo(2);
    assertThat(unknownFormat.err())
        .startsWith("parley: unknown format 'xml' (expected text or json)");
    assertThat(run("normalize").status()).isEqualTo(2);
    assertThat(run("normalize", "--colour", file.toString()).status()).isEqualTo(2);
    assertThat(run("frobnicate").status()).isEqualTo(2);
    assertThat(run().status()).isEqualTo(2);
  }

  @Test
  void neverPrintsAStackTraceWithoutDebug() {
    Run r = run("normalize", dir.resolve("nope.txt").toString());
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void helpAndVersionExitWithZero() {
    assertThat(run("--help").status()).isZero();
    Run version = run("--version");
    assertThat(version.status()).isZero();
    // The Maven project version, written in at build time.
    assertThat(version.out().strip()).matches("parley \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void aDashReadsTheStatementFromStandardInputOnce() throws IOException {
    Path file = seed();
    byte[] bytes = Files.readAllBytes(file);
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(bytes));
      Run fromStdin = run("normalize", "--format", "json", "-");
      assertThat(fromStdin.status()).as(fromStdin.err()).isZero();
      JsonNode root = Json.MAPPER.readTree(fromStdin.out());
      assertThat(root.get("source").asText()).isEqualTo("-");
      JsonNode fromFile =
          Json.MAPPER.readTree(run("normalize", "--format", "json", file.toString()).out());
      assertThat(root.get("paragraphs")).isEqualTo(fromFile.get("paragraphs"));

      System.setIn(new java.io.ByteArrayInputStream(bytes));
      Run compared = run("compare", "--meaning", "off", "-", file.toString());
      assertThat(compared.status()).as(compared.err()).isZero();
      assertThat(compared.out()).contains("phrasing similarity 1.00");

      System.setIn(new java.io.ByteArrayInputStream(bytes));
      Run twice = run("compare", "--meaning", "off", "-", "-");
      assertThat(twice.status()).isEqualTo(2);
      assertThat(twice.err()).startsWith("parley: standard input (-) can be read only once");

      System.setIn(new java.io.ByteArrayInputStream(new byte[0]));
      Run empty = run("normalize", "-");
      assertThat(empty.status()).isEqualTo(1);
      assertThat(empty.err()).startsWith("parley: -: ").doesNotContain("Exception");
    } finally {
      System.setIn(stdin);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
