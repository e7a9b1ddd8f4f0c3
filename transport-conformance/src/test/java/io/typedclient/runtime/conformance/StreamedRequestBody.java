package io.typedclient.runtime.conformance;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Source;

/**
 * A request body of a known length written by the caller of {@link AndroidHttpUrlConnection#getOutputStream()}
 * while the exchange runs, as Android streams a body in fixed-length mode. One-shot: OkHttp, like Android's engine,
 * never sends a streamed body a second time.
 */
final class StreamedRequestBody extends RequestBody {
  private final Source written;
  private final long length;

  StreamedRequestBody(Source written, long length) {
    this.written = written;
    this.length = length;
  }

  @Override
  public MediaType contentType() {
    return null; // the Content-Type header is the caller's
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public boolean isOneShot() {
    return true;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.writeAll(written);
  }
}
