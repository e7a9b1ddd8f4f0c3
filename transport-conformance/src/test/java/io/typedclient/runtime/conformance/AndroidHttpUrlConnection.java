package io.typedclient.runtime.conformance;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ProtocolException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Okio;
import okio.Pipe;

/**
 * A test double of Android's {@code HttpURLConnection}: what Android's own implementation (OkHttp 2.7 inside the
 * platform, {@code com.android.okhttp.internal.huc.HttpURLConnectionImpl}) does where the JDK's differs, with OkHttp
 * as its engine, as Android's is. Read from that implementation, and each checked by
 * {@code AndroidHttpUrlConnectionTest}:
 *
 * <ul>
 *   <li><b>Transparent gzip.</b> Unless the caller sets {@code Accept-Encoding} (or {@code Range}), it sends
 *       {@code Accept-Encoding: gzip}, decompresses a gzip answer while it is read, and removes
 *       {@code Content-Encoding} and {@code Content-Length} from the headers: the length reads {@code -1}.
 *   <li><b>PATCH</b> is accepted by {@code setRequestMethod}, with OPTIONS, GET, HEAD, POST, PUT, DELETE and TRACE.
 *   <li><b>Redirects</b> are followed (within one protocol) unless {@code setInstanceFollowRedirects(false)}.
 *   <li><b>{@code disconnect()}</b> cancels the exchange and closes its socket at once, ending a read in progress.
 *   <li><b>Headers:</b> {@code getHeaderField(0)} is the first header, not the status line; the answer carries
 *       Android's own {@code X-Android-Sent-Millis}, {@code X-Android-Received-Millis},
 *       {@code X-Android-Selected-Protocol} and {@code X-Android-Response-Source}. Request header values are
 *       trimmed, refused with an {@code IllegalArgumentException} that quotes them when they hold a control
 *       character other than tab, and written as UTF-8.
 *   <li><b>Bodies:</b> a method that permits one gets {@code Content-Type: application/x-www-form-urlencoded}
 *       unless the caller set one, and a body of length 0 when the caller writes none; {@code getInputStream()}
 *       throws {@link FileNotFoundException} at 400 and above, where {@code getErrorStream()} has the body (or is
 *       {@code null} when there is none); a streamed body is never sent twice.
 *   <li>{@code setAuthenticator} does not exist on Android; here it throws as {@link HttpURLConnection}'s does.
 * </ul>
 *
 * Not modelled: Android asks the process-wide {@link java.net.Authenticator} for {@code Basic} challenges (this
 * double never answers one); Android's engine takes a {@code 102} or {@code 103} for the answer, where OkHttp 5
 * skips it (the JDK's {@code HttpURLConnection} behaves as Android's there); response caches; buffered (not
 * streamed) request bodies, which this double refuses.
 */
final class AndroidHttpUrlConnection extends HttpURLConnection {
  private static final Set<String> METHODS = Set.of("OPTIONS", "GET", "HEAD", "POST", "PUT", "DELETE", "TRACE", "PATCH");
  /** Methods OkHttp 2.7 lets carry a body (and labels with a form Content-Type), of those it accepts. */
  private static final Set<String> PERMITS_BODY = Set.of("POST", "PUT", "PATCH", "DELETE", "OPTIONS");
  private static final String USER_AGENT = "Dalvik/2.1.0 (Linux; U; Android 8.0.0; typedclient test double)";
  private static final String PREFIX = "X-Android";

  private final OkHttpClient client;
  private final Executor exchanges;
  private final Headers.Builder requestHeaders = new Headers.Builder();
  /** Completes once the exchange holds a connection, or fails with why it could not get one. */
  private final CompletableFuture<Void> connection = new CompletableFuture<>();
  private final CompletableFuture<Response> answer = new CompletableFuture<>();
  private Call call;
  private Pipe requestPipe;
  private OutputStream requestBody;
  private Headers responseHeaders;
  private InputStream responseBody;

  AndroidHttpUrlConnection(URL url, OkHttpClient client, Executor exchanges) {
    super(url);
    this.client = client;
    this.exchanges = exchanges;
  }

  @Override
  public void setRequestMethod(String method) throws ProtocolException {
    if (connected) {
      throw new ProtocolException("Cannot reset method once connected");
    }
    if (!METHODS.contains(method)) {
      throw new ProtocolException("Expected one of " + METHODS + " but was " + method);
    }
    this.method = method;
  }

  @Override
  public void setRequestProperty(String field, String value) {
    checkNotConnected();
    if (value != null) {
      requestHeaders.removeAll(field);
      requestHeaders.addUnsafeNonAscii(field, checkedValue(field, value));
    }
  }

  @Override
  public void addRequestProperty(String field, String value) {
    checkNotConnected();
    if (value != null) {
      requestHeaders.addUnsafeNonAscii(field, checkedValue(field, value));
    }
  }

  @Override
  public String getRequestProperty(String field) {
    return field == null ? null : requestHeaders.get(field);
  }

  @Override
  public Map<String, List<String>> getRequestProperties() {
    checkNotConnected();
    return toMultimap(requestHeaders.build());
  }

  @Override
  public void connect() throws IOException {
    start();
    await(connection);
  }

  @Override
  public OutputStream getOutputStream() throws IOException {
    if (!doOutput) {
      throw new ProtocolException("method does not support a request body: " + method);
    }
    connect();
    synchronized (this) {
      if (answer.isDone()) {
        throw new ProtocolException("cannot write request body after response has been read");
      }
      if (requestBody == null) {
        requestBody = Okio.buffer(requestPipe.sink()).outputStream();
      }
      return requestBody;
    }
  }

  @Override
  public int getResponseCode() throws IOException {
    return response().code();
  }

  @Override
  public String getResponseMessage() throws IOException {
    return response().message();
  }

  @Override
  public InputStream getInputStream() throws IOException {
    if (!doInput) {
      throw new ProtocolException("This protocol does not support input");
    }
    if (response().code() >= HTTP_BAD_REQUEST) {
      throw new FileNotFoundException(url.toString());
    }
    return body();
  }

  @Override
  public InputStream getErrorStream() {
    try {
      Response response = response();
      return response.code() >= HTTP_BAD_REQUEST && hasBody(response) ? body() : null;
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public String getHeaderField(int position) {
    Headers headers = responseHeadersOrNull();
    return headers != null && position >= 0 && position < headers.size() ? headers.value(position) : null;
  }

  @Override
  public String getHeaderFieldKey(int position) {
    Headers headers = responseHeadersOrNull();
    return headers != null && position >= 0 && position < headers.size() ? headers.name(position) : null;
  }

  @Override
  public String getHeaderField(String name) {
    Headers headers = responseHeadersOrNull();
    if (headers == null) {
      return null;
    }
    return name == null ? statusLine(answer.join()) : headers.get(name);
  }

  @Override
  public Map<String, List<String>> getHeaderFields() {
    Headers headers = responseHeadersOrNull();
    if (headers == null) {
      return Collections.emptyMap();
    }
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put(null, List.of(statusLine(answer.join())));
    fields.putAll(toMultimap(headers));
    return Collections.unmodifiableMap(fields);
  }

  /** Cancels the exchange: OkHttp closes its socket, and a read in progress fails at once. */
  @Override
  public void disconnect() {
    Call running;
    Pipe pipe;
    synchronized (this) {
      running = call;
      pipe = requestPipe;
    }
    if (running != null) {
      running.cancel();
    }
    if (pipe != null) {
      pipe.cancel();
    }
  }

  @Override
  public boolean usingProxy() {
    return false;
  }

  /** Starts the exchange on a thread of the handler, once. */
  private synchronized void start() throws IOException {
    if (call != null) {
      return;
    }
    connected = true;
    if (doOutput && method.equals("GET")) {
      method = "POST"; // as both platforms do
    }
    Headers.Builder headers = requestHeaders.build().newBuilder();
    RequestBody body = null;
    if (PERMITS_BODY.contains(method)) {
      if (headers.get("Content-Type") == null) {
        headers.set("Content-Type", "application/x-www-form-urlencoded");
      }
      if (doOutput) {
        // A fixed length, or -1 in chunked streaming mode (chunkLength is set by setChunkedStreamingMode), which
        // OkHttp then sends chunked, as Android does.
        long length = fixedContentLengthLong != -1 ? fixedContentLengthLong : fixedContentLength;
        if (length < 0 && chunkLength <= 0) {
          throw new UnsupportedOperationException(
              "this test double streams fixed-length or chunked request bodies only, not buffered ones");
        }
        requestPipe = new Pipe(64 * 1024);
        body = new StreamedRequestBody(requestPipe.source(), length);
      } else {
        body = RequestBody.create(new byte[0], null);
      }
    } else if (doOutput) {
      throw new ProtocolException(method + " does not support writing");
    }
    if (headers.get("User-Agent") == null) {
      headers.set("User-Agent", USER_AGENT);
    }
    Request request =
        new Request.Builder().url(HttpUrl.get(url.toString())).headers(headers.build()).method(method, body).build();
    OkHttpClient configured =
        client.newBuilder()
            .connectTimeout(getConnectTimeout(), TimeUnit.MILLISECONDS)
            .readTimeout(getReadTimeout(), TimeUnit.MILLISECONDS)
            .writeTimeout(0, TimeUnit.MILLISECONDS)
            .followRedirects(getInstanceFollowRedirects())
            .eventListener(new EventListener() {
              @Override
              public void connectionAcquired(Call call, Connection acquired) {
                connection.complete(null);
              }
            })
            .build();
    call = configured.newCall(request);
    exchanges.execute(this::exchange);
  }

  private void exchange() {
    try {
      Response response = call.execute();
      connection.complete(null);
      answer.complete(response);
    } catch (IOException | RuntimeException e) {
      if (requestPipe != null) {
        requestPipe.cancel();
      }
      connection.completeExceptionally(e);
      answer.completeExceptionally(e);
    }
  }

  private Response response() throws IOException {
    start();
    OutputStream unfinished;
    synchronized (this) {
      unfinished = requestBody;
      if (requestPipe != null && requestBody == null) {
        requestPipe.sink().close();
      }
    }
    if (unfinished != null && !answer.isDone()) {
      try {
        unfinished.close(); // as Android does before it reads the answer
      } catch (IOException e) {
        // The exchange failed; the answer says why.
      }
    }
    return await(answer);
  }

  private synchronized InputStream body() throws IOException {
    if (responseBody == null) {
      responseBody = response().body().byteStream();
    }
    return responseBody;
  }

  /** The response headers as Android gives them, or null when there is no response (yet, or at all). */
  private synchronized Headers responseHeadersOrNull() {
    if (responseHeaders == null) {
      Response response;
      try {
        response = response();
      } catch (IOException e) {
        return null;
      }
      responseHeaders =
          response.headers().newBuilder()
              .add(PREFIX + "-Sent-Millis", Long.toString(response.sentRequestAtMillis()))
              .add(PREFIX + "-Received-Millis", Long.toString(response.receivedResponseAtMillis()))
              .add(PREFIX + "-Selected-Protocol", response.protocol().toString())
              .add(PREFIX + "-Response-Source", "NETWORK " + response.code())
              .build();
    }
    return responseHeaders;
  }

  /** As OkHttp 2.7's {@code HttpEngine.hasBody}. */
  private static boolean hasBody(Response response) {
    if (response.request().method().equals("HEAD")) {
      return false;
    }
    int code = response.code();
    if ((code < 100 || code >= 200) && code != HTTP_NO_CONTENT && code != HTTP_NOT_MODIFIED) {
      return true;
    }
    return response.header("Content-Length") != null
        || "chunked".equalsIgnoreCase(response.header("Transfer-Encoding"));
  }

  /** As Android's {@code Headers.Builder}: a trailing line end is dropped, and control characters but tab refused. */
  private static String checkedValue(String name, String value) {
    if (name == null) {
      throw new NullPointerException("field == null");
    }
    String trimmed = value.endsWith("\r\n") ? value.substring(0, value.length() - 2)
        : value.endsWith("\n") || value.endsWith("\r") ? value.substring(0, value.length() - 1) : value;
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if ((c <= 0x1f && c != '\t') || c == 0x7f) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "Unexpected char %#04x at %d in header value: %s", (int) c, i, trimmed));
      }
    }
    return trimmed.trim();
  }

  private void checkNotConnected() {
    if (connected) {
      throw new IllegalStateException("Cannot change or read request headers after connection is made");
    }
  }

  private static String statusLine(Response response) {
    return (response.protocol().toString().startsWith("http/1.0") ? "HTTP/1.0" : "HTTP/1.1") + " " + response.code()
        + " " + response.message();
  }

  private static Map<String, List<String>> toMultimap(Headers headers) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      fields.computeIfAbsent(headers.name(i), name -> new ArrayList<>()).add(headers.value(i));
    }
    return fields;
  }

  /**
   * The outcome of {@code future}, waited for as a blocking socket read waits: an interrupt neither ends the wait
   * nor is cleared (whoever polls the thread's flag, as {@code UrlConnectionTransport} does, sees it); only the
   * exchange ending does. While the flag is set no JDK wait blocks, so this one yields until the exchange ends.
   */
  private static <T> T await(CompletableFuture<T> future) throws IOException {
    while (!future.isDone()) {
      if (Thread.currentThread().isInterrupted()) {
        Thread.yield();
      } else {
        try {
          future.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          break;
        }
      }
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IOException(cause);
    }
  }
}
