package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks that every span of a statement slices the original text to the unit's source. */
final class SpanChecks {

  private SpanChecks() {}

  static void assertSpansTraceToOriginal(Statement s) {
    String original = s.original();
    int previousEnd = 0;
    for (Paragraph p : s.paragraphs()) {
      assertThat(p.span().end()).isLessThanOrEqualTo(original.length());
      assertThat(p.span().start())
          .as("paragraphs in reading order")
          .isGreaterThanOrEqualTo(previousEnd);
      previousEnd = p.span().end();
      String source = p.span().slice(original);
      List<Token> words = p.tokens();
      assertThat(source)
          .as("source of paragraph %d starts with its first word", p.index())
          .startsWith(firstChars(p.text()));
      assertThat(collapse(source))
          .as("source of paragraph %d", p.index())
          .endsWith(lastChars(collapse(p.text())));
      for (Sentence sentence : p.sentences()) {
        assertThat(sentence.span().start()).isGreaterThanOrEqualTo(p.span().start());
        assertThat(sentence.span().end()).isLessThanOrEqualTo(p.span().end());
        assertThat(p.text()).contains(sentence.text());
        assertThat(sentence.span().slice(original)).startsWith(firstChars(sentence.text()));
      }
      assertThat(words)
          .allSatisfy(t -> assertThat(p.text().substring(t.start(), t.end())).isEqualTo(t.text()));
    }
    for (RemovedText r : s.removed()) {
      assertThat(r.span().slice(original)).isEqualTo(r.text());
    }
  }

  private static String firstChars(String text) {
    int end = 0;
    while (end < text.length() && end < 12 && text.charAt(end) != ' ') {
      end++;
    }
    return text.substring(0, Math.max(1, end));
  }

  private static String lastChars(String text) {
    int start = text.length();
    while (start > 0
        && text.length() - start < 3
        && text.charAt(start - 1) != ' '
        && text.charAt(start - 1) != '-') {
      start--;
    }
    return text.substring(start);
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
