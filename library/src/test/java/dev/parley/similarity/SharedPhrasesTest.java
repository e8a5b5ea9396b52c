package dev.parley.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SharedPhrasesTest {

  private static final SharedPhrases THREE = SharedPhrases.of(TermStatistics.defaults(), 3);

  @Test
  void findsThePhrasesTheSeedsEarlierParagraphsShareWithItsOwn() {
    Statement seed = RealParagraphs.statement("mission-website.txt");
    List<Paragraph> earlier = seed.paragraphs().subList(0, 3);
    List<Paragraph> own = seed.paragraphs().subList(3, seed.paragraphs().size());
    List<SharedPhrase> phrases = THREE.find(WordSequence.of(earlier), WordSequence.of(own));
    assertThat(phrases)
        .extracting(SharedPhrase::text)
        .contains("comprehensive convention on international terrorism");
    for (SharedPhrase p : phrases) {
      assertThat(p.contentWords()).isGreaterThanOrEqualTo(3);
      String leftText = seed.paragraphs().get(p.left().paragraph()).text();
      String rightText = seed.paragraphs().get(p.right().paragraph()).text();
      assertThat(leftText.substring(p.left().start(), p.left().end()).toLowerCase())
          .isEqualTo(rightText.substring(p.right().start(), p.right().end()).toLowerCase());
    }
  }

  @Test
  void findsAMaximalPhraseOnce() {
    WordSequence a =
        WordSequence.of(
            "We call for a comprehensive convention on international terrorism without delay.");
    WordSequence b =
        WordSequence.of(
            "The comprehensive convention on international terrorism must be concluded.");
    List<SharedPhrase> phrases = THREE.find(a, b);
    assertThat(phrases)
        .extracting(SharedPhrase::text)
        .containsExactly("comprehensive convention on international terrorism");
    SharedPhrase p = phrases.get(0);
    assertThat(p.words()).isEqualTo(5);
    assertThat(p.left().firstWord()).isEqualTo(4);
    assertThat(p.right().firstWord()).isEqualTo(1);
  }

  @Test
  void boilerplateAloneIsNoEvidence() {
    WordSequence a =
        WordSequence.of(
            "Mr. President, the United Nations and the Member States of the General Assembly");
    WordSequence b =
        WordSequence.of(
            "Mr. President, the United Nations and the Member States of the General Assembly");
    assertThat(THREE.find(a, b)).isEmpty();
  }

  @Test
  void doesNotRunAcrossParagraphs() {
    Statement s = RealParagraphs.statement("mission-website.txt");
    List<Paragraph> chairmen =
        s.paragraphs().stream().filter(p -> p.kind() == Paragraph.Kind.SALUTATION).toList();
    assertThat(
            SharedPhrases.of(TermStatistics.defaults(), 0)
                .find(WordSequence.of(chairmen), WordSequence.of(chairmen)))
        .isEmpty(); // "Mr Chairman" is two words: each paragraph alone is shorter than a phrase
  }

  @Test
  void aNameIsShownWholeThoughItsEdgeWordsAreCommon() {
    // Kazakhstan 2016 and 2017 as delivered: "Development" and "United" are in most speeches, so
    // rarity alone would cut them from the edges of the phrases.
    WordSequence a =
        WordSequence.of(
            "Implementing the 2030 Agenda for Sustainable Development and the Paris Agreement on"
                + " Climate Change is a priority. We support the United Nations Global"
                + " Counter-Terrorism Strategy.");
    WordSequence b =
        WordSequence.of(
            "We will carry forward the Paris Climate Change Agreement and the 2030 Agenda for"
                + " Sustainable Development. The United Nations Global Counter-Terrorism Strategy"
                + " must be implemented.");
    assertThat(SharedPhrases.of(TermStatistics.defaults(), 2).find(a, b))
        .extracting(SharedPhrase::text)
        .contains(
            "Agenda for Sustainable Development",
            "United Nations Global Counter-Terrorism Strategy")
        // A function word that opens a sentence is no part of a name.
        .noneMatch(t -> t.startsWith("The ") || t.startsWith("We "));
  }
}
