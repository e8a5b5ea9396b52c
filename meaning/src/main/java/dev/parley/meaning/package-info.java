/**
 * A sentence encoder run in the JVM: {@link dev.parley.meaning.OnnxSentenceEncoder#miniLm()} (the
 * default model) or {@link dev.parley.meaning.OnnxSentenceEncoder#load} (any sentence-transformers
 * model exported to ONNX, with its {@code tokenizer.json}).
 *
 * <pre>{@code
 * SentenceEncoder encoder = OnnxSentenceEncoder.miniLm();
 * Parley parley = Parley.builder().meaning(encoder).build();
 * }</pre>
 */
@NullMarked
package dev.parley.meaning;

import org.jspecify.annotations.NullMarked;
