package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file Parley writes replaces the old one whole or not at all. */
final class AtomicOutputTest {

  @TempDir Path dir;

  private Path index(String name) throws IOException {
    Path corpus = dir.resolve("corpus-" + name);
    for (String f :
        List.of("2019/ERI_74_2019.txt", "2020/ERI_75_2020.txt", "2019/CHE_74_2019.txt")) {
      Path target = corpus.resolve(f);
      Files.createDirectories(target.getParent());
      try (var in = getClass().getResourceAsStream("/corpus/" + f)) {
        Files.write(target, in.readAllBytes());
      }
    }
    Path index = dir.resolve(name + ".parley-index");
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run(
            "corpus", "index", corpus.toString(), "--output", index.toString());
    assertThat(r.status()).as(r.err()).isZero();
    return index;
  }

  @Test
  void anIndexKilledWhileWritingLeavesTheOldIndexLoadable() throws Exception {
    Path existing = index("existing");
    byte[] before = Files.readAllBytes(existing);
    Path other = index("other");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process writer =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledWriter.class.getName(),
                existing.toString(),
                other.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("half written");
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(Files.readAllBytes(existing)).isEqualTo(before);
    NormalizeCommandTest.Run r = NormalizeCommandTest.run("corpus", "similar", existing.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(3);
    // What the killed writer left is a hidden file beside the index, not the index.
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith(".existing.parley-index.") && n.endsWith(".tmp"));
    }
  }

  @Test
  void aReportThatCannotBeWrittenLeavesTheOldFileAndSaysSoInOneLine() throws IOException {
    Path left = dir.resolve("left.txt");
    try (var in = getClass().getResourceAsStream("/kazakhstan-general-debate-2006.txt")) {
      Files.write(left, in.readAllBytes());
    }
    Path report = Files.writeString(dir.resolve("report.txt"), "the old report\n");
    NormalizeCommandTest.Run ok =
        NormalizeCommandTest.run(
            "compare", "--output", report.toString(), left.toString(), left.toString());
    assertThat(ok.status()).isZero();
    assertThat(Files.readString(report)).startsWith("left : ");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }

    Path nowhere = dir.resolve("no-such-folder").resolve("report.txt");
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run(
            "compare", "--output", nowhere.toString(), left.toString(), left.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines())
        .singleElement()
        .asString()
        .startsWith("parley: " + nowhere + ": cannot be written (");
  }
}
