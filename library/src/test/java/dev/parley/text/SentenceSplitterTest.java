package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream().map(b -> text.substring(b[0], b[1])).toList();
  }

  record Case(String text, List<String> expected) {}

  static List<Case> cases() {
    return List.of(
        // plain sentences, question and exclamation marks
        new Case("We agree. Do you? Yes!", List.of("We agree.", "Do you?", "Yes!")),
        // titles and honorifics never end a sentence
        new Case(
            "I thank Mr. Kittani and H.E. Mrs. Sirleaf. She spoke.",
            List.of("I thank Mr. Kittani and H.E. Mrs. Sirleaf.", "She spoke.")),
        // initials
        new Case(
            "As John F. Kennedy said, we must act. We will.",
            List.of("As John F. Kennedy said, we must act.", "We will.")),
        // dotted initialisms inside a sentence
        new Case(
            "The U.N. Charter binds the U.S. Government too. Indeed.",
            List.of("The U.N. Charter binds the U.S. Government too.", "Indeed.")),
        // numbers and abbreviations before numbers
        new Case(
            "See resolution No. 5 and para. 3 of document 51/210, grew 16.5 per cent. Next.",
            List.of(
                "See resolution No. 5 and para. 3 of document 51/210, grew 16.5 per cent.",
                "Next.")),
        // e.g. and i.e.
        new Case(
            "Some States, e.g. Fiji, i.e. small ones, agree. Others do not.",
            List.of("Some States, e.g. Fiji, i.e. small ones, agree.", "Others do not.")),
        // closing quotes stay with their sentence
        new Case(
            "He said: “We shall overcome.” Then he left.",
            List.of("He said: “We shall overcome.”", "Then he left.")),
        // no split before a lower-case word
        new Case(
            "The total was approx. three billion.",
            List.of("The total was approx. three billion.")),
        // a space lost after the mark, between a word and a capitalised word (a PDF extraction's
        // or a hurried writer's; real essays of ArgRewrite and speeches of the General Debate)
        new Case(
            "It is the idea of self-driving cars.This technology appeals. Who is at fault?The car?",
            List.of(
                "It is the idea of self-driving cars.",
                "This technology appeals.",
                "Who is at fault?",
                "The car?")),
        new Case(
            "We spoke of peace.”Then we left.", List.of("We spoke of peace.”", "Then we left.")),
        // but not a stray mark of a scan, an abbreviation, an initialism or a web address
        new Case(
            "Members of the.United Nations, Mr.Smith and the U.S.Army met at un.org and Ste.Croix.",
            List.of(
                "Members of the.United Nations, Mr.Smith and the U.S.Army met at un.org and"
                    + " Ste.Croix.")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void splitsAtSentenceEndsOnly(Case c) {
    assertThat(sentences(c.text())).containsExactlyElementsOf(c.expected());
  }
}
