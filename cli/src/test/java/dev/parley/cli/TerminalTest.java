package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class TerminalTest {

  @Test
  void coloursOnlyATerminalWithoutNoColor() {
    assertThat(Terminal.detect(Map.of(), true).colour()).isTrue();
    assertThat(Terminal.detect(Map.of("NO_COLOR", ""), true).colour()).isFalse();
    assertThat(Terminal.detect(Map.of(), false).colour()).isFalse();
  }

  @Test
  void fitsTheTerminalWidth() {
    assertThat(Terminal.detect(Map.of("COLUMNS", "80"), false).width()).isEqualTo(79);
    assertThat(Terminal.detect(Map.of("COLUMNS", "junk"), false).width()).isEqualTo(100);
    assertThat(Terminal.detect(Map.of("COLUMNS", "10"), false).width()).isEqualTo(40);
  }

  @Test
  void givesTheLibraryItsWidthAndColour() {
    assertThat(new Terminal(80, true).style()).isEqualTo(new dev.parley.report.TextStyle(80, true));
  }
}
