package dev.parley.similarity;

import dev.parley.internal.primitive.LongDoubleMap;
import dev.parley.internal.primitive.LongIntMap;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.TermStatistics;
import dev.parley.text.UnusableInputException;
import dev.parley.text.WordSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Trains {@link WordVectors}: co-occurrence counts in a window of {@value #WINDOW} words each side
 * (weighted 1/distance, within a paragraph), positive pointwise mutual information with the context
 * counts smoothed to the power {@value #ALPHA}, and a randomised truncated SVD (Halko, Martinsson
 * and Tropp: a Gaussian sketch, {@value #POWER} power iterations, the small problem solved by
 * Jacobi rotations); each word's vector is its row of U times the square roots of the singular
 * values, kept to one signed byte a dimension.
 */
final class WordVectorTraining {

  static final int WINDOW = 5;
  static final int MIN_COUNT = 10;
  static final double ALPHA = 0.75;
  static final int OVERSAMPLE = 20;
  static final int POWER = 2;
  static final long SEED = 20261128L;

  private WordVectorTraining() {}

  static WordVectors train(
      List<Path> files, Consumer<String> skipped, int vocabularySize, int dimensions) {
    if (vocabularySize < 2 || dimensions < 1) {
      throw new IllegalArgumentException("vocabulary and dimensions must be positive");
    }
    Normalizer normalizer = Normalizer.builder().termStatistics(TermStatistics.empty()).build();
    List<List<WordSequence>> read =
        files.parallelStream()
            .map(
                p -> {
                  try {
                    List<WordSequence> paragraphs = new ArrayList<>();
                    for (Paragraph par : normalizer.read(p).paragraphs()) {
                      paragraphs.add(par.words());
                    }
                    return paragraphs;
                  } catch (UnusableInputException e) {
                    skipped.accept(e.getMessage());
                    return List.<WordSequence>of();
                  }
                })
            .toList();
    // 1. The vocabulary: the commonest words that begin with a letter.
    LongIntMap counts = new LongIntMap(1 << 16);
    Map<Long, String> forms = new HashMap<>();
    for (List<WordSequence> statement : read) {
      for (WordSequence w : statement) {
        for (int i = 0; i < w.size(); i++) {
          if (counts.add(w.id(i), 1) == 1) {
            forms.put(w.id(i), w.word(i));
          }
        }
      }
    }
    List<Long> candidates = new ArrayList<>();
    for (Map.Entry<Long, String> e : forms.entrySet()) {
      String form = e.getValue();
      if (!form.isEmpty()
          && Character.isLetter(form.charAt(0))
          && counts.get(e.getKey()) >= MIN_COUNT) {
        candidates.add(e.getKey());
      }
    }
    candidates.sort(
        (a, b) -> {
          int c = Integer.compare(counts.get(b), counts.get(a));
          return c != 0 ? c : forms.get(a).compareTo(forms.get(b));
        });
    int v = Math.min(vocabularySize, candidates.size());
    int k = Math.min(dimensions, v - 1);
    if (v < 2 || k < 1) {
      throw new IllegalArgumentException(
          "too few words to train vectors on: "
              + candidates.size()
              + " words occur "
              + MIN_COUNT
              + " times or more");
    }
    String[] words = new String[v];
    LongIntMap index = new LongIntMap(2 * v);
    for (int i = 0; i < v; i++) {
      words[i] = forms.get(candidates.get(i));
      index.put(candidates.get(i), i + 1);
    }
    // 2. Co-occurrences, weighted by distance, in both directions.
    LongDoubleMap pairs = new LongDoubleMap(1 << 20);
    for (List<WordSequence> statement : read) {
      for (WordSequence w : statement) {
        int[] at = new int[w.size()];
        for (int i = 0; i < at.length; i++) {
          at[i] = index.get(w.id(i)) - 1;
        }
        for (int i = 0; i < at.length; i++) {
          if (at[i] < 0) {
            continue;
          }
          for (int d = 1; d <= WINDOW && i + d < at.length; d++) {
            int j = at[i + d];
            if (j >= 0) {
              pairs.add(((long) at[i] << 32) | j, 1.0 / d);
              pairs.add(((long) j << 32) | at[i], 1.0 / d);
            }
          }
        }
      }
    }
    read = null;
    // 3. PPMI as a sparse matrix, by rows.
    long[] keys = pairs.sortedKeys();
    double[] rowSum = new double[v];
    double[] value = new double[keys.length];
    for (int e = 0; e < keys.length; e++) {
      value[e] = pairs.get(keys[e], 0);
      rowSum[(int) (keys[e] >>> 32)] += value[e];
    }
    pairs = null;
    double smoothedTotal = 0;
    for (int j = 0; j < v; j++) {
      smoothedTotal += Math.pow(rowSum[j], ALPHA);
    }
    int[] rowStart = new int[v + 1];
    int[] column = new int[keys.length];
    float[] weight = new float[keys.length];
    int nnz = 0;
    for (int e = 0; e < keys.length; e++) {
      int i = (int) (keys[e] >>> 32);
      int j = (int) keys[e];
      double pmi =
          Math.log(value[e])
              - Math.log(rowSum[i])
              - (ALPHA * Math.log(rowSum[j]) - Math.log(smoothedTotal));
      if (pmi > 0) {
        column[nnz] = j;
        weight[nnz++] = (float) pmi;
        rowStart[i + 1]++;
      }
    }
    for (int i = 0; i < v; i++) {
      rowStart[i + 1] += rowStart[i];
    }
    Sparse m = new Sparse(v, rowStart, column, weight, nnz);
    Sparse mt = m.transpose();
    // 4. Randomised SVD.
    int l = Math.min(v, k + OVERSAMPLE);
    Random random = new Random(SEED);
    double[] omega = new double[v * l];
    for (int i = 0; i < omega.length; i++) {
      omega[i] = random.nextGaussian();
    }
    double[] q = orthonormal(m.times(omega, l), v, l);
    for (int p = 0; p < POWER; p++) {
      q = orthonormal(mt.times(q, l), v, l);
      q = orthonormal(m.times(q, l), v, l);
    }
    double[] bt = mt.times(q, l); // (Q^T M)^T, v × l
    double[][] c = new double[l][l];
    for (int r = 0; r < v; r++) {
      for (int a = 0; a < l; a++) {
        double x = bt[r * l + a];
        if (x == 0) {
          continue;
        }
        for (int b = a; b < l; b++) {
          c[a][b] += x * bt[r * l + b];
        }
      }
    }
    for (int a = 0; a < l; a++) {
      for (int b = 0; b < a; b++) {
        c[a][b] = c[b][a];
      }
    }
    double[][] vectors = new double[l][l];
    double[] eigen = jacobi(c, vectors);
    Integer[] order = new Integer[l];
    for (int i = 0; i < l; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(eigen[b], eigen[a]));
    // U = Q W, scaled by sqrt(sigma) = lambda^(1/4); each row kept to signed bytes.
    byte[] values = new byte[v * k];
    double[] row = new double[k];
    for (int r = 0; r < v; r++) {
      double max = 0;
      for (int d = 0; d < k; d++) {
        int col = order[d];
        double sum = 0;
        for (int a = 0; a < l; a++) {
          sum += q[r * l + a] * vectors[a][col];
        }
        row[d] = sum * Math.pow(Math.max(eigen[col], 0), 0.25);
        max = Math.max(max, Math.abs(row[d]));
      }
      for (int d = 0; d < k; d++) {
        values[r * k + d] = max == 0 ? 0 : (byte) Math.round(row[d] / max * 127);
      }
    }
    return new WordVectors(words, k, values);
  }

  /** A sparse matrix by rows. */
  private record Sparse(int n, int[] rowStart, int[] column, float[] weight, int nnz) {

    /** This matrix times a dense {@code n × l} matrix (row-major), on all cores. */
    double[] times(double[] x, int l) {
      double[] y = new double[n * l];
      IntStream.range(0, n)
          .parallel()
          .forEach(
              r -> {
                int base = r * l;
                for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
                  double w = weight[e];
                  int from = column[e] * l;
                  for (int a = 0; a < l; a++) {
                    y[base + a] += w * x[from + a];
                  }
                }
              });
      return y;
    }

    Sparse transpose() {
      int[] start = new int[n + 1];
      for (int e = 0; e < nnz; e++) {
        start[column[e] + 1]++;
      }
      for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
      }
      int[] filled = start.clone();
      int[] col = new int[nnz];
      float[] w = new float[nnz];
      for (int r = 0; r < n; r++) {
        for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
          int slot = filled[column[e]]++;
          col[slot] = r;
          w[slot] = weight[e];
        }
      }
      return new Sparse(n, start, col, w, nnz);
    }
  }

  /** The columns of a row-major {@code n × l} matrix made orthonormal (modified Gram-Schmidt). */
  static double[] orthonormal(double[] x, int n, int l) {
    for (int a = 0; a < l; a++) {
      for (int pass = 0; pass < 2; pass++) {
        for (int b = 0; b < a; b++) {
          double dot = 0;
          for (int r = 0; r < n; r++) {
            dot += x[r * l + a] * x[r * l + b];
          }
          for (int r = 0; r < n; r++) {
            x[r * l + a] -= dot * x[r * l + b];
          }
        }
      }
      double norm = 0;
      for (int r = 0; r < n; r++) {
        norm += x[r * l + a] * x[r * l + a];
      }
      norm = Math.sqrt(norm);
      for (int r = 0; r < n; r++) {
        x[r * l + a] = norm == 0 ? 0 : x[r * l + a] / norm;
      }
    }
    return x;
  }

  /**
   * The eigenvalues of a symmetric matrix (destroyed), by cyclic Jacobi rotations; its eigenvectors
   * go into the columns of {@code vectors}.
   */
  static double[] jacobi(double[][] a, double[][] vectors) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(vectors[i], 0);
      vectors[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      double diagonal = 0;
      for (int i = 0; i < n; i++) {
        diagonal += a[i][i] * a[i][i];
        for (int j = i + 1; j < n; j++) {
          off += a[i][j] * a[i][j];
        }
      }
      if (off <= 1e-22 * diagonal) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (a[p][q] == 0) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = vectors[k][p];
            double vkq = vectors[k][q];
            vectors[k][p] = c * vkp - s * vkq;
            vectors[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return values;
  }
}
