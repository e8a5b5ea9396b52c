package dev.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.text.Statement;
import java.io.PrintWriter;

/**
 * What the command line prints beside the library's reports: the JSON lines of {@code score
 * --pairs} and {@code corpus} (one compact object a line), and a statement's warnings on stderr.
 * The documents of {@code normalize}, {@code compare}, {@code history} and {@code score} are the
 * library's ({@link dev.parley.report.JsonReport}).
 */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** Prints the statement's warnings on {@code err}, one line each, naming its source. */
  static void warn(PrintWriter err, Statement statement) {
    for (String warning : statement.warnings()) {
      err.println("parley: warning: " + statement.source() + ": " + warning);
    }
  }
}
