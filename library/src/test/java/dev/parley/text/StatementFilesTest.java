package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of statements, and the word counts made from it. */
final class StatementFilesTest {

  @Test
  void findsTextFilesAtAnyDepthInPathOrderAndCountsTheirWords(@TempDir Path folder)
      throws Exception {
    Files.createDirectories(folder.resolve("2006"));
    Files.writeString(
        folder.resolve("2006/KAZ.txt"), "We support the Treaty.\n\nThe Treaty matters.");
    Files.writeString(folder.resolve("a.txt"), "Peace and the Treaty.");
    Files.writeString(folder.resolve("notes.md"), "not a statement");
    Files.write(folder.resolve("b.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 9});
    List<Path> files = StatementFiles.of(folder);
    assertThat(files)
        .containsExactly(
            folder.resolve("2006/KAZ.txt"), folder.resolve("a.txt"), folder.resolve("b.txt"));

    List<String> skipped = new CopyOnWriteArrayList<>();
    TermStatistics counts = TermStatistics.count(files, skipped::add);
    assertThat(skipped).singleElement().asString().contains("b.txt");
    assertThat(counts.documentCount()).isEqualTo(2);
    assertThat(counts.documentFrequency("treaty")).isEqualTo(2);
    assertThat(counts.collectionFrequency("treaty")).isEqualTo(3);
    assertThat(counts.documentFrequency("peace")).isEqualTo(1);
  }

  @Test
  void aMissingFolderOrAFileIsRefusedWithItsName(@TempDir Path folder) throws Exception {
    Path file = Files.writeString(folder.resolve("x.txt"), "text", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> StatementFiles.of(folder.resolve("none")))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageContaining("none")
        .hasMessageContaining("no such folder");
    assertThatThrownBy(() -> StatementFiles.of(file))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageContaining("is not a folder");
  }
}
