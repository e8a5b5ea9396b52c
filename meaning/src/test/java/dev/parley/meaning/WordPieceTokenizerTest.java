package dev.parley.meaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BERT's word pieces, as the default model's tokenizer file describes them. */
final class WordPieceTokenizerTest {

  private static WordPieceTokenizer tokenizer;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        WordPieceTokenizerTest.class
            .getClassLoader()
            .getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
      tokenizer =
          WordPieceTokenizer.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Lower case, punctuation set apart.
        "Hello, World.|7592 1010 2088 1012",
        // A word the vocabulary lacks, cut into its longest pieces from the left.
        "unaffable|14477 20961 3468",
        // Accents taken off.
        "Café|7668",
        // Spaces of any kind, control characters dropped.
        "hello\u00A0\u0007world|7592 2088",
      })
  void cutsTextIntoTheVocabularysPieces(String text, String ids) {
    assertThat(tokenizer.ids(text).stream().map(String::valueOf).toList())
        .containsExactly(ids.split(" "));
  }

  @Test
  void opensAndClosesWithTheClassifyAndSeparateTokens() {
    assertThat(tokenizer.classifyId()).isEqualTo(101);
    assertThat(tokenizer.separateId()).isEqualTo(102);
  }

  @Test
  void aWordNoPiecesMakeIsTheUnknownToken() {
    assertThat(tokenizer.ids("\uD83D\uDE00")).containsExactly(100);
    assertThat(tokenizer.ids("a".repeat(101))).containsExactly(100);
  }

  @Test
  void setsChineseCharactersApart() {
    assertThat(tokenizer.words("ab\u4E2D\u6587cd")).containsExactly("ab", "\u4E2D", "\u6587", "cd");
  }

  @Test
  void refusesAFileThatIsNotAWordPieceTokenizer() {
    assertThatThrownBy(() -> WordPieceTokenizer.fromJson("{\"model\": {\"type\": \"BPE\"}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BPE");
    assertThatThrownBy(() -> WordPieceTokenizer.fromJson("{\"model\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(
            () ->
                WordPieceTokenizer.fromJson(
                    "{\"model\": {\"type\": \"WordPiece\", \"vocab\": {\"a\": 0}}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[UNK]");
  }
}
