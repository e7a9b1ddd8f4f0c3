package io.typedclient.runtime;

import java.io.IOException;
import java.io.InputStream;

/**
 * An {@link InputStream} whose every read goes through {@link #read(byte[], int, int)}: the streams of bodies the
 * runtime sends and receives, which have one place to check the deadline, the end and a close.
 */
abstract class BulkInputStream extends InputStream {
  @Override
  public final int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public abstract int read(byte[] into, int offset, int length) throws IOException;
}
