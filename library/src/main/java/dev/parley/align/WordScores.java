package dev.parley.align;

import dev.parley.align.PairTerms.Terms;
import dev.parley.internal.primitive.LongIntMap;
import java.util.Arrays;

/**
 * The words signal of every pair of units that may reach {@link #NEGLIGIBLE}: for each left unit,
 * its partners (ascending) and their scores; and each unit's best score.
 *
 * @param partners each left unit's scored partners, ascending
 * @param scores their scores, beside them
 * @param bestOfLeft each left unit's best score
 * @param bestOfRight each right unit's best score
 */
record WordScores(int[][] partners, double[][] scores, double[] bestOfLeft, double[] bestOfRight) {

  /**
   * A word in more units than this is not followed to find which pairs share words (it is still
   * counted in their score): it says little about which of them belong together.
   */
  static final int COMMON_UNITS = 64;

  /**
   * Below this a pair's words signal is not worked out exactly (it is 0 for every rule): no rule
   * reads words under {@link LinkEvidence.Bars#meaningWords}, and a pair's rare terms with a bound
   * on its common ones tell which pairs cannot reach it.
   */
  static final double NEGLIGIBLE = 0.05;

  /**
   * Scores every pair that shares a term held by at most {@link #COMMON_UNITS} units (a telling
   * term) and may reach {@link #NEGLIGIBLE}: the telling terms' products are summed as their
   * holders are visited, the common terms' bounded by the product of their norms (Cauchy and
   * Schwarz) and summed exactly only where the bound leaves the pair a chance.
   */
  static WordScores of(
      Terms[] termsLeft,
      Terms[] termsRight,
      double[][] weightsLeft,
      double[][] weightsRight,
      LongIntMap unitsHolding) {
    int[][] partners = new int[termsLeft.length][];
    double[][] scores = new double[termsLeft.length][];
    double[] bestOfLeft = new double[termsLeft.length];
    double[] bestOfRight = new double[termsRight.length];
    // Every term numbered; for each unit, its telling terms and its common ones apart.
    LongIntMap number = new LongIntMap(1024);
    Split[] ofRight = new Split[termsRight.length];
    for (int j = 0; j < termsRight.length; j++) {
      ofRight[j] = split(termsRight[j].ids(), weightsRight[j], unitsHolding, number);
    }
    Split[] ofLeft = new Split[termsLeft.length];
    for (int i = 0; i < termsLeft.length; i++) {
      ofLeft[i] = split(termsLeft[i].ids(), weightsLeft[i], unitsHolding, number);
    }
    int terms = number.size();
    // The right units holding each telling term, and their weights, one list a term.
    int[] size = new int[terms];
    for (Split r : ofRight) {
      for (int t : r.telling()) {
        size[t]++;
      }
    }
    int[] start = new int[terms + 1];
    for (int t = 0; t < terms; t++) {
      start[t + 1] = start[t] + size[t];
    }
    int[] holders = new int[start[terms]];
    double[] holderWeights = new double[start[terms]];
    int[] filled = Arrays.copyOf(start, terms);
    for (int j = 0; j < termsRight.length; j++) {
      Split r = ofRight[j];
      for (int k = 0; k < r.telling().length; k++) {
        int at = filled[r.telling()[k]]++;
        holders[at] = j;
        holderWeights[at] = r.tellingWeights()[k];
      }
    }
    double[] laidOut = new double[terms];
    double[] sum = new double[termsRight.length];
    int[] stamp = new int[termsRight.length];
    int[] touched = new int[termsRight.length];
    int[] row = new int[termsRight.length];
    double[] rowScores = new double[termsRight.length];
    for (int i = 0; i < termsLeft.length; i++) {
      Split own = ofLeft[i];
      int count = 0;
      for (int k = 0; k < own.telling().length; k++) {
        int t = own.telling()[k];
        double w = own.tellingWeights()[k];
        for (int p = start[t]; p < start[t + 1]; p++) {
          int j = holders[p];
          if (stamp[j] != i + 1) {
            stamp[j] = i + 1;
            touched[count++] = j;
            sum[j] = 0;
          }
          sum[j] += w * holderWeights[p];
        }
      }
      for (int k = 0; k < own.common().length; k++) {
        laidOut[own.common()[k]] = own.commonWeights()[k];
      }
      int kept = 0;
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        Split r = ofRight[j];
        double total = sum[j];
        if (total + own.commonNorm() * r.commonNorm() < NEGLIGIBLE) {
          continue;
        }
        for (int k = 0; k < r.common().length; k++) {
          total += r.commonWeights()[k] * laidOut[r.common()[k]];
        }
        total = Math.min(1, total);
        if (total < NEGLIGIBLE) {
          continue;
        }
        row[kept] = j;
        rowScores[kept++] = total;
        bestOfLeft[i] = Math.max(bestOfLeft[i], total);
        bestOfRight[j] = Math.max(bestOfRight[j], total);
      }
      for (int t : own.common()) {
        laidOut[t] = 0;
      }
      // The row ascending by right unit, its scores beside.
      long[] order = new long[kept];
      for (int c = 0; c < kept; c++) {
        order[c] = ((long) row[c] << 32) | c;
      }
      Arrays.sort(order);
      partners[i] = new int[kept];
      scores[i] = new double[kept];
      for (int c = 0; c < kept; c++) {
        partners[i][c] = (int) (order[c] >>> 32);
        scores[i][c] = rowScores[(int) order[c]];
      }
    }
    return new WordScores(partners, scores, bestOfLeft, bestOfRight);
  }

  /**
   * A unit's terms by number, telling ones (held by few units) and common ones apart, each with its
   * weight, and the norm of the common ones' weights.
   */
  private record Split(
      int[] telling,
      double[] tellingWeights,
      int[] common,
      double[] commonWeights,
      double commonNorm) {}

  private static Split split(
      long[] ids, double[] weights, LongIntMap unitsHolding, LongIntMap number) {
    int[] numbers = numbered(ids, number);
    int tellingCount = 0;
    for (long id : ids) {
      if (unitsHolding.get(id) <= COMMON_UNITS) {
        tellingCount++;
      }
    }
    int[] telling = new int[tellingCount];
    double[] tellingWeights = new double[tellingCount];
    int[] common = new int[ids.length - tellingCount];
    double[] commonWeights = new double[ids.length - tellingCount];
    double norm = 0;
    int t = 0;
    int c = 0;
    for (int k = 0; k < ids.length; k++) {
      if (unitsHolding.get(ids[k]) <= COMMON_UNITS) {
        telling[t] = numbers[k];
        tellingWeights[t++] = weights[k];
      } else {
        common[c] = numbers[k];
        commonWeights[c++] = weights[k];
        norm += weights[k] * weights[k];
      }
    }
    return new Split(telling, tellingWeights, common, commonWeights, Math.sqrt(norm));
  }

  /** The number of each of {@code ids}, numbering those not yet numbered. */
  private static int[] numbered(long[] ids, LongIntMap number) {
    int[] out = new int[ids.length];
    for (int k = 0; k < ids.length; k++) {
      int n = number.get(ids[k]) - 1;
      if (n < 0) {
        n = number.size();
        number.put(ids[k], n + 1);
      }
      out[k] = n;
    }
    return out;
  }
}
