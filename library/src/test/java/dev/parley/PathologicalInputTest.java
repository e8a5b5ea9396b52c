package dev.parley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.diff.DiffOp;
import dev.parley.text.Statement;
import dev.parley.text.UnusableInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input no statement should be, through the API: each case either works in bounded time and memory
 * or fails with the documented exception. A timeout fails a case that hangs.
 */
@Tag("slow")
final class PathologicalInputTest {

  private static final Parley PARLEY = Parley.defaults();

  private static final String PARAGRAPH =
      "Kazakhstan has consistently opposed and condemned terrorism in all its forms and"
          + " manifestations. We recognize that no one country is able to counter the threat of"
          + " terrorism successfully on its own.";

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFiftyMegabyteStatementNormalises() {
    StringBuilder b = new StringBuilder(52 << 20);
    int n = 0;
    while (b.length() < 50_000_000) {
      b.append('(').append(n++).append(") ").append(PARAGRAPH).append("\n\n");
    }
    Statement s = PARLEY.normalize("fifty.txt", b.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(s.paragraphs().size()).isEqualTo(n);
  }

  /** Thousands of different in-line hyphens ("co- operation") once meant a recount for each. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void manyDifferentInLineHyphensNormaliseInOnePass() {
    StringBuilder b = new StringBuilder();
    for (int n = 0; b.length() < 5_000_000; n++) {
      b.append("The co- operation of region")
          .append(Integer.toString(n, 26).replaceAll("[0-9]", "x"))
          .append("- wide partners matters. ")
          .append(PARAGRAPH)
          .append("\n\n");
    }
    Statement s = PARLEY.normalize("hyphens.txt", b.toString());
    assertThat(s.paragraphs()).allSatisfy(p -> assertThat(p.text()).doesNotContain("- "));
  }

  @Test
  void aNamedPipeIsRefusedRatherThanWaitedOn(@TempDir Path dir) throws Exception {
    Path pipe = dir.resolve("pipe");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo");
    assertThatThrownBy(() -> PARLEY.normalize(pipe))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(pipe + ": not a regular file (a pipe, socket or device)");
  }

  @Test
  void filesThatCannotBeReadAreRefusedNamingTheFile(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> PARLEY.normalize(dir.resolve("missing.txt")))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(dir.resolve("missing.txt") + ": no such file");
    assertThatThrownBy(() -> PARLEY.normalize(dir))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(dir + ": is a folder, not a file");
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertThatThrownBy(() -> PARLEY.normalize(empty))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(empty + ": empty file, no text to read");
    Path locked = Files.writeString(dir.resolve("locked.txt"), PARAGRAPH);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    // Root reads any file; a file whose reading fails all the same stands in for it then.
    Path unreadable = Files.isReadable(locked) ? Path.of("/proc/self/mem") : locked;
    assertThatThrownBy(() -> PARLEY.normalize(unreadable))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith(unreadable + ": cannot be read (");
  }

  @Test
  void latin1InvalidUtf8AndUtf16AreRead(@TempDir Path dir) throws Exception {
    Path latin =
        Files.write(
            dir.resolve("latin.txt"), "Côte d'Ivoire salue la Société.".getBytes("ISO-8859-1"));
    Statement s = PARLEY.normalize(latin);
    assertThat(s.paragraphs().get(0).text()).isEqualTo("Côte d'Ivoire salue la Société.");
    assertThat(s.warnings()).containsExactly("not valid UTF-8; decoded as Windows-1252");
    Path utf16 =
        Files.write(
            dir.resolve("utf16.txt"), (PARAGRAPH + "\r\n").getBytes(StandardCharsets.UTF_16));
    assertThat(PARLEY.normalize(utf16).paragraphs().get(0).text()).isEqualTo(PARAGRAPH);
    Path broken =
        Files.write(
            dir.resolve("broken.txt"),
            new byte[] {'P', 'e', 'a', 'c', 'e', ' ', (byte) 0xC3, '(', '.'});
    assertThat(PARLEY.normalize(broken).warnings())
        .containsExactly("not valid UTF-8; decoded as Windows-1252");
  }

  @Test
  void inputOverTheLimitIsRefusedNamingTheSource() {
    Parley small = Parley.builder().maxInputBytes(1_000).build();
    assertThatThrownBy(() -> small.normalize("big.txt", new byte[2_000]))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith("big.txt: too large");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aSingleOneMegabyteParagraphComparesWithItself() {
    String text = "We support the Charter and the rule of law in every region ".repeat(17_000);
    Statement s = PARLEY.normalize("one-paragraph.txt", text);
    assertThat(s.paragraphs()).hasSize(1);
    Alignment a = PARLEY.compare(s, s);
    assertThat(a.links())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.type()).isEqualTo(Link.Type.MATCH);
              assertThat(l.diff()).extracting(DiffOp::op).containsOnly(DiffOp.Op.EQUAL);
            });
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHundredThousandOneWordParagraphsNormaliseAndScore() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      b.append(i % 2 == 0 ? "Peace." : "Security.").append("\n\n");
    }
    Statement s = PARLEY.normalize("words.txt", b.toString());
    assertThat(s.paragraphs().size()).isEqualTo(100_000);
    assertThat(PARLEY.score(s, s).similarity()).isEqualTo(1.0);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void oneLineRepeatedManyTimesAlignsWithItself() {
    Statement s =
        PARLEY.normalize(
            "repeated.txt", "We support the Charter of the United Nations.\n".repeat(20_000));
    assertThat(s.paragraphs().size()).isEqualTo(20_000);
    Alignment a = PARLEY.compare(s, s);
    assertThat(a.links(Link.Type.MATCH).size()).isEqualTo(20_000);
  }

  @Test
  void binaryAndEmptyInputAreRefused() {
    assertThatThrownBy(() -> PARLEY.normalize("x.bin", new byte[] {1, 0, 2, 0}))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("x.bin: binary data (NUL bytes), not text");
    assertThatThrownBy(() -> PARLEY.normalize("e.txt", "   \n\t "))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("e.txt: holds only whitespace, no text to read");
    assertThatThrownBy(() -> PARLEY.normalize("furniture.txt", "06-53323 30\nA/61/PV.13\n"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageContaining("no statement text");
  }
}
