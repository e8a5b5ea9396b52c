/**
 * Parley's meaning signal: {@link dev.parley.meaning.OnnxSentenceEncoder}, a sentence encoder run
 * in the JVM on ONNX Runtime, with all-MiniLM-L6-v2 (int8) as its default model. Provides {@link
 * dev.parley.similarity.SentenceEncoder}, so that {@code SentenceEncoder.installed()} finds it.
 */
module dev.parley.meaning {
  requires dev.parley;
  requires com.microsoft.onnxruntime;
  requires static org.jspecify;

  exports dev.parley.meaning;

  provides dev.parley.similarity.SentenceEncoder with
      dev.parley.meaning.OnnxSentenceEncoder;
}
