package dev.parley.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.text.TermStatistics;
import dev.parley.text.UnusableInputException;
import dev.parley.text.WordSequence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Word vectors: the shipped ones, training, the file, and the linear algebra under them. */
final class WordVectorsTest {

  @TempDir Path dir;

  private static final String[] SPEECHES = {
    "1996/PLW_51_1996.txt", "1996/UZB_51_1996.txt", "2019/CHE_74_2019.txt",
    "2019/ERI_74_2019.txt", "2019/JOR_74_2019.txt", "2019/RWA_74_2019.txt",
    "2020/DNK_75_2020.txt", "2020/ERI_75_2020.txt", "2020/RWA_75_2020.txt"
  };

  private List<Path> speeches() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String s : SPEECHES) {
      Path target = dir.resolve(s.replace('/', '_'));
      try (InputStream in = getClass().getResourceAsStream("/corpus/" + s)) {
        Files.write(target, in.readAllBytes());
      }
      files.add(target);
    }
    return files;
  }

  @Test
  void theShippedVectorsPutWordsOfLikeMeaningClose() {
    WordVectors v = WordVectors.defaults();
    assertThat(v.size()).isBetween(15_000, 20_000);
    assertThat(v.dimensions()).isEqualTo(100);
    assertThat(v.similarity("poverty", "hunger")).isGreaterThan(0.5);
    assertThat(v.similarity("peace", "security")).isGreaterThan(0.5);
    assertThat(v.similarity("poverty", "hunger")).isGreaterThan(v.similarity("poverty", "ocean"));
    assertThat(v.similarity("benefits", "advantages"))
        .isGreaterThan(v.similarity("benefits", "sovereignty"));
    assertThat(v.nearest("poverty", 3)).contains("hunger");
    assertThat(v.nearest("humanity", 3)).contains("mankind");
    assertThat(v.similarity("peace", "peace")).isEqualTo(1.0);
    assertThat(v.similarity("peace", "qwertyuiop")).isZero();
  }

  @Test
  void trainingIsReproducibleAndTheFileReadsBack() throws IOException {
    List<Path> files = speeches();
    List<String> skipped = new ArrayList<>();
    WordVectors first = WordVectors.train(files, skipped::add, 80, 16);
    WordVectors second = WordVectors.train(files, skipped::add, 80, 16);
    assertThat(skipped).isEmpty();
    assertThat(first.size()).isEqualTo(80);
    assertThat(first.dimensions()).isEqualTo(16);
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    first.writeTo(a);
    second.writeTo(b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    Path file = Files.write(dir.resolve("vectors.bin"), a.toByteArray());
    WordVectors back = WordVectors.read(file);
    assertThat(back.similarity("united", "nations"))
        .isEqualTo(first.similarity("united", "nations"));
    assertThat(back.nearest("united", 3)).isEqualTo(first.nearest("united", 3));
  }

  @Test
  void aFileThatIsNotVectorsIsRefusedWithOneLine() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "Mr. President,");
    assertThatThrownBy(() -> WordVectors.read(text))
        .isInstanceOf(UnusableInputException.class)
        .hasMessageStartingWith(text + ": not Parley word vectors");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WordVectors.defaults().writeTo(out);
    byte[] bytes = out.toByteArray();
    Path half =
        Files.write(dir.resolve("half.bin"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> WordVectors.read(half))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(half + ": damaged word vectors (ends early)");
    assertThatThrownBy(() -> WordVectors.read(dir.resolve("none.bin")))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage(dir.resolve("none.bin") + ": no such file");
  }

  @Test
  void tooFewWordsToTrainOnIsSaid() throws IOException {
    Path tiny = Files.writeString(dir.resolve("tiny.txt"), "Peace and security.");
    assertThatThrownBy(() -> WordVectors.train(List.of(tiny), s -> {}, 100, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("too few words to train vectors on");
  }

  /** Jacobi rotations diagonalise seeded random symmetric matrices: A v = lambda v. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void jacobiFindsEigenvectors(int seed) {
    Random random = new Random(seed);
    int n = 2 + random.nextInt(12);
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        a[i][j] = a[j][i] = random.nextGaussian();
      }
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      copy[i] = a[i].clone();
    }
    double[][] vectors = new double[n][n];
    double[] values = WordVectorTraining.jacobi(copy, vectors);
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        double av = 0;
        for (int j = 0; j < n; j++) {
          av += a[i][j] * vectors[j][k];
        }
        assertThat(av).isCloseTo(values[k] * vectors[i][k], within(1e-8));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void gramSchmidtMakesOrthonormalColumns(int seed) {
    Random random = new Random(seed);
    int n = 50;
    int l = 1 + random.nextInt(8);
    double[] x = new double[n * l];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextGaussian();
    }
    WordVectorTraining.orthonormal(x, n, l);
    for (int a = 0; a < l; a++) {
      for (int b = 0; b < l; b++) {
        double dot = 0;
        for (int r = 0; r < n; r++) {
          dot += x[r * l + a] * x[r * l + b];
        }
        assertThat(dot).isCloseTo(a == b ? 1 : 0, within(1e-9));
      }
    }
  }

  @Test
  void alignedWordsCreditRewording() {
    AlignedWordSimilarity soft =
        AlignedWordSimilarity.of(WordVectors.defaults(), TermStatistics.defaults());
    WordSequence a = WordSequence.of("The technology can bring many benefits to humanity.");
    WordSequence b = WordSequence.of("The technology will have positive impacts on the society.");
    WordSequence c = WordSequence.of("The Security Council must reform its working methods.");
    assertThat(soft.similarity(a, a)).isEqualTo(1.0);
    assertThat(soft.similarity(a, b)).isEqualTo(soft.similarity(b, a));
    assertThat(soft.similarity(a, b)).isGreaterThan(soft.similarity(a, c));
    assertThat(soft.similarity(WordSequence.of(""), WordSequence.of(""))).isEqualTo(1.0);
    assertThat(soft.similarity(a, WordSequence.of("the of and"))).isZero();
  }
}
