/**
 * Parley compares the texts of diplomatic statements: it normalises statement text as it really
 * comes into a structured {@link dev.parley.text.Statement}, and (as the library grows) aligns and
 * scores statements against each other. Start at {@link dev.parley.Parley}.
 */
module dev.parley {
  requires static org.jspecify;
  requires org.apache.commons.text;

  exports dev.parley;
  exports dev.parley.text;
  exports dev.parley.similarity;
  exports dev.parley.align;
  exports dev.parley.history;
  exports dev.parley.diff;
  exports dev.parley.report;
  exports dev.parley.corpus;
  exports dev.parley.io;

  uses dev.parley.similarity.SentenceEncoder;
}
