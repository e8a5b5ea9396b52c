package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.text.Normalizer;
import dev.parley.text.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley compare} as docs/CLI-CONTRACT.md states it. */
final class CompareCommandTest {

  @TempDir Path dir;
  Path kaz;
  Path kgz;
  Path edited;

  @BeforeEach
  void copySeeds() throws IOException {
    kaz = dir.resolve("kaz.txt");
    kgz = dir.resolve("kgz.txt");
    try (var in = getClass().getResourceAsStream("/kazakhstan-general-debate-2006.txt")) {
      Files.write(kaz, in.readAllBytes());
    }
    try (var in = getClass().getResourceAsStream("/kyrgyzstan-general-debate-2006.txt")) {
      Files.write(kgz, in.readAllBytes());
    }
    // A later version: the first paragraph reworded a little, one paragraph dropped.
    String text = Files.readString(kaz).replace("skilful stewardship", "wise leadership");
    edited = Files.writeString(dir.resolve("edited.txt"), text);
  }

  @Test
  void jsonInVersionsModeCoversEveryParagraphOnceAndDiffsRebuildBothSides() throws IOException {
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run("compare", "--format", "json", kaz.toString(), edited.toString());
    assertThat(r.status()).isZero();
    JsonNode root = Json.MAPPER.readTree(r.out());
    assertThat(root.get("mode").asText()).isEqualTo("versions");
    assertThat(root.get("left").get("source").asText()).isEqualTo(kaz.toString());
    assertThat(root.get("right").get("paragraphs").isArray()).isTrue();
    assertThat(root.get("similarity").asDouble()).isBetween(0.9, 1.0);
    Set<Integer> lefts = new HashSet<>();
    Set<Integer> rights = new HashSet<>();
    boolean changed = false;
    for (JsonNode link : root.get("links")) {
      assertThat(link.get("type").asText())
          .isIn("match", "split", "merge", "move", "delete", "insert");
      link.get("left").forEach(i -> assertThat(lefts.add(i.asInt())).isTrue());
      link.get("right").forEach(i -> assertThat(rights.add(i.asInt())).isTrue());
      if (link.has("diff")) {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (JsonNode op : link.get("diff")) {
          String t = op.get("text").asText();
          switch (op.get("op").asText()) {
            case "equal" -> {
              left.append(t);
              right.append(t);
            }
            case "delete" -> {
              left.append(t);
              changed = true;
            }
            case "insert" -> right.append(t);
            default -> throw new AssertionError(op);
          }
        }
        int l = link.get("left").get(0).asInt();
        assertThat(left.toString())
            .startsWith(root.get("left").get("paragraphs").get(l).get("text").asText());
        assertThat(right.toString()).isNotEmpty();
      }
    }
    assertThat(lefts).hasSize(root.get("left").get("paragraphs").size());
    assertThat(rights).hasSize(root.get("right").get("paragraphs").size());
    assertThat(changed).isTrue();
  }

  /** A version in which the second sentence of paragraph 5 moved to the end of paragraph 9. */
  private Path movedSentence() throws IOException {
    Statement s = Normalizer.defaults().read(kaz);
    List<String> paragraphs = new ArrayList<>(s.paragraphs().stream().map(p -> p.text()).toList());
    String moved = s.paragraphs().get(5).sentences().get(1).text();
    paragraphs.set(5, paragraphs.get(5).replace(moved + " ", ""));
    paragraphs.set(9, paragraphs.get(9) + " " + moved);
    return Files.writeString(dir.resolve("moved.txt"), String.join("\n\n", paragraphs));
  }

  @Test
  void aSentenceMovedToAnotherParagraphIsAPartialLinkWithItsShare() throws IOException {
    Path moved = movedSentence();
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run("compare", "--format", "json", kaz.toString(), moved.toString());
    assertThat(r.status()).isZero();
    JsonNode root = Json.MAPPER.readTree(r.out());
    List<JsonNode> partial = new ArrayList<>();
    for (JsonNode link : root.get("links")) {
      assertThat(link.get("type").asText())
          .isIn("match", "split", "merge", "move", "partial", "delete", "insert");
      if (link.get("left").size() > 0 && link.get("right").size() > 0) {
        assertThat(link.get("share").get("left").asDouble()).isBetween(0.0, 1.0);
        assertThat(link.get("share").get("right").asDouble()).isBetween(0.0, 1.0);
        assertThat(link.get("sentences")).isNotEmpty();
      }
      if (link.get("type").asText().equals("partial")) {
        partial.add(link);
      }
    }
    assertThat(partial).hasSize(1);
    JsonNode p = partial.get(0);
    assertThat(p.get("left").get(0).asInt()).isEqualTo(5);
    assertThat(p.get("right").get(0).asInt()).isEqualTo(9);
    assertThat(p.get("share").get("left").asDouble()).isBetween(0.05, 0.95);
    JsonNode sentence = p.get("sentences").get(0);
    assertThat(sentence.get("type").asText()).isEqualTo("match");
    String text =
        root.get("right")
            .get("paragraphs")
            .get(9)
            .get("sentences")
            .get(sentence.get("right").get(0).asInt())
            .get("text")
            .asText();
    assertThat(p.get("diff").get(0).get("op").asText()).isEqualTo("equal");
    assertThat(p.get("diff").get(0).get("text").asText()).isEqualTo(text);

    NormalizeCommandTest.Run report =
        NormalizeCommandTest.run("compare", kaz.toString(), moved.toString());
    assertThat(report.out())
        .contains("== sentences moved: left ¶ 6 → right ¶ 10")
        // Its text is the moved sentence alone, not the whole paragraph.
        .containsPattern(
            "== sentences moved: left ¶ 6 → right ¶ 10[^\\n]*\\n"
                + "   why: moved sentences[^\\n]*\\n(        [^\\n]*\\n)*   = “?"
                + java.util.regex.Pattern.quote(text.substring(0, 20)))
        .contains("⇢ to right ¶ 10: “" + text.substring(0, 20))
        .contains("⇠ from left ¶ 6: “" + text.substring(0, 20));
    NormalizeCommandTest.Run html =
        NormalizeCommandTest.run("compare", "--format", "html", kaz.toString(), moved.toString());
    assertThat(html.out()).contains("class=\"row partial\"").contains("class=\"band partial\"");
  }

  @Test
  void jsonInDelegationsModeHasRelatedLinksWithSharedPhrases() throws IOException {
    // Denmark and Finland, 2020: one echo ("invest more in conflict prevention"), and the same
    // initiative both support in their own words ("the Secretary-General's call for a global
    // ceasefire", a phrase every speech of that year said).
    Path folder = dir.resolve("nordic");
    Files.createDirectories(folder);
    Path dnk = folder.resolve("dnk.txt");
    Path fin = folder.resolve("fin.txt");
    for (Path p : List.of(dnk, fin)) {
      String name = p == dnk ? "left.txt" : "right.txt";
      try (var in = getClass().getResourceAsStream("/golden/delegations/" + name)) {
        Files.write(p, in.readAllBytes());
      }
    }
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run(
            "compare", "--mode", "delegations", "--format", "json", dnk.toString(), fin.toString());
    assertThat(r.status()).isZero();
    JsonNode root = Json.MAPPER.readTree(r.out());
    assertThat(root.get("mode").asText()).isEqualTo("delegations");
    assertThat(relatedPairs(root)).containsExactly("2-1", "3-0");
    JsonNode link = root.get("links").get(0);
    assertThat(link.get("type").asText()).isEqualTo("related");
    assertThat(link.get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(link.get("sharedPhrases").get(0).asText())
        .isEqualTo("invest more in conflict prevention");
    assertThat(link.get("evidence").get("rule").asText()).isEqualTo("echo");
    JsonNode ceasefire = root.get("links").get(1).get("evidence");
    assertThat(ceasefire.get("terms").toString()).contains("ceasefire");
    assertThat(ceasefire.get("meaning").asDouble()).isGreaterThan(0.3);
    assertThat(root.get("meaningModel").asText()).isEqualTo("all-MiniLM-L6-v2 (int8)");

    // Common phrases of a corpus of one statement: none, so every shared phrase is evidence.
    Path alone = dir.resolve("alone");
    Files.createDirectories(alone);
    Files.copy(dnk, alone.resolve("dnk.txt"));
    Path none = dir.resolve("none.bin.gz");
    NormalizeCommandTest.Run found =
        NormalizeCommandTest.run("phrases", alone.toString(), "--output", none.toString());
    assertThat(found.status()).as(found.err()).isZero();
    assertThat(found.err().strip())
        .startsWith("parley: found 0 phrases said in 10 or more of 1 statements in ")
        .endsWith("; wrote " + none);
    NormalizeCommandTest.Run loose =
        NormalizeCommandTest.run(
            "compare",
            "--mode",
            "delegations",
            "--format",
            "json",
            "--phrases",
            none.toString(),
            dnk.toString(),
            fin.toString());
    assertThat(loose.status()).as(loose.err()).isZero();
    assertThat(relatedPairs(Json.MAPPER.readTree(loose.out()))).containsExactly("2-1", "3-0");

    // Common phrases of the two statements themselves: all they share is common.
    Path both = dir.resolve("both.bin");
    NormalizeCommandTest.Run counted =
        NormalizeCommandTest.run(
            "phrases", folder.toString(), "--output", both.toString(), "--min-documents", "2");
    assertThat(counted.status()).as(counted.err()).isZero();
    NormalizeCommandTest.Run strict =
        NormalizeCommandTest.run(
            "compare",
            "--mode",
            "delegations",
            "--phrases",
            both.toString(),
            dnk.toString(),
            fin.toString());
    // The echo is no echo; the same initiative, said in other words, still relates the two.
    assertThat(strict.out()).contains("links: 1 related").doesNotContain("why: echo");

    NormalizeCommandTest.Run usage =
        NormalizeCommandTest.run(
            "phrases", folder.toString(), "--output", both.toString(), "--min-documents", "1");
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err().strip()).isEqualTo("parley: --min-documents must be at least 2");
    NormalizeCommandTest.Run notPhrases =
        NormalizeCommandTest.run(
            "compare",
            "--mode",
            "delegations",
            "--phrases",
            dnk.toString(),
            dnk.toString(),
            fin.toString());
    assertThat(notPhrases.status()).isEqualTo(1);
    assertThat(notPhrases.err().strip())
        .isEqualTo("parley: " + dnk + ": not parley common phrases");
  }

  private static List<String> relatedPairs(JsonNode root) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode link : root.get("links")) {
      out.add(link.get("left").get(0).asInt() + "-" + link.get("right").get(0).asInt());
    }
    return out;
  }

  @Test
  void textReportNamesTheChangesAndWritesToAFile() throws IOException {
    Path out = dir.resolve("report.txt");
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run(
            "compare", "--output", out.toString(), kaz.toString(), edited.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out))
        .contains("phrasing similarity")
        .contains("[-skilful stewardship-]{+wise leadership+}");
  }

  @Test
  void htmlGoesToTheOutputFileAsOnePage() throws IOException {
    Path out = dir.resolve("report.html");
    NormalizeCommandTest.Run r =
        NormalizeCommandTest.run(
            "compare",
            "--format",
            "html",
            "--output",
            out.toString(),
            kaz.toString(),
            edited.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    String html = Files.readString(out);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .endsWith("</html>\n")
        .contains("<del>skilful stewardship</del>")
        .contains("<ins>wise leadership</ins>")
        .contains("<svg");
    NormalizeCommandTest.Run toStdout =
        NormalizeCommandTest.run(
            "compare", "--mode", "delegations", "--format", "html", kaz.toString(), kgz.toString());
    assertThat(toStdout.status()).isZero();
    assertThat(toStdout.out()).startsWith("<!DOCTYPE html>").contains("two delegations'", "Right");
  }

  @Test
  void wrongUsageAndBadInputExitAsTheContractSays() {
    assertThat(
            NormalizeCommandTest.run(
                    "compare", "--mode", "sideways", kaz.toString(), kgz.toString())
                .status())
        .isEqualTo(2);
    NormalizeCommandTest.Run pdf =
        NormalizeCommandTest.run("compare", "--format", "pdf", kaz.toString(), kgz.toString());
    assertThat(pdf.status()).isEqualTo(2);
    assertThat(pdf.err()).contains("pdf");
    assertThat(NormalizeCommandTest.run("compare", kaz.toString()).status()).isEqualTo(2);
    NormalizeCommandTest.Run missing =
        NormalizeCommandTest.run("compare", kaz.toString(), dir.resolve("none.txt").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err().strip())
        .isEqualTo("parley: " + dir.resolve("none.txt") + ": no such file");
  }

  @Test
  void delegationsWithNothingInCommonGetTheClosestPairsAndWhy() throws IOException {
    Path fish = dir.resolve("fish.txt");
    Files.writeString(
        fish,
        "Fiji welcomes the Agreement on straddling fish stocks and highly migratory fish stocks."
            + " It will lead to the sustainable use of the living resources of the sea.\n\n"
            + "We thank the people of Samoa for their hospitality at the Forum.\n");
    Path reform = dir.resolve("reform.txt");
    Files.writeString(
        reform,
        "The reform of the Security Council must make it more representative of today's world."
            + " New permanent seats are needed for Africa.\n\n"
            + "Our economy grew by four per cent last year thanks to tourism.\n");
    NormalizeCommandTest.Run json =
        NormalizeCommandTest.run(
            "compare",
            "--mode",
            "delegations",
            "--meaning",
            "off",
            "--format",
            "json",
            fish.toString(),
            reform.toString());
    assertThat(json.status()).as(json.err()).isZero();
    JsonNode root = Json.MAPPER.readTree(json.out());
    assertThat(root.get("links")).isEmpty();
    JsonNode closest = root.get("closest");
    assertThat(closest).isNotEmpty();
    assertThat(closest.get(0).get("shortOf").asText()).startsWith("words 0.");
    assertThat(closest.get(0).has("meaning")).isFalse();
    NormalizeCommandTest.Run text =
        NormalizeCommandTest.run(
            "compare",
            "--mode",
            "delegations",
            "--meaning",
            "off",
            fish.toString(),
            reform.toString());
    assertThat(text.out())
        .contains("links: none")
        .contains("closest pairs, and why they are no link:");
  }

  @Test
  void meaningIsUsedByDefaultNamedInTheJsonAndCanBeTurnedOff() throws IOException {
    Path later = dir.resolve("kaz2007-meaning.txt");
    try (var in = getClass().getResourceAsStream("/kazakhstan-general-debate-2007.txt")) {
      Files.write(later, in.readAllBytes());
    }
    NormalizeCommandTest.Run on =
        NormalizeCommandTest.run("compare", "--format", "json", kaz.toString(), later.toString());
    assertThat(on.status()).as(on.err()).isZero();
    JsonNode withMeaning = Json.MAPPER.readTree(on.out());
    assertThat(withMeaning.get("meaningModel").asText()).isEqualTo("all-MiniLM-L6-v2 (int8)");
    // Kazakhstan's proposal of 1992, the Conference on Interaction and Confidence-building
    // Measures in Asia, in both years: linked, and said why.
    JsonNode cica = null;
    for (JsonNode l : withMeaning.get("links")) {
      if (l.has("evidence") && l.get("evidence").get("terms").toString().contains("CICA")) {
        cica = l.get("evidence");
      }
    }
    assertThat(cica).isNotNull();
    assertThat(cica.get("meaning").asDouble()).isBetween(-1.0, 1.0);

    NormalizeCommandTest.Run off =
        NormalizeCommandTest.run(
            "compare", "--meaning", "off", "--format", "json", kaz.toString(), later.toString());
    assertThat(off.status()).as(off.err()).isZero();
    JsonNode words = Json.MAPPER.readTree(off.out());
    assertThat(words.has("meaningModel")).isFalse();
    for (JsonNode l : words.get("links")) {
      if (l.has("evidence")) {
        assertThat(l.get("evidence").has("meaning")).isFalse();
      }
    }

    NormalizeCommandTest.Run text =
        NormalizeCommandTest.run("compare", kaz.toString(), later.toString());
    assertThat(text.out())
        .containsPattern("\\n   why: [a-z ]+(\\(weak\\))?; words 0\\.\\d\\d, meaning ");
    NormalizeCommandTest.Run html =
        NormalizeCommandTest.run("compare", "--format", "html", kaz.toString(), later.toString());
    assertThat(html.out()).contains("<details class=\"why").contains("<summary>why: ");

    NormalizeCommandTest.Run wrong =
        NormalizeCommandTest.run("compare", "--meaning", "maybe", kaz.toString(), later.toString());
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.err().strip()).isEqualTo("parley: --meaning must be on or off, not 'maybe'");
  }

  @Test
  void theSharedOptionsConfigureParley() throws IOException {
    Path terms = dir.resolve("terms.tsv.gz");
    NormalizeCommandTest.Run counted =
        NormalizeCommandTest.run("terms", dir.toString(), "--output", terms.toString());
    assertThat(counted.status()).as(counted.err()).isZero();
    NormalizeCommandTest.Run withTerms =
        NormalizeCommandTest.run(
            "compare",
            "--terms",
            terms.toString(),
            "--format",
            "json",
            kaz.toString(),
            edited.toString());
    assertThat(withTerms.status()).as(withTerms.err()).isZero();
    assertThat(Json.MAPPER.readTree(withTerms.out()).get("links")).isNotEmpty();

    Path later = dir.resolve("kaz2007.txt");
    try (var in = getClass().getResourceAsStream("/kazakhstan-general-debate-2007.txt")) {
      Files.write(later, in.readAllBytes());
    }
    NormalizeCommandTest.Run strict =
        NormalizeCommandTest.run(
            "compare",
            "--match-threshold",
            "0.6",
            "--format",
            "json",
            kaz.toString(),
            later.toString());
    assertThat(strict.status()).isZero();
    NormalizeCommandTest.Run usual =
        NormalizeCommandTest.run("compare", "--format", "json", kaz.toString(), later.toString());
    assertThat(matches(strict.out())).isLessThan(matches(usual.out()));

    NormalizeCommandTest.Run wrong =
        NormalizeCommandTest.run(
            "compare", "--match-threshold", "2", kaz.toString(), kgz.toString());
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.err()).contains("match threshold must be between 0 and 1");
    Path missing = dir.resolve("no-terms.tsv");
    NormalizeCommandTest.Run noTerms =
        NormalizeCommandTest.run(
            "compare", "--terms", missing.toString(), kaz.toString(), kgz.toString());
    assertThat(noTerms.status()).isEqualTo(1);
    assertThat(noTerms.err().strip()).isEqualTo("parley: " + missing + ": no such file");
    NormalizeCommandTest.Run notTerms =
        NormalizeCommandTest.run(
            "compare", "--terms", kaz.toString(), kaz.toString(), kgz.toString());
    assertThat(notTerms.status()).isEqualTo(1);
    assertThat(notTerms.err()).startsWith("parley: " + kaz + ": not parley term statistics");
    NormalizeCommandTest.Run small =
        NormalizeCommandTest.run("normalize", "--max-input-mb", "0", kaz.toString());
    assertThat(small.status()).isEqualTo(2);
  }

  /**
   * A statement over 10 MB is refused at once with one line (a comparison of two such files would
   * run for minutes), unless {@code --max-input-mb} raises the limit.
   */
  @Test
  void refusesStatementsOverTenMegabytesByDefault() throws IOException {
    Path big = dir.resolve("big.txt");
    String speech = Files.readString(kaz);
    StringBuilder b = new StringBuilder();
    while (b.length() <= 10_100_000) {
      b.append(speech).append("\n\n");
    }
    Files.writeString(big, b);
    NormalizeCommandTest.Run refused =
        NormalizeCommandTest.run("compare", big.toString(), kaz.toString());
    assertThat(refused.status()).isEqualTo(1);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err().strip())
        .matches("parley: .*big\\.txt: too large: 10\\.\\d MB, over the limit of 10\\.0 MB");
    NormalizeCommandTest.Run raised =
        NormalizeCommandTest.run("normalize", "--max-input-mb", "11", big.toString());
    assertThat(raised.status()).as(raised.err()).isZero();
  }

  /** The paragraph links of a comparison: matches, splits, merges and moves. */
  private static long matches(String json) throws IOException {
    long n = 0;
    for (JsonNode link : Json.MAPPER.readTree(json).get("links")) {
      if (List.of("match", "split", "merge", "move").contains(link.get("type").asText())) {
        n++;
      }
    }
    return n;
  }
}
