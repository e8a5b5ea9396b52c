package dev.parley.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.similarity.SentenceEncoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default model, run in the JVM: what people say in other words lies close. */
final class OnnxSentenceEncoderTest {

  private static final SentenceEncoder ENCODER = OnnxSentenceEncoder.miniLm();

  private static final String EMBARGO =
      "Saint Vincent and the Grenadines reiterates the call for an immediate end to the illegal"
          + " economic, commercial and financial embargo against Cuba.";
  private static final String BLOCKADE =
      "We must intensify our calls for the complete lifting of the unjust and illegal blockade that"
          + " the United States imposes on the Cuban people.";
  private static final String FISH =
      "Fiji welcomes the Agreement on straddling fish stocks and highly migratory fish stocks.";

  @Test
  void givesAUnitVectorOfTheModelsDimensions() {
    float[] v = ENCODER.encode(EMBARGO);
    assertThat(ENCODER.dimensions()).isEqualTo(384);
    assertThat(v).hasSize(384);
    assertThat(SentenceEncoder.cosine(v, v)).isCloseTo(1.0, within(1e-5));
    assertThat(ENCODER.name()).isEqualTo("all-MiniLM-L6-v2 (int8)");
  }

  @Test
  void theSamePointInOtherWordsLiesCloserThanAnotherPoint() {
    double same = SentenceEncoder.cosine(ENCODER.encode(EMBARGO), ENCODER.encode(BLOCKADE));
    double other = SentenceEncoder.cosine(ENCODER.encode(EMBARGO), ENCODER.encode(FISH));
    assertThat(same).isGreaterThan(other + 0.2);
  }

  @Test
  void aTextGivesTheSameFloatsEveryTimeFromAnyThread() throws Exception {
    float[] alone = ENCODER.encode(EMBARGO);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<float[]>> runs = new ArrayList<>();
      for (int k = 0; k < 16; k++) {
        String text = k % 2 == 0 ? EMBARGO : FISH;
        runs.add(pool.submit(() -> ENCODER.encode(text)));
      }
      for (int k = 0; k < runs.size(); k += 2) {
        assertThat(runs.get(k).get()).containsExactly(alone);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aTextLongerThanTheModelReadsAtOnceIsReadInParts() {
    String longText = (EMBARGO + " ").repeat(20) + FISH;
    float[] v = ENCODER.encode(longText);
    assertThat(SentenceEncoder.cosine(v, v)).isCloseTo(1.0, within(1e-5));
    // The last part, about fish stocks, counts: the whole is not the first part alone.
    float[] first = ENCODER.encode((EMBARGO + " ").repeat(20));
    assertThat(v).isNotEqualTo(first);
  }

  @Test
  void aTextWithNoWordsIsTheZeroVector() {
    assertThat(ENCODER.encode(" \n ")).containsOnly(0f);
  }

  @Test
  void isTheEncoderAnInstalledModuleProvides() {
    assertThat(SentenceEncoder.installed())
        .get()
        .extracting(SentenceEncoder::name)
        .isEqualTo(OnnxSentenceEncoder.MINILM);
  }

  @Test
  void aMissingOrDamagedModelFileIsOneClearError(@TempDir Path dir) throws IOException {
    Path tokenizer = dir.resolve("tokenizer.json");
    Files.writeString(tokenizer, "{}");
    Path model = dir.resolve("model.onnx");
    assertThatThrownBy(() -> OnnxSentenceEncoder.load(model, tokenizer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(model + ": no such file");
    Files.write(model, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> OnnxSentenceEncoder.load(model, tokenizer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(tokenizer + ": not a tokenizer");
  }

  @Test
  void aFileThatIsNoOnnxModelIsOneClearError(@TempDir Path dir) throws IOException {
    Path tokenizer = dir.resolve("tokenizer.json");
    try (var in =
        getClass().getClassLoader().getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
      Files.write(tokenizer, in.readAllBytes());
    }
    Path model = dir.resolve("model.onnx");
    Files.write(model, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> OnnxSentenceEncoder.load(model, tokenizer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(model + ": not an ONNX model ONNX Runtime can load");
  }
}
