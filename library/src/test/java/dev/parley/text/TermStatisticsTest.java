package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A word's weight by its id is the weight by its match form, to the last bit. */
final class TermStatisticsTest {

  @Test
  void weightsByIdAreWeightsByWord() throws Exception {
    TermStatistics shipped = TermStatistics.defaults();
    Statement s =
        Normalizer.defaults()
            .read(Path.of("src/test/resources/align/kazakhstan-general-debate-2006.txt"));
    int words = 0;
    for (Paragraph p : s.paragraphs()) {
      for (String w : p.words().words()) {
        assertThat(shipped.inverseDocumentFrequencyOf(WordSequence.idOf(w)))
            .as(w)
            .isEqualTo(shipped.inverseDocumentFrequency(w));
        words++;
      }
    }
    assertThat(words).isGreaterThan(100);
    // A word in every document, in some, and in none.
    TermStatistics counted =
        TermStatistics.builder()
            .addDocument(List.of("peace", "security"))
            .addDocument(List.of("peace"))
            .addDocument(List.of("peace", "development"))
            .build();
    for (String w : List.of("peace", "security", "development", "unheard")) {
      assertThat(counted.inverseDocumentFrequencyOf(WordSequence.idOf(w)))
          .as(w)
          .isEqualTo(counted.inverseDocumentFrequency(w));
    }
    assertThat(counted.inverseDocumentFrequencyOf(WordSequence.idOf("peace"))).isEqualTo(1.0);
    assertThat(TermStatistics.empty().inverseDocumentFrequencyOf(WordSequence.idOf("peace")))
        .isEqualTo(1.0);
  }
}
