package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a statement into text: UTF-8 with or without a byte order mark, UTF-16 and
 * UTF-32 with a byte order mark, and text that is not valid UTF-8 as Windows-1252 (with a warning).
 * Binary data, empty or whitespace-only input and input over the size limit are refused with an
 * {@link UnusableInputException} naming the source.
 *
 * <pre>{@code
 * DecodedText t = TextDecoder.withMaxBytes(1 << 20).decode(bytes, "speech.txt");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextDecoder {

  /** The default size limit: 64 MiB. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final TextDecoder DEFAULTS = new TextDecoder(DEFAULT_MAX_BYTES);

  private final long maxBytes;

  private TextDecoder(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Returns a decoder with the {@link #DEFAULT_MAX_BYTES default size limit}. */
  public static TextDecoder defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a decoder that refuses input longer than {@code maxBytes}.
   *
   * @throws IllegalArgumentException if {@code maxBytes} is not positive
   */
  public static TextDecoder withMaxBytes(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    return new TextDecoder(maxBytes);
  }

  /** Returns the size limit in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Checks a size against the limit before the bytes are read.
   *
   * @throws UnusableInputException if {@code size} is over the limit
   */
  public void checkSize(long size, String source) {
    if (size > maxBytes) {
      throw new UnusableInputException(
          source,
          "too large: " + describeSize(size) + ", over the limit of " + describeSize(maxBytes));
    }
  }

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the input
   * @param source the input's name, used in messages
   * @throws NullPointerException if an argument is null
   * @throws UnusableInputException if the input is over the size limit, binary, empty or blank
   */
  public DecodedText decode(byte[] bytes, String source) {
    requireNonNull(bytes, "bytes");
    requireNonNull(source, "source");
    checkSize(bytes.length, source);
    if (bytes.length == 0) {
      throw new UnusableInputException(source, "empty file, no text to read");
    }
    List<String> warnings = new ArrayList<>(1);
    String text;
    String encoding;
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      text = strict(bytes, 4, UTF_32BE, source);
      encoding = "UTF-32BE";
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      text = strict(bytes, 4, UTF_32LE, source);
      encoding = "UTF-32LE";
    } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = utf8OrFallback(bytes, 3, source, warnings);
      encoding = warnings.isEmpty() ? "UTF-8" : "windows-1252";
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16BE, source);
      encoding = "UTF-16BE";
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16LE, source);
      encoding = "UTF-16LE";
    } else {
      if (indexOfNul(bytes) >= 0) {
        throw new UnusableInputException(source, "binary data (NUL bytes), not text");
      }
      text = utf8OrFallback(bytes, 0, source, warnings);
      encoding = warnings.isEmpty() ? "UTF-8" : "windows-1252";
    }
    int marks = 0; // a byte order mark, or several where files were joined
    while (marks < text.length() && text.charAt(marks) == '\uFEFF') {
      marks++;
    }
    text = text.substring(marks);
    checkIsText(text, source);
    return new DecodedText(text, encoding, warnings);
  }

  private static void checkIsText(String text, String source) {
    int controls = 0;
    boolean blank = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new UnusableInputException(source, "binary data (NUL characters), not text");
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B) {
        controls++;
      }
      if (blank && !Character.isWhitespace(c) && c != '\u00A0' && c != '\uFEFF') {
        blank = false;
      }
    }
    if (controls > 8 && controls * 200L > text.length()) {
      throw new UnusableInputException(
          source, "binary data (" + controls + " control characters), not text");
    }
    if (blank) {
      throw new UnusableInputException(source, "holds only whitespace, no text to read");
    }
  }

  private static String utf8OrFallback(
      byte[] bytes, int offset, String source, List<String> warnings) {
    // The String constructor's decoding is the fast one, but it replaces what is not UTF-8 by
    // U+FFFD: text without that character was valid throughout; text with it is decoded again
    // strictly, to tell a replacement character written in the file from bytes that are not UTF-8.
    String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    try {
      return decoder(StandardCharsets.UTF_8)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      warnings.add("not valid UTF-8; decoded as Windows-1252");
      return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String source) {
    try {
      CharBuffer chars =
          decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new UnusableInputException(
          source,
          "starts with a " + charset.name() + " byte order mark but is not valid " + charset.name(),
          e);
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  static String describeSize(long bytes) {
    if (bytes >= 1L << 20) {
      return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }
    if (bytes >= 1L << 10) {
      return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / (double) (1L << 10));
    }
    return bytes + " bytes";
  }
}
