package dev.parley.cli;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command on input no statement should be, as a new user would try it: each case either works
 * or ends with exit status 1 and one line naming the file and the problem; never a stack trace. A
 * timeout fails a case that hangs.
 */
@Tag("slow")
final class PathologicalInputTest {

  private static Path dir;
  private static Path seed;

  /** A plain paragraph whose words all survive normalisation. */
  private static final String PARAGRAPH =
      "Kazakhstan has consistently opposed and condemned terrorism in all its forms and"
          + " manifestations; no one country is able to counter the threat on its own.";

  /** An input, and the one line the CLI prints for it, or null when it is read. */
  record Case(String name, Path file, String error) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Case> CASES = new ArrayList<>();

  private static void writeInputs() throws IOException, InterruptedException {
    seed = dir.resolve("seed.txt");
    try (InputStream in =
        PathologicalInputTest.class.getResourceAsStream("/kazakhstan-general-debate-2007.txt")) {
      Files.write(seed, in.readAllBytes());
    }
    Path missing = dir.resolve("missing.txt");
    add("missing file", missing, "no such file");
    Path folder = Files.createDirectory(dir.resolve("folder"));
    add("folder", folder, "is a folder, not a file");
    add("unreadable file", unreadable(), "cannot be read (");
    Path pipe = dir.resolve("pipe");
    if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0) {
      add("named pipe", pipe, "not a regular file (a pipe, socket or device)");
    }
    add(
        "binary data",
        Files.write(dir.resolve("report.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 0}),
        "binary data (NUL bytes), not text");
    add("empty file", Files.write(dir.resolve("empty.txt"), new byte[0]), "empty file");
    add(
        "whitespace only",
        Files.writeString(dir.resolve("blank.txt"), " \r\n\t\n  \n"),
        "holds only whitespace");
    add(
        "invalid UTF-8",
        Files.write(
            dir.resolve("invalid-utf8.txt"),
            concat(PARAGRAPH.getBytes(UTF_8), new byte[] {' ', (byte) 0xC3, '(', ' ', '.'})),
        null);
    add(
        "Latin-1",
        Files.write(
            dir.resolve("latin1.txt"),
            ("Côte d'Ivoire salue la Société des Nations. " + PARAGRAPH).getBytes("ISO-8859-1")),
        null);
    add(
        "UTF-16 with BOM",
        Files.write(dir.resolve("utf16.txt"), (PARAGRAPH + "\r\n").getBytes(UTF_16)),
        null);
    StringBuilder fifty = new StringBuilder(52 << 20);
    for (int n = 1; fifty.length() < 50_000_000; n++) {
      fifty.append('(').append(n).append(") ").append((PARAGRAPH + " ").repeat(12)).append("\n\n");
    }
    // Over the command line's 10 MB a statement: refused at once, not worked on for minutes.
    add(
        "50 MB file",
        Files.writeString(dir.resolve("fifty.txt"), fifty),
        "too large: 50.0 MB, over the limit of 10.0 MB");
    add(
        "one 1 MB paragraph",
        Files.writeString(dir.resolve("one-paragraph.txt"), (PARAGRAPH + " ").repeat(6_500)),
        null);
    StringBuilder words = new StringBuilder();
    String[] vocabulary = {"Peace.", "Security.", "Development.", "Justice.", "Dialogue."};
    for (int i = 0; i < 100_000; i++) {
      words.append(vocabulary[i % vocabulary.length]).append("\n\n");
    }
    add("100,000 one-word paragraphs", Files.writeString(dir.resolve("words.txt"), words), null);
    add(
        "one line repeated 100,000 times",
        Files.writeString(
            dir.resolve("repeated.txt"),
            "We reaffirm our commitment to the purposes and principles of the Charter.\n"
                .repeat(100_000)),
        null);
  }

  private static void add(String name, Path file, String error) {
    CASES.add(new Case(name, file, error));
  }

  /**
   * A file its reader may not read; as root, who reads any file, a file whose reading fails all the
   * same.
   */
  private static Path unreadable() throws IOException {
    Path file = Files.writeString(dir.resolve("unreadable.txt"), PARAGRAPH);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    if (Files.isReadable(file)) {
      return Path.of("/proc/self/mem");
    }
    return file;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static Stream<Arguments> cases() throws IOException, InterruptedException {
    writeInputsOnce();
    return CASES.stream()
        .flatMap(
            c ->
                Stream.of("normalize", "compare", "score", "history")
                    .map(command -> Arguments.of(command, c)));
  }

  /** The inputs are written once, into a folder deleted when the tests' JVM exits. */
  private static void writeInputsOnce() throws IOException, InterruptedException {
    if (dir == null) {
      dir = Files.createTempDirectory("parley-pathological");
      writeInputs();
      Runtime.getRuntime().addShutdownHook(new Thread(PathologicalInputTest::deleteInputs));
    }
  }

  private static void deleteInputs() {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void worksOrFailsWithOneLine(String command, Case c) throws IOException {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    if (!command.equals("score")) {
      args.addAll(List.of("--format", "json"));
    }
    args.add(c.file().toString());
    if (!command.equals("normalize")) {
      args.add(seed.toString()); // the input on the left, a real statement on the right
    }
    NormalizeCommandTest.Run r = NormalizeCommandTest.run(args.toArray(String[]::new));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    if (c.error() != null) {
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().lines())
          .singleElement()
          .asString()
          .startsWith("parley: " + c.file() + ": " + c.error());
      return;
    }
    assertThat(r.status()).as(r.err()).isZero();
    r.err()
        .lines()
        .forEach(line -> assertThat(line).startsWith("parley: warning: " + c.file() + ": "));
    switch (command) {
      case "normalize" -> assertNoTextLost(c, Json.MAPPER.readTree(r.out()));
      case "compare" -> {
        JsonNode links = Json.MAPPER.readTree(r.out()).get("links");
        assertThat(links.size()).isPositive();
      }
      case "history" -> {
        JsonNode history = Json.MAPPER.readTree(r.out());
        assertThat(history.get("versions")).hasSize(2);
        assertThat(history.get("lineages").size()).isPositive();
      }
      default -> assertThat(r.out()).contains("similarity");
    }
  }

  /** Every word of the input is in a paragraph or in what was removed, in order. */
  private static void assertNoTextLost(Case c, JsonNode statement) throws IOException {
    String original =
        c.name().equals("invalid UTF-8") || c.name().equals("Latin-1")
            ? new String(Files.readAllBytes(c.file()), "windows-1252")
            : Files.readString(c.file(), c.name().startsWith("UTF-16") ? UTF_16 : UTF_8);
    StringBuilder kept = new StringBuilder();
    for (JsonNode p : statement.get("paragraphs")) {
      kept.append(p.get("text").asText()).append(' ');
    }
    for (JsonNode removed : statement.get("removed")) {
      kept.append(removed.get("text").asText()).append(' ');
    }
    assertThat(words(kept.toString())).isEqualTo(words(original));
  }

  private static long words(String text) {
    return text.codePoints().filter(Character::isLetter).count();
  }
}
