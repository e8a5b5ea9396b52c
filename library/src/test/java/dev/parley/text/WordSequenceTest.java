package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Words as ids: the same word is the same number everywhere, computed once per paragraph. */
final class WordSequenceTest {

  private static Paragraph paragraph(int index, String text) {
    return new Paragraph(
        index,
        Paragraph.Kind.BODY,
        text,
        new Span(0, text.length()),
        List.of(new Sentence(text, new Span(0, text.length()))));
  }

  @Test
  void aWordHasOneIdInEveryTextWhateverItsCaseQuotesOrAccents() {
    WordSequence a = WordSequence.of("We welcome the “Co-operation” of Côte d’Ivoire.");
    WordSequence b = WordSequence.of("CO-OPERATION with cote d'ivoire, we welcome");
    assertThat(a.id(3)).isEqualTo(b.id(0)).isEqualTo(WordSequence.idOf("co-operation"));
    assertThat(a.id(5)).isEqualTo(b.id(2));
    assertThat(a.id(6)).isEqualTo(b.id(3));
    assertThat(a.id(0)).isEqualTo(b.id(4)).isNotEqualTo(a.id(1));
    assertThat(a.id(1)).isEqualTo(b.id(5));
  }

  @Test
  void idsAreNeverZeroAndTellTheGenresWordsApart() {
    TermStatistics stats = TermStatistics.defaults();
    java.util.Set<Long> ids = new java.util.HashSet<>();
    List<String> words =
        List.of("the", "united", "nations", "terrorism", "semipalatinsk", "", "a", "1945");
    for (String w : words) {
      assertThat(WordSequence.idOf(w)).isNotZero();
      ids.add(WordSequence.idOf(w));
      assertThat(stats.documentFrequencyOf(WordSequence.idOf(w)))
          .as(w)
          .isEqualTo(stats.documentFrequency(w));
    }
    assertThat(ids).hasSameSizeAs(words);
  }

  @Test
  void aParagraphsWordsAreComputedOnceAndCarryItsIndex() {
    Paragraph p = paragraph(4, "Nuclear disarmament remains our first priority.");
    WordSequence words = p.words();
    assertThat(p.words()).isSameAs(words);
    assertThat(words.size()).isEqualTo(6);
    assertThat(words.paragraph(0)).isEqualTo(4);
    assertThat(words.display(1)).isEqualTo("disarmament");
    assertThat(p.text().substring(words.start(5), words.end(5))).isEqualTo("priority");
    assertThat(WordSequence.of(p)).isSameAs(words);
    assertThat(p.sentences().get(0).words()).isSameAs(p.sentences().get(0).words());
  }

  @Test
  void paragraphsAndSentencesAreValues() {
    Paragraph a = paragraph(0, "Peace and security.");
    Paragraph b = paragraph(0, "Peace and security.");
    a.words(); // a kept word list does not make a different value
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(paragraph(1, "Peace and security."));
    assertThat(a.toString()).startsWith("Paragraph[index=0, kind=BODY, text=Peace and security.");
  }

  @Test
  void whatIsDerivedFromTheWordsIsDerivedOnceAKey() {
    WordSequence words = paragraph(0, "Nuclear disarmament remains our first priority.").words();
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Function<WordSequence, Integer> size =
        w -> {
          calls.incrementAndGet();
          return w.size();
        };
    assertThat(words.computeIfAbsent("size", size)).isEqualTo(6);
    assertThat(words.computeIfAbsent("size", size)).isEqualTo(6);
    assertThat(words.computeIfAbsent(new String("size"), size)).isEqualTo(6); // keys by equals
    assertThat(calls).hasValue(1);
    // A few keys are kept; the least recently derived makes way, and is derived again if asked.
    for (int k = 0; k < WordSequence.MAX_KEPT; k++) {
      String first = words.computeIfAbsent("key " + k, w -> w.word(0));
      assertThat(first).isEqualTo("nuclear");
    }
    String kept = words.computeIfAbsent("key 0", w -> "derived again");
    assertThat(kept).isEqualTo("nuclear");
    assertThat(words.computeIfAbsent("size", size)).isEqualTo(6);
    assertThat(calls).hasValue(2);
    assertThatNullPointerException()
        .isThrownBy(() -> words.computeIfAbsent("nothing", w -> null))
        .withMessageContaining("derived value");
    assertThatNullPointerException().isThrownBy(() -> words.computeIfAbsent(null, size));
  }

  @Test
  void aSentencesWordsAreThoseOfItsParagraphCutAtIt() {
    // The paragraph is read once and its words cut at each sentence; what a sentence of its own
    // would give is what it gets, offsets counted in the sentence, in every case below: a plain
    // sentence, a sentence ending in a dotted initial whose last stop only the next text decides
    // ("U.S" at the end of a sentence alone is one word, followed by a space two), a sentence not
    // in the text at all.
    String text =
        "We thank the Secretary-General for his report. Relations with the U.S. "
            + "improved; so did trade with the U.S Our   delegation   agrees.";
    String[] parts = {
      "We thank the Secretary-General for his report.",
      "Relations with the U.S. improved; so did trade with the U.S",
      "Our   delegation   agrees.",
      "A sentence that is not there."
    };
    List<Sentence> sentences = new java.util.ArrayList<>();
    for (String part : parts) {
      int at = Math.max(0, text.indexOf(part));
      sentences.add(new Sentence(part, new Span(at, at + part.length())));
    }
    Paragraph p =
        new Paragraph(3, Paragraph.Kind.BODY, text, new Span(0, text.length()), sentences);
    p.words();
    for (Sentence sentence : p.sentences()) {
      WordSequence cut = sentence.words();
      WordSequence own = WordSequence.of(sentence.text());
      assertThat(cut.words()).as(sentence.text()).isEqualTo(own.words());
      for (int k = 0; k < own.size(); k++) {
        assertThat(cut.id(k)).isEqualTo(own.id(k));
        assertThat(cut.display(k)).isEqualTo(own.display(k));
        assertThat(cut.start(k)).isEqualTo(own.start(k));
        assertThat(cut.end(k)).isEqualTo(own.end(k));
        assertThat(cut.paragraph(k)).isZero();
      }
    }
    // Alone, the sentence's last word is "u.s"; in the paragraph, followed by a space, two words.
    assertThat(p.sentences().get(1).words().words()).endsWith("the", "u.s");
    assertThat(p.words().words()).containsSequence("the", "u", "s", "our");
    // Cut: a view of the paragraph's words, not a copy.
    assertThat(p.sentences().get(0).words().sharesWordsWith(p.words())).isTrue();
    assertThat(WordSequence.of(parts[0]).sharesWordsWith(p.words())).isFalse();
  }

  @Test
  void wordsHeldAsNumbersGiveTheTokenizersFormsAlsoCutAndJoined() {
    // Only ids and offsets are held; match and display forms, lengths and capitals are made from
    // the text the words were read from, for a paragraph, its sentences cut from it, and joins of
    // both (an empty part included), and they are what the tokenizer gives.
    String first = "Côte d’Ivoire and the U.N. welcome the ﬁnal 16.5 per cent. A ̈b Ok.";
    String second = "Kazakhstan’s CO-OPERATION with Semipalatinsk.";
    Paragraph a =
        new Paragraph(
            2,
            Paragraph.Kind.BODY,
            first,
            new Span(0, first.length()),
            List.of(
                new Sentence(
                    "Côte d’Ivoire and the U.N. welcome the ﬁnal 16.5 per cent.", new Span(0, 58)),
                new Sentence("A ̈b Ok.", new Span(59, 67))));
    Paragraph b = paragraph(5, second);
    a.words();
    WordSequence empty = WordSequence.of("");
    List<WordSequence> parts =
        List.of(
            a.sentences().get(1).words(),
            empty,
            a.words(),
            b.words(),
            WordSequence.concat(List.of(a.sentences().get(0).words(), b.words())));
    WordSequence all = WordSequence.concat(parts);
    List<String> texts = List.of(a.sentences().get(1).text(), "", first, second);
    List<Token> expected = new java.util.ArrayList<>();
    List<Integer> paragraphs = new java.util.ArrayList<>();
    int[] indexes = {0, 0, 2, 5};
    for (int t = 0; t < texts.size(); t++) {
      for (Token token : Tokenizer.tokenize(texts.get(t))) {
        expected.add(token);
        paragraphs.add(indexes[t]);
      }
    }
    for (Token token : Tokenizer.tokenize(a.sentences().get(0).text())) {
      expected.add(token);
      paragraphs.add(0);
    }
    for (Token token : Tokenizer.tokenize(second)) {
      expected.add(token);
      paragraphs.add(5);
    }
    assertThat(all.size()).isEqualTo(expected.size());
    for (int k = 0; k < all.size(); k++) {
      Token t = expected.get(k);
      assertThat(all.word(k)).isEqualTo(t.match());
      assertThat(all.display(k)).isEqualTo(t.text());
      assertThat(all.id(k)).isEqualTo(WordSequence.idOf(t.match()));
      assertThat(all.start(k)).isEqualTo(t.start());
      assertThat(all.end(k)).isEqualTo(t.end());
      assertThat(all.paragraph(k)).as(t.text()).isEqualTo(paragraphs.get(k));
      boolean letter = !t.match().isEmpty() && Character.isLetter(t.match().charAt(0));
      assertThat(all.letterLength(k)).as(t.text()).isEqualTo(letter ? t.match().length() : 0);
      assertThat(all.isCapitalised(k))
          .as(t.text())
          .isEqualTo(
              t.text().length() > 1
                  && Character.isUpperCase(t.text().charAt(0))
                  && Character.isLowerCase(t.text().charAt(1)));
    }
    assertThat(all.words()).contains("cote", "d'ivoire", "u.n", "final", "16.5", "kazakhstan's");
    assertThat(all.words()).contains("co-operation");
    assertThat(a.sentences().get(0).words().sharesWordsWith(a.words())).isTrue();
    assertThat(empty.isEmpty()).isTrue();
    org.assertj.core.api.Assertions.assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> a.sentences().get(1).words().id(3)); // a view ends where its text does
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void readingInOnePassCutsWordsByTheTokenizersRulesAndHashesTheirMatchForms(int seed) {
    // Random text: ASCII, accents, a lone combining mark, a ligature, typographic apostrophes and
    // hyphens, dotted initials, numbers with stops and commas, a soft hyphen, a surrogate pair.
    // Every word character lies in a word; a word begins and ends with one, holds nothing else but
    // connectors between two, and goes on as far as they go; its id, letter length and capital are
    // those of its match form,
    // made as a string.
    String alphabet = "aZz09 .,-'’‐:/\u00AD\u0301éÉİßﬁ\n\tU.S.Ä\uD835\uDC00\u2019\u2010–—\"“";
    java.util.Random random = new java.util.Random(seed);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      // one text in ten long enough to hold more words than the arrays are first made for
      for (int k = random.nextInt(round % 10 == 0 ? 300 : 30); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      WordSequence words = WordSequence.of(text);
      boolean[] inWord = new boolean[text.length()];
      for (int k = 0; k < words.size(); k++) {
        int start = words.start(k);
        int end = words.end(k);
        String display = text.substring(start, end);
        assertThat(Tokenizer.isWordChar(text.charAt(start))).as("[%s] %s", text, display).isTrue();
        assertThat(Tokenizer.isWordChar(text.charAt(end - 1)))
            .as("[%s] %s", text, display)
            .isTrue();
        assertThat( // and goes on as far as it can
                end == text.length()
                    || !Tokenizer.isWordChar(text.charAt(end))
                        && !(end + 1 < text.length() && Tokenizer.isInnerConnector(text, end)))
            .as("[%s] %s", text, display)
            .isTrue();
        for (int i = start; i < end; i++) {
          inWord[i] = true;
          if (!Tokenizer.isWordChar(text.charAt(i))) {
            assertThat(Tokenizer.isInnerConnector(text, i)).as("[%s] %s", text, display).isTrue();
            i++; // the connector's next character is a word character
            inWord[i] = true;
          }
        }
        String match = Tokenizer.matchForm(display);
        assertThat(words.id(k)).as("[%s] %s", text, display).isEqualTo(WordSequence.idOf(match));
        boolean letter = !match.isEmpty() && Character.isLetter(match.charAt(0));
        assertThat(words.letterLength(k))
            .as("[%s] %s", text, display)
            .isEqualTo(letter ? Math.min(127, match.length()) : 0);
        assertThat(words.isCapitalised(k))
            .as("[%s] %s", text, display)
            .isEqualTo(
                display.length() > 1
                    && Character.isUpperCase(display.charAt(0))
                    && Character.isLowerCase(display.charAt(1)));
      }
      for (int i = 0; i < text.length(); i++) {
        assertThat(inWord[i] || !Tokenizer.isWordChar(text.charAt(i)))
            .as("[%s] at %d", text, i)
            .isTrue();
      }
      assertThat(Tokenizer.tokenize(text)).hasSize(words.size());
    }
  }
}
