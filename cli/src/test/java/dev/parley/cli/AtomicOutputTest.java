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

  /**
   * A disk that fills up while {@code corpus add} writes: the process may write no file larger than
   * the old index ({@code ulimit -f}, the file-size limit a full disk amounts to here), so the new,
   * larger index cannot be written whole. The index is left as it was, loadable, nothing
   * half-written is left beside it or in the temporary folder, and one line says so.
   */
  @Test
  void aDiskFillingUpWhileAnIndexIsWrittenLeavesTheOldIndexAndSaysSo() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
    Path existing = index("full");
    byte[] before = Files.readAllBytes(existing);
    List<String> more = new java.util.ArrayList<>();
    for (String f :
        List.of(
            "1996/PLW_51_1996.txt",
            "1996/UZB_51_1996.txt",
            "2019/JOR_74_2019.txt",
            "2019/RWA_74_2019.txt",
            "2020/DNK_75_2020.txt",
            "2020/RWA_75_2020.txt")) {
      Path target = dir.resolve("more").resolve(f);
      Files.createDirectories(target.getParent());
      try (var in = getClass().getResourceAsStream("/corpus/" + f)) {
        Files.write(target, in.readAllBytes());
      }
      more.add(target.toString());
    }
    Path temporary = Files.createDirectories(dir.resolve("tmp"));
    long limitKb = before.length / 1024 + 8;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    StringBuilder command =
        new StringBuilder("ulimit -f " + limitKb + " && exec '" + java + "' -Xshare:off");
    for (String a :
        List.of(
            "-Djava.io.tmpdir=" + temporary,
            "-cp",
            System.getProperty("java.class.path"),
            ParleyCommand.class.getName(),
            "corpus",
            "add",
            existing.toString())) {
      command.append(" '").append(a).append('\'');
    }
    for (String m : more) {
      command.append(" '").append(m).append('\'');
    }
    Process p = new ProcessBuilder("/bin/bash", "-c", command.toString()).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(1);
    assertThat(err.lines())
        .singleElement()
        .asString()
        .startsWith("parley: ")
        .contains("cannot be written (File too large)")
        .endsWith(existing + " is as it was, with its 3 statements; none added");
    assertThat(Files.readAllBytes(existing)).isEqualTo(before);
    NormalizeCommandTest.Run r = NormalizeCommandTest.run("corpus", "similar", existing.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(3);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
    try (Stream<Path> files = Files.walk(temporary)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }
}
