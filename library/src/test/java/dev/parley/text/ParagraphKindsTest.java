package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ParagraphKindsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mr. Chairman,",
        "Madam President,",
        "Mr President, Mr Secretary General, Excellencies, Distinguished Delegates,",
        "Excellencies, ladies and gentlemen,",
        "President, excellencies, ladies and gentlemen,",
        "Mr. Co-Chairs,",
        "Your Majesties, Your Excellencies,",
        "Dear colleagues:",
      })
  void recognisesSalutations(String text) {
    assertThat(ParagraphKinds.isSalutation(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Your Excellency, Mr. Volkan Bozkir, President of the General Assembly, Ladies and Gentlemen,",
        "Your Excellency Philemon Yang President of the 79th Session of the UN General Assembly; Mr. President,",
      })
  void recognisesGreetingsThatNameThePeopleGreeted(String text) {
    assertThat(ParagraphKinds.isNamedGreeting(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mr. Chairman, my delegation wishes to congratulate you.",
        "Mr. President, I have the great honor of congratulating you.",
        "The President of the Assembly spoke, and we listened,",
      })
  void leavesSentencesThatStartWithAnAddressAsBody(String text) {
    assertThat(ParagraphKinds.isSalutation(text)).isFalse();
    assertThat(ParagraphKinds.isNamedGreeting(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thank you, Mr. Chairman.",
        "I thank you.",
        "Thank you very much.",
        "Thank you for your kind attention.",
        "THANK YOU FOR YOUR ATTENTION",
        "Thank you, Madam President.",
      })
  void recognisesClosings(String text) {
    assertThat(ParagraphKinds.isClosing(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Thank you for supporting our candidature to the Human Rights Council next year."})
  void leavesLongThanksAsBody(String text) {
    assertThat(ParagraphKinds.isClosing(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ocean Resources", "1. Introduction and Overview", "12 October 2020"})
  void recognisesHeadings(String text) {
    assertThat(ParagraphKinds.isHeading(text)).isTrue();
  }
}
