package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a statement into text: UTF-8 with or without a byte order mark (a few bytes
 * that are not UTF-8 among valid text read as U+FFFD, with a warning naming their offsets), UTF-16
 * with a byte order mark or without one, UTF-32 with a byte order mark, and text that is not UTF-8
 * at all as Windows-1252 (with a warning). Binary data, empty or whitespace-only input and input
 * over the size limit are refused with an {@link UnusableInputException} naming the source.
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
      Decoded d = utf8OrFallback(bytes, 3, warnings);
      text = d.text();
      encoding = d.encoding();
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16BE, source);
      encoding = "UTF-16BE";
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16LE, source);
      encoding = "UTF-16LE";
    } else if (indexOfNul(bytes) >= 0) {
      Charset utf16 = utf16WithoutMark(bytes);
      if (utf16 == null) {
        throw new UnusableInputException(source, "binary data (NUL bytes), not text");
      }
      text = strict(bytes, 0, utf16, source);
      encoding = utf16.name();
      warnings.add("no byte order mark; read as " + encoding);
    } else {
      Decoded d = utf8OrFallback(bytes, 0, warnings);
      text = d.text();
      encoding = d.encoding();
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

  private record Decoded(String text, String encoding) {}

  /** How many places not valid UTF-8 a warning names by their byte offsets. */
  private static final int OFFSETS_NAMED = 5;

  /**
   * UTF-8, unless the bytes are not UTF-8 at all. Text with a few bytes that are not UTF-8 among
   * many characters that are (a file damaged in copying, a page joined from another file) stays
   * UTF-8, each such byte read as U+FFFD and named by its offset in a warning: reading it all as
   * Windows-1252 would garble every one of the valid characters ({@code todayâ€™s}). Text in which
   * the characters beyond ASCII that read as UTF-8 are no more than the bytes that do not is read
   * as Windows-1252, with a warning.
   */
  private static Decoded utf8OrFallback(byte[] bytes, int offset, List<String> warnings) {
    // The String constructor's decoding is the fast one, but it replaces what is not UTF-8 by
    // U+FFFD: text without that character was valid throughout; text with it is decoded again,
    // place by place, to tell a replacement character written in the file from bytes that are not
    // UTF-8.
    String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(fast, "UTF-8");
    }
    CharsetDecoder decoder = decoder(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
    List<Integer> invalid = new ArrayList<>();
    int invalidBytes = 0;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isUnderflow()) {
        decoder.flush(out);
        break;
      }
      // Malformed or unmappable (a full buffer cannot happen: a byte gives at most one char).
      invalid.add(in.position());
      invalidBytes += r.length();
      out.put('\uFFFD');
      in.position(in.position() + r.length());
    }
    out.flip();
    String text = out.toString();
    if (invalid.isEmpty()) {
      return new Decoded(text, "UTF-8"); // U+FFFD written in the file
    }
    int beyondAscii = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7F && c != '\uFFFD' && !Character.isLowSurrogate(c)) {
        beyondAscii++;
      }
    }
    if (beyondAscii <= invalidBytes) {
      warnings.add("not valid UTF-8; decoded as Windows-1252");
      return new Decoded(
          new String(bytes, offset, bytes.length - offset, WINDOWS_1252), "windows-1252");
    }
    StringBuilder w =
        new StringBuilder("not valid UTF-8 at ")
            .append(invalid.size() == 1 ? "one place" : invalid.size() + " places")
            .append(" (byte ");
    for (int i = 0; i < Math.min(OFFSETS_NAMED, invalid.size()); i++) {
      w.append(i == 0 ? "" : ", ").append(invalid.get(i));
    }
    if (invalid.size() > OFFSETS_NAMED) {
      w.append(" and ").append(invalid.size() - OFFSETS_NAMED).append(" more");
    }
    warnings.add(w.append("), each read as \uFFFD; the rest is UTF-8").toString());
    return new Decoded(text, "UTF-8");
  }

  /**
   * The UTF-16 that bytes without a byte order mark are in, or null when they are not UTF-16 text:
   * the zero bytes of UTF-16 text stand on one side of its pairs of bytes (the high byte of the
   * ASCII characters: spaces, line ends, digits, Latin letters), and the other byte of those pairs
   * is a printable ASCII character or a line end. Binary data's zero bytes fall on both sides, or
   * beside control bytes.
   */
  static Charset utf16WithoutMark(byte[] bytes) {
    int pairs = bytes.length / 2;
    int[] zeros = new int[2];
    int[] ascii = new int[2];
    for (int i = 0; i + 1 < bytes.length; i += 2) {
      for (int side = 0; side < 2; side++) {
        if (bytes[i + side] == 0) {
          zeros[side]++;
          int other = bytes[i + 1 - side] & 0xFF;
          if ((other >= 0x20 && other < 0x7F) || other == '\n' || other == '\r' || other == '\t') {
            ascii[side]++;
          }
        }
      }
    }
    // Side 1 zero: the high byte comes second, little-endian.
    int high = zeros[1] >= zeros[0] ? 1 : 0;
    boolean text =
        bytes.length % 2 == 0
            && ascii[high] >= Math.max(4, pairs / 50)
            && ascii[high] * 20L >= zeros[high] * 19L
            && zeros[1 - high] * 10L <= zeros[high];
    if (!text) {
      return null;
    }
    return high == 1 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
  }

  private static String strict(byte[] bytes, int offset, Charset charset, String source) {
    try {
      CharBuffer chars =
          decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new UnusableInputException(
          source,
          offset == 0
              ? "binary data (NUL bytes), not text"
              : "starts with a "
                  + charset.name()
                  + " byte order mark but is not valid "
                  + charset.name(),
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
    // Decimal units, as --max-input-mb counts them.
    if (bytes >= 1_000_000) {
      return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
    if (bytes >= 1_000) {
      return String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1e3);
    }
    return bytes + " bytes";
  }
}
