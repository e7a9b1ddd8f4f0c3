package io.typedclient.runtime;

import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;

/**
 * The one seam between typedclient and the network: sends a request and returns the whole response.
 *
 * <p>Every implementation behaves the same way, which the transport conformance suite checks over real
 * loopback HTTP:
 * <ul>
 *   <li>redirects are never followed: a 3xx response is returned as it is;
 *   <li>the exchange fails with {@link RequestTimeoutException} once {@link HttpRequest#timeout()} has passed,
 *       whatever it is waiting for: the connection, the headers, the body or its trailers, however slowly a server
 *       sends them;
 *   <li>cancelling a future, {@link #close()}, and interrupting a thread blocked in {@link #execute} end a call at
 *       once and never wait for the network; an interrupted call throws a {@link TransportException} caused by an
 *       {@link java.io.InterruptedIOException}, with the thread's interrupt flag set again; once {@code cancel()}
 *       has returned, no more of that request is sent; a call that hangs on a hostile server delays no other;
 *   <li>a body longer than {@link HttpRequest#maxResponseBytes()} fails with {@link ResponseTooLargeException}
 *       as soon as the limit is crossed, without buffering the rest; memory follows the bytes received, not the
 *       length a server declares;
 *   <li>broken framing (a malformed or contradictory {@code Content-Length}, an interim {@code 1xx} where the
 *       answer belongs) fails with a {@link TransportException}, never a parser's own exception;
 *   <li>no {@link java.net.Authenticator} the caller did not give it answers a {@code 401} challenge: the caller
 *       gets the {@code 401}, and the request is sent once (one platform limit: see {@link UrlConnectionTransport});
 *   <li>any other I/O failure is a {@link TransportException};
 *   <li>non-2xx statuses are ordinary responses, not exceptions;
 *   <li>no response is cached;
 *   <li>headers the transport owns ({@code Host}, {@code Content-Length}, {@code Transfer-Encoding},
 *       {@code Connection}, {@code Expect}, {@code Upgrade}...) are refused with an
 *       {@link IllegalArgumentException} naming the header, before anything is sent
 *       ({@link RestrictedHeaders#check} does it);
 *   <li>for a transport that takes a {@link ProxyConfig}: https goes through a {@code CONNECT} tunnel whose
 *       {@code CONNECT} alone carries the proxy credentials, never the server; a {@code 407} from the proxy is a
 *       {@link ProxyAuthenticationException} naming it; hosts the configuration sends directly go directly; and for
 *       one that takes a {@link TlsConfig}, host names are verified whatever the trust.
 * </ul>
 * Implementations are thread-safe. {@link #executeAsync} never blocks the calling thread, and its future
 * fails with the same exception types that {@link #execute} throws (never wrapped in
 * {@link java.util.concurrent.CompletionException}); cancelling the future abandons the exchange. Two
 * implementations come with the runtime: {@link JdkHttpTransport} (the default) and
 * {@link UrlConnectionTransport} (for Android).
 *
 * <p>Request bodies come in memory ({@link HttpRequest#body()}) or streamed ({@link HttpRequest#bodySource()}):
 * a transport sends a streamed one as it reads it, chunked, never holding it whole.
 *
 * <p>Responses come whole ({@link #execute}) or streamed ({@link #executeStreaming}): a streamed response is
 * returned once its headers have arrived; its body is read as it arrives, is not held to
 * {@link HttpRequest#maxResponseBytes()}, still ends at the request's deadline, and closing it early releases
 * the connection. The defaults of the streaming methods buffer the whole response within the limit, so that a
 * transport written before them still works; every transport that can stream should override both (the
 * conformance suite's streaming cases fail until it does).
 *
 * <p>Writing another (over OkHttp, Apache HttpClient, or a test double) takes the transport class and one test:
 * extend {@code io.typedclient.runtime.conformance.HttpTransportConformanceTest} from the test-scoped artifact
 * {@code io.typedclient:typedclient-transport-conformance}, return a new transport from
 * {@code newTransport(Duration)}, and the suite runs every case against it.
 */
public interface HttpTransport extends AutoCloseable {

  /** Sends {@code request} and waits for the whole response. */
  HttpResponse execute(HttpRequest request);

  /** Sends {@code request}; the future completes with the whole response. */
  CompletableFuture<HttpResponse> executeAsync(HttpRequest request);

  /**
   * Sends {@code request} and returns once the response headers have arrived, the body to be read from the
   * result. Fails as {@link #execute} does until the headers are in; see {@link StreamingResponse} for the body.
   * The default buffers the whole body through {@link #execute}, within {@link HttpRequest#maxResponseBytes()}.
   */
  default StreamingResponse executeStreaming(HttpRequest request) {
    HttpResponse response = execute(request);
    return StreamingResponse.of(
        response.request(), response.status(), response.headers(), new ByteArrayInputStream(response.bodyUnsafe()));
  }

  /**
   * Asynchronous {@link #executeStreaming}: the future completes once the headers have arrived; cancelling it
   * abandons the exchange. The default buffers the whole body through {@link #executeAsync}.
   */
  default CompletableFuture<StreamingResponse> executeStreamingAsync(HttpRequest request) {
    return executeAsync(request).thenApply(response -> StreamingResponse.of(
        response.request(), response.status(), response.headers(), new ByteArrayInputStream(response.bodyUnsafe())));
  }

  /**
   * Releases what this transport owns (threads, pooled connections). Idempotent; after it, calls fail with
   * {@link ClientClosedException}. The default does nothing, for transports that own nothing.
   */
  @Override
  default void close() {}
}
