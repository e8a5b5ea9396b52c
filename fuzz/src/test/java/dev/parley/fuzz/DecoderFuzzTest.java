package dev.parley.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.text.DecodedText;
import dev.parley.text.TextDecoder;
import dev.parley.text.UnusableInputException;

/** The decoder on any bytes: text or the documented refusal, nothing else. */
final class DecoderFuzzTest {

  private static final TextDecoder DECODER = TextDecoder.withMaxBytes(1 << 20);

  @FuzzTest(maxDuration = "5m")
  void decodesOrRefuses(byte[] bytes) {
    DecodedText d;
    try {
      d = DECODER.decode(bytes, "input.txt");
    } catch (UnusableInputException e) {
      Checks.refusal(e, "input.txt");
      return;
    }
    assertThat(d.text()).isNotBlank();
    assertThat(d.text()).doesNotStartWith("\uFEFF");
    assertThat(d.encoding()).isNotBlank();
    d.warnings().forEach(w -> assertThat(w).isNotBlank().doesNotContain("\n"));
  }
}
