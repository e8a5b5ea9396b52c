package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole outputs held against files reviewed by a person: each case under {@code golden/} holds its
 * inputs and what {@code compare} (versions and delegations) or {@code history} prints for them, as
 * JSON, as the text report and, for versions, as the HTML page. A change of behaviour shows as a
 * diff of these files. After a deliberate change, regenerate them and read the diff before
 * committing:
 *
 * <pre>
 * PARLEY_GOLDEN_UPDATE=1 mvn -B -q test -pl cli -Dtest=GoldenFilesTest
 * </pre>
 */
final class GoldenFilesTest {

  private static final Path SOURCES = Path.of("src/test/resources/golden");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "versions/expected.json",
        "versions/expected.txt",
        "versions/expected.html",
        "delegations/expected.json",
        "delegations/expected.txt",
        "history/expected.json",
        "history/expected.txt"
      })
  void outputMatchesItsGoldenFile(String golden) throws IOException {
    String kase = golden.substring(0, golden.indexOf('/'));
    String format = golden.substring(golden.lastIndexOf('.') + 1);
    List<String> args = new ArrayList<>();
    List<String> inputs =
        switch (kase) {
          case "versions", "delegations" -> List.of("left.txt", "right.txt");
          default -> List.of("v0.txt", "v1.txt", "v2.txt", "v3.txt");
        };
    args.add(kase.equals("history") ? "history" : "compare");
    // Words alone: a meaning model's floats may differ in their last digits from one processor to
    // another, and these files are compared to the character (CompareCommandTest covers meaning).
    args.addAll(List.of("--meaning", "off"));
    if (kase.equals("delegations")) {
      args.addAll(List.of("--mode", "delegations"));
    }
    Path output = dir.resolve("out." + format);
    args.addAll(
        List.of("--format", format.equals("txt") ? "text" : format, "--output", output.toString()));
    for (String input : inputs) {
      args.add(copy(kase, input).toString());
    }
    NormalizeCommandTest.Run r = NormalizeCommandTest.run(args.toArray(String[]::new));
    assertThat(r.status()).as(r.err()).isZero();
    // The inputs' folder changes from run to run; the golden files name the inputs alone.
    String actual =
        Files.readString(output, StandardCharsets.UTF_8).replace(dir.toString() + "/", "");

    if (update()) {
      Files.writeString(SOURCES.resolve(golden), actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = getClass().getResourceAsStream("/golden/" + golden)) {
      assertThat(in)
          .as("golden file %s (generate it with PARLEY_GOLDEN_UPDATE=1)", golden)
          .isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (format.equals("json")) {
      assertThat(Json.MAPPER.readTree(actual)).isEqualTo(Json.MAPPER.readTree(expected));
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  private static boolean update() {
    return "1".equals(System.getenv("PARLEY_GOLDEN_UPDATE"))
        || Boolean.getBoolean("parley.golden.update");
  }

  private Path copy(String kase, String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/golden/" + kase + "/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }
}
