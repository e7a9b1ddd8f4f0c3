package io.typedclient.runtime;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One request of an {@link UrlConnectionTransport} and its response, on the calling thread: configures the
 * {@link HttpURLConnection} (refusing, before anything is sent, what it cannot send faithfully), sends the body,
 * and reads the response within the request's deadline and body cap. The transport's watchdog runs it as a
 * {@link Runnable} when the deadline passes with the exchange still running, which disconnects it.
 */
final class UrlConnectionExchange implements Runnable {
  private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final HttpRequest request;
  private final UrlConnectionTransport.ConnectionFactory connectionFactory;
  private final Duration connectTimeout;
  private final int connectTimeoutMillis;
  private final ScheduledExecutorService watchdog;
  private final long deadline;
  private volatile HttpURLConnection connection;
  private volatile boolean timedOut;
  private volatile boolean aborted;
  private volatile ScheduledFuture<?> watch;
  /** Set when a streamed body outlives {@link #sendStreaming()}: the body then stops the watch. */
  private volatile boolean bodyHandedOver;

  UrlConnectionExchange(
      HttpRequest request,
      UrlConnectionTransport.ConnectionFactory connectionFactory,
      Duration connectTimeout,
      ScheduledExecutorService watchdog) {
    this.request = request;
    this.connectionFactory = connectionFactory;
    this.connectTimeout = connectTimeout;
    this.connectTimeoutMillis = toMillis(connectTimeout);
    this.watchdog = watchdog;
    this.deadline = System.nanoTime() + Math.min(Durations.nanos(request.timeout()), Long.MAX_VALUE / 4);
  }

  /** The watchdog: the deadline passed with the exchange still running. */
  @Override
  public void run() {
    timedOut = true;
    disconnect();
  }

  /** Cancelled by the caller. */
  void abort() {
    aborted = true;
    disconnect();
  }

  private void disconnect() {
    HttpURLConnection current = connection;
    if (current != null) {
      current.disconnect();
    }
  }

  HttpResponse send() {
    return run(this::readResponse);
  }

  /** Returns once the headers are in; the body stays the caller's, bounded by the deadline until it is closed. */
  StreamingResponse sendStreaming() {
    return run(this::streamResponse);
  }

  /** Reads the response of a connected exchange. */
  private interface ResponseReader<R> {
    R read(HttpURLConnection c) throws IOException;
  }

  private <R> R run(ResponseReader<R> reader) {
    String method = request.method();
    byte[] body = request.bodyUnsafe();
    if (request.hasBody() && (method.equals("GET") || method.equals("HEAD"))) {
      throw new UnsupportedOperationException(
          method + " with a body cannot be sent by HttpURLConnection, which would turn it into a POST; " + request);
    }
    HttpURLConnection c = open();
    boolean connected = false;
    try {
      long remaining = remainingMillis();
      c.setConnectTimeout((int) Math.min(connectTimeoutMillis, remaining));
      c.setReadTimeout((int) remaining);
      try {
        this.watch = watchdog.schedule(this, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        throw new ClientClosedException(request);
      }
      if (aborted) {
        throw new CancellationException("cancelled by the caller");
      }
      c.connect();
      connected = true;
      if (body != null) {
        try (OutputStream out = c.getOutputStream()) {
          out.write(body);
        }
      } else if (request.bodySource() != null) {
        writeStreamed(c);
      } else if (c.getDoOutput()) {
        c.getOutputStream().close();
      }
      return reader.read(c);
    } catch (SocketTimeoutException e) {
      disconnect();
      throw connected || timedOut
          ? new RequestTimeoutException(request, request.timeout(), e)
          : new RequestTimeoutException(request, connectTimeout, e);
    } catch (IOException e) {
      disconnect();
      if (timedOut) {
        throw new RequestTimeoutException(request, request.timeout(), e);
      }
      if (aborted) {
        throw new CancellationException("cancelled by the caller");
      }
      throw TransportException.of(request, e);
    } catch (RuntimeException e) {
      disconnect();
      throw e;
    } finally {
      if (!bodyHandedOver) {
        unwatch();
      }
    }
  }

  /** Copies the streamed body to the connection, chunked; the watchdog bounds a write that stalls. */
  private void writeStreamed(HttpURLConnection c) throws IOException {
    try (OutputStream out = c.getOutputStream(); InputStream in = request.bodySource().open()) {
      if (in == null) {
        throw new IOException("the BodySource of " + request + " opened no stream");
      }
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    }
  }

  private StreamingResponse streamResponse(HttpURLConnection c) throws IOException {
    int status = c.getResponseCode();
    if (status < 100 || status > 999) {
      throw new TransportException("the server's answer to " + request + " is not a valid HTTP response", request, null);
    }
    HttpHeaders headers = headers(c);
    boolean bodyless = request.method().equals("HEAD") || status == 204 || status == 304 || status < 200;
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    if (in == null || bodyless) {
      closeQuietly(in);
      return StreamingResponse.of(request, status, headers, new UrlConnectionBody(this, null));
    }
    bodyHandedOver = true;
    return StreamingResponse.of(request, status, headers, new UrlConnectionBody(this, in));
  }

  /** Stops watching the deadline: the exchange is over. */
  void unwatch() {
    ScheduledFuture<?> current = watch;
    if (current != null) {
      current.cancel(false);
    }
  }

  /** Whether the watchdog ended the exchange at its deadline. */
  boolean timedOut() {
    return timedOut;
  }

  /** The deadline, {@code System.nanoTime()}. */
  long deadline() {
    return deadline;
  }

  /** Drops the connection instead of reading the rest of a body. */
  void drop() {
    disconnect();
  }

  private long remainingMillis() {
    long nanos = deadline - System.nanoTime();
    if (nanos <= 0) {
      throw new RequestTimeoutException(request, request.timeout(), null);
    }
    return Math.max(1, Math.min(nanos / 1_000_000, Integer.MAX_VALUE));
  }

  /** A configured, unconnected connection; throws before anything is sent when the request cannot be. */
  private HttpURLConnection open() {
    HttpURLConnection c;
    try {
      c = connectionFactory.open(request.uri().toURL());
    } catch (IOException e) {
      throw TransportException.of(request, e);
    }
    c.setInstanceFollowRedirects(false);
    c.setUseCaches(false);
    c.setAllowUserInteraction(false);
    c.setDoInput(true);
    String method = request.method();
    try {
      c.setRequestMethod(method);
    } catch (ProtocolException e) {
      throw new UnsupportedOperationException(
          method + " cannot be sent by this platform's HttpURLConnection, which refuses it (" + e.getMessage()
              + ") and has no supported way to send it; use JdkHttpTransport on the JVM (Android's "
              + "HttpURLConnection sends " + method + ")", e);
    }
    HttpHeaders headers = request.headers();
    boolean hasAccept = false;
    boolean hasContentType = false;
    for (int i = 0, size = headers.size(); i < size; i++) {
      String name = headers.name(i);
      RestrictedHeaders.check(name);
      c.addRequestProperty(name, headers.value(i));
      if (isDroppedSilently(name) && c.getRequestProperty(name) == null) {
        throw new IllegalArgumentException(
            "header \"" + name + "\" cannot be set on a request: this platform's HttpURLConnection drops it");
      }
      hasAccept |= name.equalsIgnoreCase("Accept");
      hasContentType |= name.equalsIgnoreCase("Content-Type");
    }
    if (!hasAccept) {
      c.setRequestProperty("Accept", "*/*");
    }
    byte[] body = request.bodyUnsafe();
    if (request.hasBody()) {
      if (!hasContentType) {
        c.setRequestProperty("Content-Type", "application/octet-stream");
      }
      c.setDoOutput(true);
      if (body != null) {
        c.setFixedLengthStreamingMode(body.length);
      } else {
        c.setChunkedStreamingMode(0); // a streamed body: the platform's default chunk size
      }
    } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      c.setDoOutput(true);
      c.setFixedLengthStreamingMode(0);
    }
    connection = c;
    return c;
  }

  private HttpResponse readResponse(HttpURLConnection c) throws IOException {
    int status = c.getResponseCode();
    if (status < 100 || status > 999) {
      throw new TransportException("the server's answer to " + request + " is not a valid HTTP response", request, null);
    }
    HttpHeaders headers = headers(c);
    boolean bodyless = request.method().equals("HEAD") || status == 204 || status == 304 || status < 200;
    // getErrorStream is null when there is no body (or when the JDK already discarded it).
    InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
    if (in == null || bodyless) {
      closeQuietly(in);
      return HttpResponse.ownedBody(request, status, headers, null);
    }
    try {
      long limit = request.maxResponseBytes();
      long declared = c.getContentLengthLong();
      if (declared > limit) {
        throw new ResponseTooLargeException(request, status, limit);
      }
      byte[] body = readCapped(in, limit, declared, status);
      in.close(); // read to the end: the connection goes back to the pool
      return HttpResponse.ownedBody(request, status, headers, body);
    } catch (IOException | RuntimeException e) {
      // Dropped, not drained: reading the rest is what the limit and the deadline are there to prevent.
      disconnect();
      closeQuietly(in);
      throw e;
    }
  }

  private byte[] readCapped(InputStream in, long limit, long declared, int status) throws IOException {
    long cap = Math.min(limit, MAX_ARRAY);
    byte[] buffer = new byte[declared >= 0 ? (int) Math.min(declared, cap) : (int) Math.min(cap, 8192)];
    int count = 0;
    while (true) {
      if (count == buffer.length) {
        // Full: one more byte either ends the body here (no copy) or needs room.
        int next = in.read();
        if (next < 0) {
          return buffer;
        }
        if (count >= cap) {
          throw new ResponseTooLargeException(request, status, cap);
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(cap, Math.max(2L * count, 8192)));
        buffer[count++] = (byte) next;
        continue;
      }
      int n = in.read(buffer, count, buffer.length - count);
      if (System.nanoTime() - deadline > 0) {
        timedOut = true;
        throw new SocketTimeoutException("the body did not arrive within the request timeout");
      }
      if (n < 0) {
        if (declared >= 0 && count < declared) {
          // The JDK's HttpURLConnection reports a fixed-length body cut short as a normal end.
          throw new EOFException("the connection closed after " + count + " of " + declared + " body bytes");
        }
        return count == buffer.length ? buffer : Arrays.copyOf(buffer, count);
      }
      count += n;
    }
  }

  /** Response headers in the order they came; the status line (key {@code null}) is left out. */
  private HttpHeaders headers(HttpURLConnection c) {
    List<String> namesAndValues = new ArrayList<>();
    for (int i = 0; ; i++) {
      String value = c.getHeaderField(i);
      if (value == null) {
        break;
      }
      String name = c.getHeaderFieldKey(i);
      if (name != null) {
        namesAndValues.add(name);
        namesAndValues.add(value);
      }
    }
    return HttpHeaders.fromResponseFields(namesAndValues);
  }

  /** The request this exchange sends. */
  HttpRequest request() {
    return request;
  }

  private static int toMillis(Duration duration) {
    long millis = Math.max(1, Durations.nanos(duration) / 1_000_000);
    return (int) Math.min(millis, Integer.MAX_VALUE);
  }

  private static void closeQuietly(InputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        // the exchange is over either way
      }
    }
  }

  /** Headers the JDK's HttpURLConnection drops without an error unless a system property allows them. */
  private static boolean isDroppedSilently(String name) {
    return name.equalsIgnoreCase("Origin")
        || name.equalsIgnoreCase("Via")
        || name.equalsIgnoreCase("Access-Control-Request-Headers")
        || name.equalsIgnoreCase("Access-Control-Request-Method")
        || name.equalsIgnoreCase("Content-Transfer-Encoding");
  }
}
