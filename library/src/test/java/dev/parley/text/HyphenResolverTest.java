package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Line-end hyphens, resolved from the shipped corpus statistics and the document itself. */
final class HyphenResolverTest {

  private static String joined(String left, String right) {
    String text = "We speak of the " + left + "\n" + right + " question here today.";
    String paragraph = Normalizer.defaults().normalize("t", text).paragraphs().get(0).text();
    return paragraph.substring("We speak of the ".length(), paragraph.indexOf(" question"));
  }

  @ParameterizedTest
  @CsvSource({
    // typesetting breaks inside one word are joined
    "interna-, tional, international",
    "devel-, opment, development",
    "Organiza-, tion, Organization",
    "Govern-, ment, Government",
    // compounds keep their hyphen
    "Secretary-, General, Secretary-General",
    "self-, determination, self-determination",
    "confidence-, building, confidence-building",
    "decision-, making, decision-making",
    "twenty-, first, twenty-first",
    "counter-, terrorism, counter-terrorism",
    // a compound of two known words that the corpus never saw either way keeps its hyphen
    "quasi-, parliamentary, quasi-parliamentary",
  })
  void resolvesFromCorpusEvidence(String left, String right, String expected) {
    assertThat(joined(left, right)).isEqualTo(expected);
  }

  @Test
  void documentEvidenceOutweighsTheCorpus() {
    // The corpus mostly writes "cooperation"; a document that writes "co-operation" keeps its form.
    String text =
        "Co-operation matters. We value co-operation and more co-\noperation among States.";
    assertThat(Normalizer.defaults().normalize("t", text).paragraphs().get(0).text())
        .isEqualTo(
            "Co-operation matters. We value co-operation and more co-operation among States.");
    String plain = "We value cooperation and more co-\noperation among States.";
    assertThat(Normalizer.defaults().normalize("t", plain).paragraphs().get(0).text())
        .isEqualTo("We value cooperation and more cooperation among States.");
  }

  @Test
  void softHyphenAtLineEndIsAlwaysJoined() {
    String text = "the maintenance of interna\u00AD\ntional peace and security.";
    assertThat(Normalizer.defaults().normalize("t", text).paragraphs().get(0).text())
        .isEqualTo("the maintenance of international peace and security.");
  }

  @Test
  void hyphenFollowedBySpaceInsideALineIsRepairedButSuspendedHyphensStay() {
    String text =
        "Drug- trafficking and medium- and long-term plans of the seventy- third session.";
    assertThat(Normalizer.defaults().normalize("t", text).paragraphs().get(0).text())
        .isEqualTo(
            "Drug-trafficking and medium- and long-term plans of the seventy-third session.");
  }
}
