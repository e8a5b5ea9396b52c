package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.diff.DiffOp;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The reports' element writer: text and attribute values escaped, markup only where asked. */
final class HtmlTest {

  @Test
  void textAndAttributeValuesAreEscapedAndAMissingValueLeavesItsAttributeOut() {
    StringBuilder out = new StringBuilder();
    new Html(out)
        .open("p", "class", "para", "id", null, "title", "\"a\" & 'b'")
        .text("<script>alert(1)</script>")
        .close("p")
        .line()
        .empty("rect", "width", "6");
    assertThat(out)
        .hasToString(
            "<p class=\"para\" title=\"&quot;a&quot; &amp; &#39;b&#39;\">"
                + "&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<rect width=\"6\"/>");
  }

  @Test
  void controlCharactersCannotBreakThePage() {
    assertThat(Html.escape("a\u0000b\u0007c\nd\te\u007f")).isEqualTo("a\uFFFDb\uFFFDc\nd\te\uFFFD");
    assertThat(Html.escape("plain")).isSameAs("plain");
  }

  @Test
  void aChangeIsStruckThroughOrUnderlinedAndEscaped() {
    StringBuilder out = new StringBuilder();
    new Html(out)
        .change(DiffOp.Op.EQUAL, "a < b ")
        .change(DiffOp.Op.DELETE, "old")
        .change(DiffOp.Op.INSERT, "new & improved");
    assertThat(out).hasToString("a &lt; b <del>old</del><ins>new &amp; improved</ins>");
  }

  @Test
  void rawMarkupIsWrittenAsItIs() {
    StringBuilder out = new StringBuilder();
    new Html(out).open("style").raw("a > b { color: red }").close("style");
    assertThat(out).hasToString("<style>a > b { color: red }</style>");
  }

  @Test
  void anAttributeWithoutAValueIsRefused() {
    assertThatThrownBy(() -> new Html(new StringBuilder()).open("p", "class"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFailingOutputIsReportedUnchecked() {
    Appendable failing =
        new Appendable() {
          @Override
          public Appendable append(CharSequence s) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public Appendable append(CharSequence s, int start, int end) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public Appendable append(char c) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> new Html(failing).text("x"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }
}
