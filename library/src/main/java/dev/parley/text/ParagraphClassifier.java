package dev.parley.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The third step of normalisation: tells headings, salutations and closings from body paragraphs,
 * reads the title block into {@link Metadata}, and checks its date against a copyright line.
 */
final class ParagraphClassifier {

  private ParagraphClassifier() {}

  static Metadata classify(List<ParagraphAssembler.Draft> drafts) {
    for (ParagraphAssembler.Draft d : drafts) {
      String t = d.finished;
      if (ParagraphKinds.isClosing(t)) {
        d.kind = Paragraph.Kind.CLOSING;
      } else if (ParagraphKinds.isSalutation(t) || ParagraphKinds.isNamedGreeting(t)) {
        d.kind = Paragraph.Kind.SALUTATION;
      } else if (ParagraphKinds.isHeading(t)) {
        d.kind = Paragraph.Kind.HEADING;
      }
    }
    for (int i = 0; i < drafts.size(); i++) {
      ParagraphAssembler.Draft d = drafts.get(i);
      if (!TitleBlock.opens(d.finished)) {
        continue;
      }
      d.kind = Paragraph.Kind.HEADING;
      List<String> following = new ArrayList<>();
      for (int j = i + 1; j < drafts.size() && j <= i + 3; j++) {
        ParagraphAssembler.Draft next = drafts.get(j);
        if (next.kind != Paragraph.Kind.HEADING && !isDateLine(next.finished)) {
          break;
        }
        next.kind = Paragraph.Kind.HEADING;
        following.add(next.finished);
      }
      return TitleBlock.read(d.finished, following);
    }
    return Metadata.empty();
  }

  private static boolean isDateLine(String text) {
    return text.length() < 60 && TitleBlock.findDate(text).isPresent();
  }

  static void checkDateAgainstCopyright(
      Metadata metadata, List<RemovedText> removed, List<String> warnings) {
    Optional<LocalDate> date = metadata.date();
    if (date.isEmpty()) {
      return;
    }
    for (RemovedText r : removed) {
      if (r.kind() == RemovedText.Kind.COPYRIGHT) {
        Optional<Integer> year = TitleBlock.findYear(r.text());
        if (year.isPresent() && year.get() != date.get().getYear()) {
          warnings.add(
              "the title block's date "
                  + date.get()
                  + " disagrees with the copyright year "
                  + year.get());
        }
      }
    }
  }
}
