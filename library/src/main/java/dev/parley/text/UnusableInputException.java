package dev.parley.text;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when an input cannot be used as a statement: it is missing, a folder, unreadable, too
 * large, binary, or has no text. The message is one line that names the input and the problem, fit
 * to show a user as it is: {@code speech.pdf: binary data (NUL bytes), not text}.
 */
public final class UnusableInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the input's name, such as its path as given
   * @param reason what is wrong, in a few words
   */
  public UnusableInputException(String source, String reason) {
    super(requireNonNull(source, "source") + ": " + requireNonNull(reason, "reason"));
    this.source = source;
    this.reason = reason;
  }

  /**
   * Creates the exception with its cause.
   *
   * @param source the input's name, such as its path as given
   * @param reason what is wrong, in a few words
   * @param cause the underlying failure
   */
  public UnusableInputException(String source, String reason, Throwable cause) {
    super(requireNonNull(source, "source") + ": " + requireNonNull(reason, "reason"), cause);
    this.source = source;
    this.reason = reason;
  }

  /** Returns the input's name. */
  public String source() {
    return source;
  }

  /** Returns what is wrong with the input. */
  public String reason() {
    return reason;
  }
}
