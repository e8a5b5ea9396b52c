package dev.parley.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

  /** A real speech as published: Jordan 2019, with its typographic quotes and dashes. */
  private static byte[] realSpeech() throws java.io.IOException {
    try (var in = TextDecoderTest.class.getResourceAsStream("/corpus/2019/JOR_74_2019.txt")) {
      return in.readAllBytes();
    }
  }

  @Test
  void keepsUtf8WhereAFewBytesAreNotAndNamesTheirOffsets() throws java.io.IOException {
    byte[] clean = realSpeech();
    String expected = new String(clean, UTF_8);
    byte[] damaged = clean.clone();
    // Three stray Windows-1252 bytes (a quote, an e acute, a dash) over ASCII letters.
    int[] at = {100, 2_000, 5_000};
    byte[] stray = {(byte) 0x92, (byte) 0xE9, (byte) 0x96};
    for (int i = 0; i < at.length; i++) {
      assertThat(clean[at[i]]).isBetween((byte) 'a', (byte) 'z');
      damaged[at[i]] = stray[i];
    }
    DecodedText t = TextDecoder.defaults().decode(damaged, "damaged.txt");
    assertThat(t.encoding()).isEqualTo("UTF-8");
    assertThat(t.warnings())
        .containsExactly(
            "not valid UTF-8 at 3 places (byte 100, 2000, 5000), each read as \uFFFD; the rest is"
                + " UTF-8");
    // Every other character as in the clean file: the typographic quotes are not garbled.
    assertThat(t.text()).hasSameSizeAs(expected).doesNotContain("â€");
    int differences = 0;
    for (int i = 0; i < expected.length(); i++) {
      if (t.text().charAt(i) != expected.charAt(i)) {
        assertThat(t.text().charAt(i)).isEqualTo('\uFFFD');
        differences++;
      }
    }
    assertThat(differences).isEqualTo(3);
  }

  @Test
  void namesTheFirstFiveOffsetsOfMany() {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    List<Integer> offsets = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      b.writeBytes("Côte d’Ivoire — naïve ".getBytes(UTF_8));
      if (i < 7) {
        offsets.add(b.size());
        b.write(0xFF);
      }
    }
    DecodedText t = TextDecoder.defaults().decode(b.toByteArray(), "x.txt");
    assertThat(t.encoding()).isEqualTo("UTF-8");
    assertThat(t.warnings())
        .containsExactly(
            "not valid UTF-8 at 7 places (byte "
                + offsets.subList(0, 5).stream()
                    .map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "))
                + " and 2 more), each read as \uFFFD; the rest is UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void recognisesUtf16WithoutAByteOrderMark(String charset) throws java.io.IOException {
    String speech = new String(realSpeech(), UTF_8);
    DecodedText t =
        TextDecoder.defaults().decode(speech.getBytes(Charset.forName(charset)), "u.txt");
    assertThat(t.text()).isEqualTo(speech);
    assertThat(t.encoding()).isEqualTo(charset);
    assertThat(t.warnings()).containsExactly("no byte order mark; read as " + charset);
    // Text of another script, with ASCII spaces and line ends among it.
    String russian = "Господин Председатель,\nПозвольте мне поздравить Вас с избранием.\n";
    assertThat(
            TextDecoder.defaults()
                .decode(russian.getBytes(Charset.forName(charset)), "ru.txt")
                .text())
        .isEqualTo(russian);
  }

  @org.junit.jupiter.api.RepeatedTest(20)
  void refusesRandomBinaryWithZeroBytes(org.junit.jupiter.api.RepetitionInfo info) {
    java.util.Random random = new java.util.Random(info.getCurrentRepetition());
    byte[] bytes = new byte[64 + random.nextInt(4_000)];
    random.nextBytes(bytes);
    bytes[random.nextInt(bytes.length)] = 0;
    assertThatThrownBy(() -> TextDecoder.defaults().decode(bytes, "random.bin"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith("random.bin: binary data (");
  }

  @Test
  void refusesLittleEndianNumbersThoughTheirZeroBytesFallOnOneSide() {
    // 16-bit counts below 256, as a binary format stores them: zero high bytes, low bytes that
    // are mostly not printable.
    byte[] bytes = new byte[2_000];
    for (int i = 0; i < bytes.length; i += 2) {
      bytes[i] = (byte) (i % 251);
    }
    assertThatThrownBy(() -> TextDecoder.defaults().decode(bytes, "counts.bin"))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith("counts.bin: binary data (");
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
