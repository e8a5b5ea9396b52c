package dev.parley.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class TextDecoderTest {

  private static final String SAMPLE = "Mr. President,\r\nKazakhstan’s “position” — naïve café.";

  private static byte[] concat(byte[] a, byte[] b) {
    return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
  }

  // --- encodings

  @Test
  void decodesPlainUtf8AndKeepsLineEnds() {
    DecodedText t = TextDecoder.defaults().decode(SAMPLE.getBytes(UTF_8), "a.txt");
    assertThat(t.text()).isEqualTo(SAMPLE);
    assertThat(t.encoding()).isEqualTo("UTF-8");
    assertThat(t.warnings()).isEmpty();
  }

  @Test
  void dropsUtf8ByteOrderMark() {
    byte[] bytes =
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SAMPLE.getBytes(UTF_8));
    assertThat(TextDecoder.defaults().decode(bytes, "a.txt").text()).isEqualTo(SAMPLE);
  }

  @Test
  void dropsEveryLeadingByteOrderMarkOfJoinedFiles() {
    byte[] bytes =
        concat(
            new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xFE, (byte) 0xFF},
            ("\uFEFF" + SAMPLE).getBytes(Charset.forName("UTF-16BE")));
    assertThat(TextDecoder.defaults().decode(bytes, "a.txt").text()).isEqualTo(SAMPLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void decodesUtf16WithByteOrderMark(String charset) {
    byte[] bom =
        charset.endsWith("LE")
            ? new byte[] {(byte) 0xFF, (byte) 0xFE}
            : new byte[] {(byte) 0xFE, (byte) 0xFF};
    byte[] bytes = concat(bom, SAMPLE.getBytes(Charset.forName(charset)));
    DecodedText t = TextDecoder.defaults().decode(bytes, "a.txt");
    assertThat(t.text()).isEqualTo(SAMPLE);
    assertThat(t.encoding()).isEqualTo(charset);
  }

  @Test
  void fallsBackToWindows1252WithAWarning() {
    byte[] latin = "Côte d’Ivoire – naïve".getBytes(Charset.forName("windows-1252"));
    DecodedText t = TextDecoder.defaults().decode(latin, "old.txt");
    assertThat(t.text()).isEqualTo("Côte d’Ivoire – naïve");
    assertThat(t.encoding()).isEqualTo("windows-1252");
    assertThat(t.warnings()).containsExactly("not valid UTF-8; decoded as Windows-1252");
  }

  @Test
  void keepsAReplacementCharacterWrittenInValidUtf8() {
    String text = "Côte d\u2019Ivoire \uFFFD naïve";
    DecodedText t =
        TextDecoder.defaults().decode(text.getBytes(StandardCharsets.UTF_8), "replaced.txt");
    assertThat(t.text()).isEqualTo(text);
    assertThat(t.encoding()).isEqualTo("UTF-8");
    assertThat(t.warnings()).isEmpty();
  }

  @Test
  void fallsBackToWindows1252WhenInvalidBytesStandBesideAReplacementCharacter() {
    byte[] valid = "Côte \uFFFD ".getBytes(StandardCharsets.UTF_8);
    byte[] invalid = "naïve".getBytes(StandardCharsets.ISO_8859_1);
    DecodedText t = TextDecoder.defaults().decode(concat(valid, invalid), "mixed.txt");
    assertThat(t.encoding()).isEqualTo("windows-1252");
    assertThat(t.warnings()).containsExactly("not valid UTF-8; decoded as Windows-1252");
    assertThat(t.text()).endsWith("naïve");
  }

  @Test
  void decodesLatin1AsWindows1252() {
    byte[] latin1 = "São Tomé".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(TextDecoder.defaults().decode(latin1, "x").text()).isEqualTo("São Tomé");
  }

  // --- refusals

  @Test
  void refusesEmptyInputNamingTheSource() {
    assertThatThrownBy(() -> TextDecoder.defaults().decode(new byte[0], "empty.txt"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("empty.txt: empty file, no text to read");
  }

  @Test
  void refusesWhitespaceOnlyInput() {
    assertThatThrownBy(
            () -> TextDecoder.defaults().decode(" \r\n\t \u00A0\n".getBytes(UTF_8), "blank.txt"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("blank.txt: holds only whitespace, no text to read");
  }

  @Test
  void refusesBinaryWithNulBytes() {
    byte[] pdfLike = {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, (byte) 0x9C, 0, 0};
    assertThatThrownBy(() -> TextDecoder.defaults().decode(pdfLike, "speech.pdf"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("speech.pdf: binary data (NUL bytes), not text");
  }

  @Test
  void refusesBinaryWithManyControlCharacters() {
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThatThrownBy(() -> TextDecoder.defaults().decode(bytes, "x.bin"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith("x.bin: binary data (");
  }

  @Test
  void refusesInputOverTheSizeLimit() {
    assertThatThrownBy(() -> TextDecoder.withMaxBytes(10).decode(new byte[11], "big.txt"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("big.txt: too large: 11 bytes, over the limit of 10 bytes");
  }

  @Test
  void refusesANonPositiveLimit() {
    assertThatThrownBy(() -> TextDecoder.withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesBrokenUtf16() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 'a', 0};
    assertThatThrownBy(() -> TextDecoder.defaults().decode(bytes, "u16.txt"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith("u16.txt: starts with a UTF-16LE byte order mark");
  }
}
