package io.typedclient.runtime;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * A response body being read from an {@link java.net.HttpURLConnection}'s stream, at most {@code limit} bytes, into one
 * array that grows with the bytes that arrive (from {@link #INITIAL_CAPACITY}, doubling, never beyond the declared
 * length): a server that declares a length and stalls costs what it sent, not what it declared.
 *
 * <p>{@link #read(boolean)} reads either as far as it can without blocking (never more than
 * {@link InputStream#available()} says) or to the end. A blocking call reads its body on its own thread that way,
 * and hands the rest to one of the transport's threads only when a read would wait for the network.
 */
final class UrlConnectionBody {
  /** The most allocated before the bytes have come; a body declared at up to this is allocated once. */
  static final int INITIAL_CAPACITY = 8192;

  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final HttpRequest request;
  private final int status;
  private final HttpHeaders headers;
  private final InputStream in;
  /** The declared length, or {@code -1}. */
  private final long declared;
  /** The most bytes allowed, no more than the largest array. */
  private final long cap;
  /** The declared length, or the cap: the array never grows beyond it. */
  private final long expected;
  /** Whether reading should stop: the exchange was ended from outside, or its deadline passed. */
  private final BooleanSupplier unwanted;
  private byte[] buffer;
  private int count;

  UrlConnectionBody(HttpRequest request, int status, HttpHeaders headers, InputStream in, long declared, long limit,
      BooleanSupplier unwanted) {
    this.request = request;
    this.status = status;
    this.headers = headers;
    this.in = in;
    this.declared = declared;
    this.cap = Math.min(limit, MAX_ARRAY);
    this.expected = declared >= 0 ? declared : cap;
    this.unwanted = unwanted;
    this.buffer = new byte[(int) Math.min(expected, INITIAL_CAPACITY)];
  }

  /** The stream the body is read from. */
  InputStream stream() {
    return in;
  }

  /**
   * Reads on; true once the whole body is in. With {@code mayBlock} false it stops, returning false, where a read
   * would have to wait for bytes that have not arrived.
   */
  boolean read(boolean mayBlock) throws IOException {
    while (true) {
      if (count == buffer.length) {
        if (declared >= 0 && count == declared) {
          return true;
        }
        if (count < expected) {
          buffer = Arrays.copyOf(buffer, (int) Math.min(expected, Math.max(2L * count, INITIAL_CAPACITY)));
          continue;
        }
        // At the cap with no declared length: one more byte says whether the body is over the limit.
        if (!mayBlock && in.available() <= 0) {
          return false;
        }
        int next = in.read();
        checkStillWanted();
        if (next < 0) {
          return true;
        }
        throw new ResponseTooLargeException(request, status, cap);
      }
      int room = buffer.length - count;
      if (!mayBlock) {
        int available = in.available();
        if (available <= 0) {
          return false;
        }
        room = Math.min(room, available);
      }
      int n = in.read(buffer, count, room);
      checkStillWanted();
      if (n < 0) {
        if (declared >= 0 && count < declared) {
          // The JDK's HttpURLConnection reports a fixed-length body cut short as a normal end.
          throw new EOFException("the connection closed after " + count + " of " + declared + " body bytes");
        }
        return true;
      }
      count += n;
    }
  }

  /** The response, once {@link #read} returned true. */
  HttpResponse response() {
    return HttpResponse.ownedBody(request, status, headers, count == buffer.length ? buffer : Arrays.copyOf(buffer, count));
  }

  private void checkStillWanted() throws InterruptedIOException {
    if (unwanted.getAsBoolean()) {
      throw new InterruptedIOException("the exchange was ended before its body was read");
    }
  }
}
