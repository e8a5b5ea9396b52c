package dev.parley.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.text.WordSequence;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What many statements say: counted, written, read back, and asked about. */
final class CommonPhrasesTest {

  @TempDir Path dir;

  private static boolean common(CommonPhrases phrases, String text) {
    WordSequence words = WordSequence.of(text);
    return phrases.isCommon(words, 0, words.size());
  }

  @Test
  void theShippedPhrasesHoldTheNamesAndFormulasEveryoneUsesButNotASpeakersOwnWords() {
    CommonPhrases shipped = CommonPhrases.defaults();
    assertThat(shipped.documentCount()).isGreaterThan(5000);
    assertThat(shipped.minDocuments()).isEqualTo(CommonPhrases.DEFAULT_MIN_DOCUMENTS);
    assertThat(common(shipped, "Treaty on the Non-Proliferation of Nuclear Weapons")).isTrue();
    assertThat(common(shipped, "Straddling Fish Stocks and Highly Migratory Fish Stocks")).isTrue();
    assertThat(common(shipped, "on your election to the presidency of the General Assembly"))
        .isTrue();
    // Said by one speaker: one run of four words in it is rare enough.
    assertThat(common(shipped, "Montenegro will continue its activities conducive")).isFalse();
    assertThat(common(shipped, "the Treaty on the Non-Proliferation of Montenegro")).isFalse();
    // Shorter than a run: never common.
    assertThat(common(shipped, "the United Nations")).isFalse();
  }

  @Test
  void aPhraseIsCommonWhenEnoughStatementsSayItWhereverTheyDo() throws IOException {
    String shared = "the convention on the protection of migratory birds";
    Files.writeString(dir.resolve("a.txt"), "We welcome " + shared + ". Peace is our aim.");
    Files.writeString(dir.resolve("b.txt"), "Fiji signed " + shared + " last year, at last.");
    Files.writeString(
        dir.resolve("c.txt"), "Nothing alike here but " + shared + ", twice: " + shared + ".");
    Files.writeString(dir.resolve("d.txt"), "A speech of its own that nobody else gives at all.");
    Files.write(dir.resolve("e.txt"), new byte[0]);
    List<String> skipped = new CopyOnWriteArrayList<>();
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    CommonPhrases three = CommonPhrases.count(files, skipped::add, 3);
    assertThat(skipped).singleElement().asString().contains("e.txt");
    assertThat(three.documentCount()).isEqualTo(4);
    assertThat(common(three, shared)).isTrue();
    assertThat(common(three, "the protection of migratory")).isTrue();
    assertThat(common(three, "A speech of its own")).isFalse();
    // Said twice in one statement is still one statement: four are too many.
    CommonPhrases four = CommonPhrases.count(files, skipped::add, 4);
    assertThat(four.size()).isZero();
    assertThat(common(four, shared)).isFalse();
  }

  @Test
  void theRangeAskedAboutIsAllThatCounts() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "They ratified the Treaty of Pelindaba at once.");
    Files.writeString(dir.resolve("b.txt"), "We ratified the Treaty of Pelindaba too.");
    CommonPhrases phrases =
        CommonPhrases.count(List.of(dir.resolve("a.txt"), dir.resolve("b.txt")), s -> {}, 2);
    WordSequence words = WordSequence.of("Kenya also ratified the Treaty of Pelindaba today.");
    assertThat(phrases.isCommon(words, 2, 7)).isTrue(); // ratified the Treaty of Pelindaba
    assertThat(phrases.isCommon(words, 1, 7)).isFalse(); // also ratified ...
    assertThat(phrases.isCommon(words, 2, 5)).isFalse(); // three words
    assertThatThrownBy(() -> phrases.isCommon(words, 4, 20))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void whatIsWrittenIsReadBack(long seed) throws IOException {
    Random random = new Random(seed);
    String[] vocabulary = new String[8];
    for (int k = 0; k < vocabulary.length; k++) {
      vocabulary[k] = "w" + Integer.toString(random.nextInt(1_000_000), 36);
    }
    List<Path> files = new ArrayList<>();
    for (int f = 0; f < 12; f++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 200; w++) {
        text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
      }
      files.add(Files.writeString(dir.resolve(seed + "-" + f + ".txt"), text));
    }
    CommonPhrases phrases = CommonPhrases.count(files, s -> {}, 2);
    assertThat(phrases.size()).isPositive();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    phrases.writeTo(out);
    CommonPhrases back = CommonPhrases.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.size()).isEqualTo(phrases.size());
    assertThat(back.documentCount()).isEqualTo(12);
    assertThat(back.minDocuments()).isEqualTo(2);
    int common = 0;
    for (int t = 0; t < 200; t++) {
      String[] four = new String[4];
      for (int k = 0; k < 4; k++) {
        four[k] = vocabulary[random.nextInt(vocabulary.length)];
      }
      String text = String.join(" ", four);
      assertThat(common(back, text)).as(text).isEqualTo(common(phrases, text));
      common += common(phrases, text) ? 1 : 0;
    }
    // Both answers were asked: some runs are common, some are not.
    assertThat(common).isBetween(1, 199);
  }

  @Test
  void whatIsNotCommonPhrasesIsRefusedWithItsReason() throws IOException {
    assertThatThrownBy(
            () ->
                CommonPhrases.read(
                    new ByteArrayInputStream("documents\t3\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not parley common phrases");
    Files.writeString(dir.resolve("a.txt"), "the same four words and the same four words");
    Files.writeString(dir.resolve("b.txt"), "and the same four words again");
    CommonPhrases phrases =
        CommonPhrases.count(List.of(dir.resolve("a.txt"), dir.resolve("b.txt")), s -> {}, 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    phrases.writeTo(out);
    byte[] whole = out.toByteArray();
    for (int cut : new int[] {2, 20, whole.length - 1}) {
      assertThatThrownBy(
              () -> CommonPhrases.read(new ByteArrayInputStream(Arrays.copyOf(whole, cut))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("common phrases are cut short");
    }
    // A header that claims two billion entries, then ends: cut short, not out of memory.
    byte[] huge = Arrays.copyOf(whole, 24);
    java.nio.ByteBuffer.wrap(huge).putInt(20, Integer.MAX_VALUE);
    assertThatThrownBy(() -> CommonPhrases.read(new ByteArrayInputStream(huge)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("common phrases are cut short");
    assertThatThrownBy(() -> CommonPhrases.count(List.of(), s -> {}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2");
  }

  @Test
  void nothingIsCommonInTheEmptySet() {
    assertThat(common(CommonPhrases.empty(), "Treaty on the Non-Proliferation of Nuclear Weapons"))
        .isFalse();
    assertThat(CommonPhrases.empty().size()).isZero();
  }
}
