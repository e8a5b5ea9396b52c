package dev.parley.benchmarks;

import dev.parley.align.Aligner;
import dev.parley.meaning.OnnxSentenceEncoder;
import java.util.Arrays;

/**
 * The {@code --meaning} option of the evaluations: with it, Parley's aligner weighs meaning with
 * the default sentence encoder beside words, as the command line does by default; without it, words
 * alone, as {@code Aligner.defaults()} does.
 */
final class MeaningOption {

  private MeaningOption() {}

  static final String FLAG = "--meaning";

  /** Whether {@code args} ask for meaning. */
  static boolean wanted(String[] args) {
    return Arrays.asList(args).contains(FLAG);
  }

  /** {@code args} without the option. */
  static String[] rest(String[] args) {
    return Arrays.stream(args).filter(a -> !a.equals(FLAG)).toArray(String[]::new);
  }

  /** The aligner an evaluation measures, with meaning or without. */
  static Aligner aligner(boolean meaning) {
    return meaning
        ? Aligner.defaults().withMeaning(OnnxSentenceEncoder.miniLm())
        : Aligner.defaults();
  }
}
