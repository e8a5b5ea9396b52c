package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class PageFurnitureTest {

  private static RemovedText.Kind classify(String line) {
    return PageFurniture.classify(line, 0, line.length());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // footers: job number and page in either order, with or without the page total
        "06-53323 30|PAGE_FOOTER",
        "30 06-53323|PAGE_FOOTER",
        "15-29425 31/34|PAGE_FOOTER",
        "26/45 15-29816|PAGE_FOOTER",
        "2|PAGE_FOOTER",
        "- 4 -|PAGE_FOOTER",
        "Page 3 of 7|PAGE_FOOTER",
        // headers: document symbols, with a date on either side, and meeting headers
        "A/61/PV.13|PAGE_HEADER",
        "A/70/PV.15 28/09/2015|PAGE_HEADER",
        "02/10/2015 A/70/PV.25|PAGE_HEADER",
        "General Assembly 21st plenary meeting|PAGE_HEADER",
        // delivery notes
        "Check against delivery|DELIVERY_NOTE",
        "(Please check against delivery)|DELIVERY_NOTE",
        // notes of the record
        "(spoke in French)|PROCEDURAL_NOTE",
        "Mr. Kalpage (Sri Lanka), Vice-President took the Chair.|PROCEDURAL_NOTE",
        "The President returned to the Chair.|PROCEDURAL_NOTE",
        // copyright
        "© 2006|COPYRIGHT",
        "Copyright © 2012 Permanent Mission of Kazakhstan. All rights reserved.|COPYRIGHT",
      })
  void recognisesPageFurniture(String line, RemovedText.Kind kind) {
    assertThat(classify(line)).isEqualTo(kind);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2020",
        "General Assembly.",
        "General Assembly at its sixty-first session. I assure",
        "Copyright law must protect creators in every country.",
        "1. Introduction and Overview",
        "We must check the facts against delivery records of aid.",
        "A/RES/51/210 is a resolution that we support fully and we call for",
      })
  void leavesStatementTextAlone(String line) {
    assertThat(classify(line)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the Muslim nation as 02/10/2015 A/70/PV.25 a whole|02/10/2015 A/70/PV.25",
        "harmonizes 16-29811 19/52 the interests|16-29811 19/52",
      })
  void findsHeadersRunIntoALine(String line, String header) {
    int[] hole = PageFurniture.findInline(line, 0, line.length()).get(0);
    assertThat(line.substring(hole[0], hole[1])).isEqualTo(header);
  }

  @org.junit.jupiter.api.RepeatedTest(50)
  void findsANeedleWhateverTheCaseAsCharacterByCharacterLowerCasingWould(
      org.junit.jupiter.api.RepetitionInfo info) {
    java.util.Random random = new java.util.Random(info.getCurrentRepetition());
    String alphabet = "aAgGiInNsStT \u0130\u212A\u00C9\u00E9kK.";
    for (String needle : new String[] {"against", "the chair", "kin"}) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(8) == 0) {
          String piece = random.nextBoolean() ? needle.toUpperCase(java.util.Locale.ROOT) : needle;
          b.append(piece, 0, 1 + random.nextInt(piece.length()));
        } else {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String s = b.toString();
      boolean expected = false;
      for (int i = 0; i + needle.length() <= s.length() && !expected; i++) {
        boolean all = true;
        for (int j = 0; j < needle.length(); j++) {
          all &= Character.toLowerCase(s.charAt(i + j)) == needle.charAt(j);
        }
        expected = all;
      }
      assertThat(PageFurniture.containsIgnoreCase(s, PageFurniture.Needle.of(needle)))
          .as(s)
          .isEqualTo(expected);
    }
  }
}
