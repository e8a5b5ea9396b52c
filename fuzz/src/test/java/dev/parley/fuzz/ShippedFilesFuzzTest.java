package dev.parley.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.similarity.CommonPhrases;
import dev.parley.text.WordSequence;
import java.io.ByteArrayInputStream;

/** A common-phrases file of any bytes: read, or refused with its reason; never more. */
final class ShippedFilesFuzzTest {

  private static final WordSequence PROBE =
      WordSequence.of("the Treaty on the Non-Proliferation of Nuclear Weapons");

  @FuzzTest(maxDuration = "2m")
  void readsCommonPhrasesOrRefuses(byte[] bytes) {
    CommonPhrases phrases;
    try {
      phrases = CommonPhrases.read(new ByteArrayInputStream(bytes));
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
      return;
    }
    assertThat(phrases.size()).isNotNegative();
    assertThat(phrases.minDocuments()).isGreaterThanOrEqualTo(2);
    phrases.isCommon(PROBE, 0, PROBE.size()); // answers, whatever it holds
  }
}
