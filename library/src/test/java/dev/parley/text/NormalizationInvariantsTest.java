package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random statements assembled from the real paragraphs of the fixtures, laid out in the ways
 * real statements come (one line per paragraph, hard-wrapped with blank lines, CR LF line ends,
 * page footers between lines), checked against invariants: the paragraphs come back word for word,
 * normalising the output again changes nothing, and every span traces to the original.
 */
final class NormalizationInvariantsTest {

  private static final List<String> PARAGRAPHS = realParagraphs();

  private static List<String> realParagraphs() {
    List<String> all = new ArrayList<>();
    for (String name :
        List.of(
            "pdf-indented-with-footer",
            "wrapped-by-width",
            "numbered-record",
            "form-feed-page-header")) {
      for (Paragraph p : Fixtures.normalize(name + ".txt").paragraphs()) {
        // Whole paragraphs only: an excerpt cut mid-paragraph cannot tell where it ends.
        if (p.kind() == Paragraph.Kind.BODY
            && p.text().length() > 120
            && Character.isUpperCase(p.text().charAt(0))
            && ParagraphKinds.endsSentence(p.text())
            // a source's own "Secretary- General" is repaired when it falls at a line end
            && !p.text().contains("- ")) {
          all.add(p.text());
        }
      }
    }
    return List.copyOf(all);
  }

  static IntStream seeds() {
    return IntStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomLayoutsOfRealParagraphsComeBackWordForWord(int seed) {
    Random random = new Random(seed);
    List<String> chosen = new ArrayList<>();
    int count = 3 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      chosen.add(PARAGRAPHS.get(random.nextInt(PARAGRAPHS.size())));
    }
    String text = layOut(chosen, random);
    Statement s = Normalizer.defaults().normalize("seed-" + seed, text);

    assertThat(s.paragraphs()).extracting(Paragraph::text).containsExactlyElementsOf(chosen);
    SpanChecks.assertSpansTraceToOriginal(s);

    // Idempotent: the normalised paragraphs, one per line, normalise to themselves.
    String again = String.join("\n\n", s.paragraphs().stream().map(Paragraph::text).toList());
    Statement twice = Normalizer.defaults().normalize("again", again);
    assertThat(twice.paragraphs())
        .extracting(Paragraph::text)
        .containsExactlyElementsOf(s.paragraphs().stream().map(Paragraph::text).toList());
  }

  /** Lays paragraphs out in one of the ways the corpus shows. */
  private static String layOut(List<String> paragraphs, Random random) {
    String lineEnd = random.nextBoolean() ? "\n" : "\r\n";
    int style = random.nextInt(3);
    // One width for the whole document, as a typesetter would use.
    int width = 45 + random.nextInt(30);
    StringBuilder out = new StringBuilder();
    int lines = 0;
    for (String p : paragraphs) {
      if (style == 0) {
        out.append(p).append(lineEnd);
        continue;
      }
      List<String> wrapped = wrap(p, width);
      for (int i = 0; i < wrapped.size(); i++) {
        boolean first = i == 0;
        out.append(style == 2 && first ? " " : "")
            .append(wrapped.get(i))
            .append(style == 2 ? " " : "")
            .append(lineEnd);
        if (++lines % 23 == 0 && i < wrapped.size() - 1) {
          // a page break inside the paragraph
          out.append(lineEnd)
              .append("06-53323 ")
              .append(lines / 23)
              .append(lineEnd)
              .append(lineEnd);
        }
      }
      if (style == 1) {
        out.append(lineEnd);
      }
    }
    return out.toString();
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
