package dev.parley.align;

/**
 * The bars the stages of {@link UnitAligner} hold pairs of units to, on the scale of the measure
 * they score with (phrasing similarity by default). Only the match threshold can be set from
 * outside ({@link Aligner#withMatchThreshold}); the others are fixed, measured on the evaluations
 * the README names.
 *
 * @param match a 1:1 step of the monotone path earns its similarity less this; below it, deletion
 *     and insertion win
 */
record Thresholds(double match) {

  /** By default a 1:1 step earns its similarity less this. */
  static final double DEFAULT_MATCH = 0.2;

  /** Each part of a split or merge must reach this similarity with the other side on its own. */
  static final double PART = 0.2;

  /** A split or merge as a whole must reach this similarity. */
  static final double SPLIT = 0.4;

  /** An unpaired left unit and an unpaired right unit this alike are a move. */
  static final double MOVE = 0.3;

  /** ... or this alike when they also share a phrase of three content words or more. */
  static final double MOVE_WITH_PHRASE = 0.15;

  /** Pairs this alike, each the other's unique best, anchor the alignment. */
  static final double ANCHOR = 0.9;

  /** The lowest threshold a low-overlap alignment (the second pass) may use. */
  static final double LOW_OVERLAP_FLOOR = 0.03;

  /**
   * A unit left unpaired beside a link joins it only if at least this share of its rarer words
   * (those in under 70 % of the documents; all its words when it has four or fewer) is found in the
   * link's one unit on the other side: a part of it, not a new sentence on the same subject.
   */
  static final double ATTACH_CONTAINED = 0.5;

  /** At most this many unpaired units in a row join a link at once. */
  static final int ATTACH_RUN = 3;

  /** A gap of at most this many units a side may be linked by order ({@link Gaps}). */
  static final int GAP_MAX_UNITS = 3;

  /**
   * ... when the shorter unit of each pair has at least this share of the longer one's words ...
   */
  static final double GAP_LENGTH_RATIO = 0.8;

  /** ... and the pair keeps at least this share of its words in the same order (LCS ratio). */
  static final double GAP_ORDER_SHARE = 0.3;

  /**
   * ... or their lengths in letters differ by at most this many of Gale and Church's deviations.
   */
  static final double GAP_LENGTH_DEVIATIONS = 2.0;

  /**
   * The variance of a translated length per letter of the original, as Gale and Church measured it
   * on the Canadian Hansard (1993).
   */
  static final double LENGTH_VARIANCE = 6.8;

  /**
   * The parts of a unit found in a gap need only be this alike with it as a whole: each part
   * already holds half its rarer words in the unit, and the gap's place holds them.
   */
  static final double PARTS_OF_ONE = 0.1;

  /** The default thresholds. */
  static Thresholds defaults() {
    return new Thresholds(DEFAULT_MATCH);
  }

  /**
   * The threshold a user set above the default, which every link in place must then reach, however
   * its place and length speak for it; 0 at the default threshold or a looser one.
   */
  double strict() {
    return match > DEFAULT_MATCH ? match : 0;
  }
}
