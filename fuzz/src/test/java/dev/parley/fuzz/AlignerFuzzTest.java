package dev.parley.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.Parley;
import dev.parley.align.Alignment;
import dev.parley.text.Statement;
import dev.parley.text.UnusableInputException;
import java.nio.charset.StandardCharsets;

/**
 * The aligner on any two texts, in both modes: every paragraph in one link or only in partial links
 * (versions mode), diffs that rebuild both sides, scores in [0, 1], and the same overall similarity
 * both ways.
 */
final class AlignerFuzzTest {

  private static final Parley PARLEY = Parley.builder().maxInputBytes(1 << 16).build();

  /** The input is the left text, a NUL byte, then the right text (no NUL: split in half). */
  @FuzzTest(maxDuration = "5m")
  void alignsAnyTwoTexts(byte[] input) {
    int cut = 0;
    while (cut < input.length && input[cut] != 0) {
      cut++;
    }
    int from = cut < input.length ? cut + 1 : (cut = input.length / 2);
    String left = new String(input, 0, cut, StandardCharsets.UTF_8);
    String right = new String(input, from, input.length - from, StandardCharsets.UTF_8);
    Statement a;
    Statement b;
    try {
      a = PARLEY.normalize("left.txt", left);
      b = PARLEY.normalize("right.txt", right);
    } catch (UnusableInputException e) {
      assertThat(e.source()).isIn("left.txt", "right.txt");
      return;
    }
    Alignment versions = PARLEY.compare(a, b, Alignment.Mode.VERSIONS);
    Checks.alignment(versions);
    Alignment delegations = PARLEY.compare(a, b, Alignment.Mode.DELEGATIONS);
    Checks.alignment(delegations);
    Alignment back = PARLEY.compare(b, a, Alignment.Mode.VERSIONS);
    assertThat(back.similarity()).isCloseTo(versions.similarity(), offset(1e-9));
  }
}
