package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real excerpts from the UN General Debate corpus, one per layout, normalised and checked word for
 * word against the expected paragraphs and removed pieces beside them ({@code NAME.expected.txt}:
 * one {@code [kind] text} line per paragraph, then {@code removed kind: text} lines).
 */
final class NormalizerFixturesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // PDF extraction: hard-wrapped lines, indented paragraph starts, a footer mid-paragraph
        "pdf-indented-with-footer",
        // official record with numbered paragraphs, one of them behind an OCR comma
        "numbered-record",
        // numbered section headings that are not paragraph numbers
        "numbered-headings",
        // wrapped lines whose continuation is marked by a trailing space
        "wrapped-trailing-space",
        // wrapped lines with nothing but the line width to mark a paragraph's end; UTF-8 BOM
        "wrapped-by-width",
        // one line per paragraph, salutations, a "Check against delivery" line
        "one-per-line-delivery-note",
        // footer, form feed and document-symbol header between two parts of a paragraph
        "form-feed-page-header",
        // a date-and-symbol header and a page/job-number footer
        "date-and-symbol-header",
        // meeting headers and a lone page number inside paragraphs
        "meeting-header",
        // a change of Chair noted by the record
        "procedural-note",
        // line-end hyphens: interna-tional joined, Secretary-General kept
        "hyphenation",
        // old Mac line ends (CR only) and a BOM
        "cr-line-ends",
        // Windows line ends (CR LF)
        "crlf",
        // mission web page: letterhead, title block, salutations, closing, copyright
        "mission-website",
      })
  void normalisesLayoutAsExpected(String name) {
    Statement statement = Fixtures.normalize(name + ".txt");
    List<String> actual = new ArrayList<>();
    statement.paragraphs().forEach(p -> actual.add("[" + p.kind().label() + "] " + p.text()));
    statement.removed().forEach(r -> actual.add("removed " + r.kind().label() + ": " + r.text()));
    List<String> expected = Fixtures.text(name + ".expected.txt").lines().toList();
    assertThat(actual).containsExactlyElementsOf(expected);
    SpanChecks.assertSpansTraceToOriginal(statement);
  }
}
