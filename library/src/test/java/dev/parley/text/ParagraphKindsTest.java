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
        "LADIES AND GENTLEMEN!",
        "EXCELLENCIES, LADIES AND GENTLEMEN,",
        "Secretary-General of the United Nations, Ladies and gentlemen,",
        // After an invocation.
        "In the name of God, the Compassionate, the Merciful, Mr President,",
        "In the name of God the clement and the merciful, Mr. President,",
        "In the name of Allah, the Most Gracious, the Most Merciful",
        "In the name of God, the merciful and compassionate.",
      })
  void recognisesSalutations(String text) {
    assertThat(ParagraphKinds.isSalutation(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Your Excellency, Mr. Volkan Bozkir, President of the General Assembly, Ladies and Gentlemen,",
        "Your Excellency Philemon Yang President of the 79th Session of the UN General Assembly; Mr. President,",
        // Ending with a full stop or an exclamation mark after a last form of address (2020-2024).
        "Your Excellency Mr. Volkan Bozkir — President of the 75th Session of the United Nations"
            + " General Assembly; Your Excellency Mr. Antonio Guterres — United Nations"
            + " Secretary-General; Excellencies Heads of State and Government; Ladies and Gentlemen.",
        "Your Excellency Mr. President, Excellency Mr. Secretary-General, Ladies and Gentlemen!",
        "Dear President of the United Nations General Assembly, Excellencies, Ladies and Gentlemen!",
        // An exclamation after a greeting that names the person greeted.
        "DISTINGUISHED PRESIDENT VOLKAN BOZKIR!",
        "DISTINGUISHED SECRETARY-GENERAL ANTONIO GUTERRES! DISTINGUISHED HEADS OF DELEGATIONS!",
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
        // A full stop or an exclamation after a sentence that greets is no greeting.
        "President Bozkir deserves our thanks!",
        "Your Excellency, we congratulate you on your election, Ladies and Gentlemen.",
        "Distinguished delegates, the pandemic has changed everything. Ladies and Gentlemen.",
        "Mr. President, we face a crisis, Excellencies.",
        "In the name of God, we reject this war.",
        "In the name of peace, Mr. President,",
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
        // Closings of several parts: thanks, forms of address, blessings, farewells.
        "Thank you, God Bless you all. God Bless America. And God Bless the United Nations.",
        "May God bless the Republic of Nauru and may God bless the United Nations.",
        "Thank you, Mr. President, and may peace be upon you.",
        "Mr. President, I thank you.",
        "I Thank You for Your Attention, May God Bless Us All.",
        "Thank you, and stay safe.",
        "• I thank you, may God bless you!",
        "“Thank you for your kind attention.”",
        "God bless.",
      })
  void recognisesClosings(String text) {
    assertThat(ParagraphKinds.isClosing(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thank you for supporting our candidature to the Human Rights Council next year.",
        "After all, we are the United Nations. Thank you.",
        "The choice is ours. I thank you.",
        "May God bless us and guide us as we continue our deliberations in pursuit of these lofty"
            + " aims.",
        "Thank you for your attention and I wish us all fruitful deliberations.",
      })
  void leavesLongThanksAsBody(String text) {
    assertThat(ParagraphKinds.isClosing(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ocean Resources", "1. Introduction and Overview", "12 October 2020"})
  void recognisesHeadings(String text) {
    assertThat(ParagraphKinds.isHeading(text)).isTrue();
  }
}
