package dev.parley.internal;

import dev.parley.text.UnusableInputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** The one-line errors for a file that could not be read, the same wherever a file is read. */
public final class ReadErrors {

  private ReadErrors() {}

  /**
   * Returns the error naming {@code source} for {@code e}: "no such file", "cannot be read
   * (permission denied)", or "cannot be read" with the system's reason.
   */
  public static UnusableInputException of(String source, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UnusableInputException(source, "no such file", e);
    }
    if (e instanceof AccessDeniedException) {
      return new UnusableInputException(source, "cannot be read (permission denied)", e);
    }
    return new UnusableInputException(source, "cannot be read (" + e.getMessage() + ")", e);
  }
}
