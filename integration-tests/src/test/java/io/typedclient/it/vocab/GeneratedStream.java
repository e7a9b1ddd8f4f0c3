package io.typedclient.it.vocab;

import java.io.InputStream;

/**
 * {@code length} bytes made as they are read, never held: byte {@code i} is {@code i % 251}. Counts the bytes
 * read, so that a test can tell a streamed body from one read ahead.
 */
final class GeneratedStream extends InputStream {
  private final long length;
  private long position;

  GeneratedStream(long length) {
    this.length = length;
  }

  static byte at(long i) {
    return (byte) (i % 251);
  }

  @Override
  public int read() {
    return position < length ? at(position++) & 0xff : -1;
  }

  @Override
  public int read(byte[] into, int offset, int count) {
    if (position >= length) {
      return -1;
    }
    int n = (int) Math.min(count, length - position);
    for (int i = 0; i < n; i++) {
      into[offset + i] = at(position++);
    }
    return n;
  }

  long position() {
    return position;
  }
}
