package dev.parley.meaning;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * BERT's tokenizer, as a Hugging Face {@code tokenizer.json} describes it: the text cleaned
 * (control characters dropped, every space one space), Chinese characters set apart, lower-cased
 * and its accents taken off where the file says so, cut at spaces and around every punctuation
 * mark, then each word cut into the longest pieces of the vocabulary, greedily from the left
 * ({@code "unaffable"} → {@code un ##aff ##able}); a word no pieces make is the unknown token.
 *
 * <p>Immutable and thread-safe.
 */
final class WordPieceTokenizer {

  private final Map<String, Integer> vocabulary;
  private final String prefix;
  private final int unknown;
  private final int classify;
  private final int separate;
  private final int maxWordChars;
  private final boolean lowercase;
  private final boolean stripAccents;

  private WordPieceTokenizer(
      Map<String, Integer> vocabulary,
      String prefix,
      int unknown,
      int classify,
      int separate,
      int maxWordChars,
      boolean lowercase,
      boolean stripAccents) {
    this.vocabulary = vocabulary;
    this.prefix = prefix;
    this.unknown = unknown;
    this.classify = classify;
    this.separate = separate;
    this.maxWordChars = maxWordChars;
    this.lowercase = lowercase;
    this.stripAccents = stripAccents;
  }

  /**
   * The tokenizer a {@code tokenizer.json} describes.
   *
   * @throws IllegalArgumentException if the text is not JSON, or not a WordPiece tokenizer with a
   *     vocabulary holding its unknown, {@code [CLS]} and {@code [SEP]} tokens
   */
  static WordPieceTokenizer fromJson(String json) {
    Object root = JsonReader.read(json);
    Map<?, ?> model = map(root instanceof Map<?, ?> m ? m.get("model") : null, "model");
    if (!"WordPiece".equals(model.get("type"))) {
      throw new IllegalArgumentException(
          "the tokenizer is " + model.get("type") + ", not WordPiece");
    }
    Map<?, ?> vocab = map(model.get("vocab"), "model.vocab");
    Map<String, Integer> vocabulary = new HashMap<>(vocab.size() * 2);
    for (Map.Entry<?, ?> e : vocab.entrySet()) {
      if (!(e.getValue() instanceof Double d)) {
        throw new IllegalArgumentException("the vocabulary's entry " + e.getKey() + " is no id");
      }
      vocabulary.put((String) e.getKey(), d.intValue());
    }
    String unk = model.get("unk_token") instanceof String s ? s : "[UNK]";
    String prefix = model.get("continuing_subword_prefix") instanceof String s ? s : "##";
    int maxChars = model.get("max_input_chars_per_word") instanceof Double d ? d.intValue() : 100;
    boolean lowercase = true;
    boolean strip = true;
    Object normalizer = ((Map<?, ?>) root).get("normalizer");
    if (normalizer instanceof Map<?, ?> n) {
      lowercase = !Boolean.FALSE.equals(n.get("lowercase"));
      // BERT's normaliser strips accents where it lower-cases, unless told otherwise.
      strip = n.get("strip_accents") instanceof Boolean b ? b : lowercase;
    }
    return new WordPieceTokenizer(
        vocabulary,
        prefix,
        id(vocabulary, unk),
        id(vocabulary, "[CLS]"),
        id(vocabulary, "[SEP]"),
        maxChars,
        lowercase,
        strip);
  }

  private static Map<?, ?> map(@Nullable Object o, String what) {
    if (!(o instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("the tokenizer has no " + what);
    }
    return m;
  }

  private static int id(Map<String, Integer> vocabulary, String token) {
    Integer id = vocabulary.get(token);
    if (id == null) {
      throw new IllegalArgumentException("the vocabulary has no " + token);
    }
    return id;
  }

  /** The id of the token opening every input. */
  int classifyId() {
    return classify;
  }

  /** The id of the token closing every input. */
  int separateId() {
    return separate;
  }

  /** The ids of {@code text}'s pieces, without the opening and closing tokens. */
  List<Integer> ids(String text) {
    List<Integer> out = new ArrayList<>();
    for (String word : words(text)) {
      pieces(word, out);
    }
    return out;
  }

  /** The text cleaned, normalised and cut into words and punctuation marks. */
  List<String> words(String text) {
    String t = text;
    if (lowercase) {
      t = t.toLowerCase(Locale.ROOT);
    }
    if (stripAccents) {
      t = Normalizer.normalize(t, Normalizer.Form.NFD);
    }
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int k = 0; k < t.length(); ) {
      int c = t.codePointAt(k);
      k += Character.charCount(c);
      if (c == 0 || c == 0xFFFD || (isControl(c) && !Character.isWhitespace(c))) {
        continue;
      }
      if (stripAccents && Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        flush(word, out);
      } else if (isPunctuation(c) || isChinese(c)) {
        flush(word, out);
        out.add(new String(Character.toChars(c)));
      } else {
        word.appendCodePoint(c);
      }
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  /** Adds the ids of {@code word}'s longest pieces, from the left, or the unknown token's. */
  private void pieces(String word, List<Integer> out) {
    if (word.codePointCount(0, word.length()) > maxWordChars) {
      out.add(unknown);
      return;
    }
    int size = out.size();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer found = null;
      while (start < end) {
        String piece = word.substring(start, end);
        found = vocabulary.get(start > 0 ? prefix + piece : piece);
        if (found != null) {
          break;
        }
        end--;
        if (end > start && Character.isLowSurrogate(word.charAt(end))) {
          end--;
        }
      }
      if (found == null) {
        out.subList(size, out.size()).clear();
        out.add(unknown);
        return;
      }
      out.add(found);
      start = end;
    }
  }

  private static boolean isControl(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  /** BERT's punctuation: ASCII symbols and every Unicode punctuation mark. */
  private static boolean isPunctuation(int c) {
    if ((c >= 33 && c <= 47)
        || (c >= 58 && c <= 64)
        || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  /** The CJK ideographs BERT sets apart as words of their own. */
  private static boolean isChinese(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F)
        || (c >= 0x2B740 && c <= 0x2B81F)
        || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
