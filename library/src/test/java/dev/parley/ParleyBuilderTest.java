package dev.parley;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.similarity.PhrasingSimilarity;
import dev.parley.similarity.WordJaccardSimilarity;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@link Parley} built with another similarity aligns with it and still explains scores. */
final class ParleyBuilderTest {

  private static Statement kaz(Parley parley) {
    try (InputStream in =
        ParleyBuilderTest.class.getResourceAsStream("/align/kazakhstan-general-debate-2006.txt")) {
      return parley.normalize("kaz.txt", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anotherMeasureAlignsWhileTheScoreStaysThePhrasingSimilarity() {
    Parley jaccard = Parley.builder().similarity(WordJaccardSimilarity.instance()).build();
    Statement left = kaz(jaccard);
    List<String> e = new ArrayList<>(left.paragraphs().stream().map(Paragraph::text).toList());
    e.set(2, e.get(2).replace("international", "global"));
    Statement right = jaccard.normalize("edited.txt", String.join("\n\n", e));

    Alignment a = jaccard.compare(left, right);
    Link reworded = a.links().get(2);
    assertThat(reworded.type()).isEqualTo(Link.Type.MATCH);
    assertThat(reworded.score().getAsDouble())
        .isEqualTo(
            WordJaccardSimilarity.instance()
                .similarity(left.paragraphs().get(2).words(), right.paragraphs().get(2).words()));
    assertThat(jaccard.phrasing()).isSameAs(PhrasingSimilarity.defaults());
    assertThat(jaccard.score(left, right).similarity())
        .isEqualTo(Parley.defaults().score(left, right).similarity());
  }

  @Test
  void thePhrasingSimilarityGivenIsTheOneThatScores() {
    PhrasingSimilarity own = PhrasingSimilarity.of(dev.parley.text.TermStatistics.defaults());
    Parley parley = Parley.builder().similarity(own).build();
    assertThat(parley.phrasing()).isSameAs(own);
  }
}
