package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three steps of normalisation, each on its own: lines, paragraphs, kinds and metadata. */
final class NormalizerStepsTest {

  // --- LineScan

  @Test
  void theLineScanTakesOutPageFurnitureAndRecordsWhereItStood() {
    String text =
        "We must act together on climate change, and we must act now.\n"
            + "16-29811 3/20\n"
            + "That is why my country supports the agreement.\n";
    LineScan.Result scanned = LineScan.scan(text);
    List<SourceLine> lines = scanned.lines();
    List<RemovedText> removed = scanned.removed();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).isContent()).isFalse();
    assertThat(removed).hasSize(1);
    RemovedText footer = removed.get(0);
    assertThat(footer.kind()).isEqualTo(RemovedText.Kind.PAGE_FOOTER);
    assertThat(text.substring(footer.span().start(), footer.span().end())).isEqualTo(footer.text());
  }

  @Test
  void theLineScanTakesNumbersOffTheParagraphsOfANumberedRecord() {
    StringBuilder text = new StringBuilder();
    for (int n = 61; n <= 64; n++) {
      text.append(n)
          .append(".\tThe delegation of Kazakhstan wishes to state its position on this item")
          .append(" of the agenda in some detail.\n");
    }
    LineScan.Result scanned = LineScan.scan(text.toString());
    List<SourceLine> lines = scanned.lines();
    List<RemovedText> removed = scanned.removed();
    assertThat(removed).extracting(RemovedText::text).containsExactly("61.", "62.", "63.", "64.");
    for (SourceLine line : lines) {
      if (line.isContent()) {
        assertThat(line.content(text.toString())).startsWith("The delegation");
        assertThat(line.numbered).isTrue();
      }
    }
  }

  @Test
  void theLetterheadStepReturnsNewLinesAndLeavesItsInputAsItWas() {
    String text =
        "Permanent Mission of Kazakhstan to the United Nations\n"
            + "Tel: +1 212 230 1900\n"
            + "\n"
            + "Mr. President, my delegation welcomes the report of the Secretary-General.\n";
    List<SourceLine> split = SourceLine.split(text);
    List<SourceLine> marked = Letterhead.mark(text, split);
    assertThat(split).allSatisfy(line -> assertThat(line.removedAs).isNull());
    assertThat(marked.get(0).removedAs).isEqualTo(RemovedText.Kind.LETTERHEAD);
    assertThat(marked.get(1).removedAs).isEqualTo(RemovedText.Kind.LETTERHEAD);
    assertThat(marked.get(3).removedAs).isNull();
    assertThat(marked.get(3)).isSameAs(split.get(3));
    assertThat(LineScan.scan(text).lines()).isUnmodifiable();
  }

  @Test
  void aDeliveryNoteCutFromALineLeavesTheRestOfItsContentTrimmed() {
    String text =
        "Check against delivery   We must act together on climate change, and we must act now.\n"
            + "That is why my country supports the agreement.\n";
    LineScan.Result scanned = LineScan.scan(text);
    SourceLine first = scanned.lines().get(0);
    assertThat(first.content(text)).startsWith("We must act");
    assertThat(first.start).isZero();
    assertThat(scanned.removed())
        .extracting(RemovedText::kind)
        .containsExactly(RemovedText.Kind.DELIVERY_NOTE);
  }

  // --- ParagraphAssembler

  @Test
  void theAssemblerJoinsHardWrappedLinesAndResolvesLineEndHyphens() {
    String text =
        "The international community must redouble its efforts to combat drug traf-\n"
            + "ficking and organized crime, which threaten the stability of whole regions.\n"
            + "\n"
            + "My delegation also welcomes the report of the Secretary-General on the work\n"
            + "of the Organization.\n";
    List<SourceLine> lines = LineScan.scan(text).lines();
    List<ParagraphAssembler.Draft> drafts =
        new ParagraphAssembler(TermStatistics.defaults())
            .assemble(text, lines, LayoutProfile.measure(text, lines));
    assertThat(drafts).hasSize(2);
    Paragraph first = drafts.get(0).toParagraph(0);
    assertThat(first.text())
        .isEqualTo(
            "The international community must redouble its efforts to combat drug trafficking"
                + " and organized crime, which threaten the stability of whole regions.");
    assertThat(first.span().start()).isZero();
    assertThat(drafts.get(1).toParagraph(1).text()).endsWith("on the work of the Organization.");
  }

  @Test
  void aSalutationAfterABlankLineBelowAWordsHyphenOpensAParagraph() {
    // A paragraph cut off after "fruit-" (a lost line, a typing slip): a word cut at a hyphen goes
    // on in lower case, so "Mr. Chairman," after the blank line is a salutation of its own, not the
    // rest of the word (it was joined as "fruit-Mr. Chairman,").
    String text =
        String.join(
            "\n",
            "We thank the Secretary-General for his report on the work of the Organization, which",
            "we have read with great interest and which will be most helpful in our work this year",
            "and beyond, as we hope it will be for every delegation in this Hall and for the people",
            "we serve. Our delegation is convinced that the deliberations of this session will be"
                + " fruit-",
            "",
            "Mr. Chairman,",
            "",
            "While aligning ourselves fully with the statement made on behalf of the Group, we wish",
            "to add some remarks in our national capacity on the matter before us, which concerns",
            "every Member State of the Organization and every people of the world in equal measure.",
            "");
    List<Paragraph> paragraphs = Normalizer.defaults().normalize("x", text).paragraphs();
    assertThat(paragraphs)
        .extracting(Paragraph::kind)
        .containsExactly(Paragraph.Kind.BODY, Paragraph.Kind.SALUTATION, Paragraph.Kind.BODY);
    assertThat(paragraphs.get(0).text()).endsWith("will be fruit-");
    assertThat(paragraphs.get(1).text()).isEqualTo("Mr. Chairman,");
  }

  // --- ParagraphClassifier

  @Test
  void theClassifierTellsKindsAndReadsTheTitleBlock() {
    String text =
        "Statement by H.E. Mr. Kairat Abdrakhmanov\n"
            + "Permanent Representative of the Republic of Kazakhstan\n"
            + "New York, 3 October 2006\n"
            + "\n"
            + "Mr. Chairman,\n"
            + "\n"
            + "Kazakhstan condemns terrorism in all its forms and manifestations.\n"
            + "\n"
            + "Thank you, Mr. Chairman.\n";
    List<SourceLine> lines = LineScan.scan(text).lines();
    List<ParagraphAssembler.Draft> drafts =
        new ParagraphAssembler(TermStatistics.defaults())
            .assemble(text, lines, LayoutProfile.measure(text, lines));
    Metadata metadata = ParagraphClassifier.classify(drafts);
    List<Paragraph.Kind> kinds = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      kinds.add(drafts.get(i).toParagraph(i).kind());
    }
    assertThat(kinds)
        .endsWith(Paragraph.Kind.SALUTATION, Paragraph.Kind.BODY, Paragraph.Kind.CLOSING);
    assertThat(kinds.get(0)).isEqualTo(Paragraph.Kind.HEADING);
    assertThat(metadata.date()).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2006));
  }
}
