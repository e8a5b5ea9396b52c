package dev.parley.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * An index file mapped into memory, read-only, in pieces of {@value #PIECE_BITS} bits of address (a
 * Java buffer reaches 2 GB at most). Numbers are little-endian and every section starts at a
 * multiple of 8, so that no int or float crosses from one piece to the next; byte runs may, and are
 * read across. What the file holds stays in the operating system's page cache, not the heap: an
 * index larger than the heap is read as fast as the disk and the cache allow. Safe to read from
 * many threads (reads are absolute).
 */
final class Store {

  static final int PIECE_BITS = 30;
  private static final long PIECE_MASK = (1L << PIECE_BITS) - 1;

  private final MappedByteBuffer[] pieces;
  private final long size;

  private Store(MappedByteBuffer[] pieces, long size) {
    this.pieces = pieces;
    this.size = size;
  }

  /** Maps all of {@code file}. */
  static Store map(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int count = (int) ((size + PIECE_MASK) >>> PIECE_BITS);
      MappedByteBuffer[] pieces = new MappedByteBuffer[Math.max(count, 1)];
      for (int p = 0; p < count; p++) {
        long from = (long) p << PIECE_BITS;
        pieces[p] =
            channel.map(
                FileChannel.MapMode.READ_ONLY, from, Math.min(size - from, 1L << PIECE_BITS));
        pieces[p].order(ByteOrder.LITTLE_ENDIAN);
      }
      if (count == 0) {
        pieces[0] = channel.map(FileChannel.MapMode.READ_ONLY, 0, 0);
      }
      return new Store(pieces, size);
    }
  }

  long size() {
    return size;
  }

  int getInt(long at) {
    return pieces[(int) (at >>> PIECE_BITS)].getInt((int) (at & PIECE_MASK));
  }

  float getFloat(long at) {
    return pieces[(int) (at >>> PIECE_BITS)].getFloat((int) (at & PIECE_MASK));
  }

  long getLong(long at) {
    return pieces[(int) (at >>> PIECE_BITS)].getLong((int) (at & PIECE_MASK));
  }

  /** Copies {@code length} bytes from {@code at} into a new array. */
  byte[] bytes(long at, int length) {
    byte[] out = new byte[length];
    copy(at, out, length);
    return out;
  }

  /** Copies {@code length} bytes from {@code at} into the start of {@code out}, across pieces. */
  private void copy(long at, byte[] out, int length) {
    int done = 0;
    while (done < length) {
      long position = at + done;
      ByteBuffer piece = pieces[(int) (position >>> PIECE_BITS)];
      int offset = (int) (position & PIECE_MASK);
      int n = Math.min(length - done, piece.limit() - offset);
      piece.get(offset, out, done, n);
      done += n;
    }
  }

  /** Reads {@code count} ints from {@code at} into a new array. */
  int[] ints(long at, int count) {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = getInt(at + 4L * i);
    }
    return out;
  }

  /** The CRC-32 of the bytes {@code [0, end)}. */
  long crc(long end) {
    CRC32 crc = new CRC32();
    for (long from = 0; from < end; ) {
      ByteBuffer piece = pieces[(int) (from >>> PIECE_BITS)].duplicate();
      int offset = (int) (from & PIECE_MASK);
      int n = (int) Math.min(end - from, piece.limit() - offset);
      piece.limit(offset + n).position(offset);
      crc.update(piece);
      from += n;
    }
    return crc.getValue();
  }

  /** Writes every byte to {@code out}. */
  void writeTo(OutputStream out) throws IOException {
    writeTo(out, 0, size);
  }

  /** Writes the {@code length} bytes from {@code from} to {@code out}. */
  void writeTo(OutputStream out, long from, long length) throws IOException {
    byte[] buffer = new byte[1 << 16];
    for (long done = 0; done < length; ) {
      int n = (int) Math.min(buffer.length, length - done);
      copy(from + done, buffer, n);
      out.write(buffer, 0, n);
      done += n;
    }
  }
}
