package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class TextStyleTest {

  @Test
  void keepsTheMarksWhenColouring() {
    TextStyle t = new TextStyle(80, true);
    assertThat(t.deleted("warmly")).isEqualTo("\u001b[31m[-warmly-]\u001b[0m");
    assertThat(new TextStyle(80, false).inserted("sincerely")).isEqualTo("{+sincerely+}");
  }

  @Test
  void wrapsByVisibleWidth() {
    String coloured = new TextStyle(80, true).deleted("abc");
    assertThat(Wrap.visibleLength(coloured)).isEqualTo("[-abc-]".length());
    String wrapped = Wrap.indent("aaaa bbbb cccc dddd", "", 9);
    assertThat(wrapped.lines()).containsExactly("aaaa bbbb", "cccc dddd");
  }

  @Test
  void refusesAWidthNoReportFits() {
    assertThatThrownBy(() -> new TextStyle(5, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width must be 20 to 1,000 columns: 5");
  }
}
