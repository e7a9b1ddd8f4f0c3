package io.typedclient.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An attempt about to be handed to the transport, as {@link CallListener#attemptStarted} sees it: which request,
 * how many times it was sent before in this call, the wait before this attempt, and the body bytes it sends.
 * During {@code attemptStarted} a listener may add headers to it ({@link #setHeader}), which is how trace
 * context reaches the server; afterwards the event is read-only.
 */
public final class AttemptStart {
  private final ObservedRequest request;
  private final int resendCount;
  private final Duration waitBefore;
  private final long requestBodyBytes;
  /** Alternating name and value; null until a listener sets one. */
  private @Nullable List<String> headers;
  private boolean open = true;

  AttemptStart(ObservedRequest request, int resendCount, Duration waitBefore, long requestBodyBytes) {
    this.request = request;
    this.resendCount = resendCount;
    this.waitBefore = waitBefore;
    this.requestBodyBytes = requestBodyBytes;
  }

  /** The request this attempt sends: the call's own, or one an interceptor sends on its behalf. */
  public ObservedRequest request() {
    return request;
  }

  /**
   * How many times this call sent the same request before (the same {@link Invocation}): 0 for the first attempt,
   * 1 for the first retry, and so on, whatever made it send again (a retry policy, a new token after a 401).
   */
  public int resendCount() {
    return resendCount;
  }

  /** How long the retry policy waited before this attempt; zero for a first attempt. */
  public Duration waitBefore() {
    return waitBefore;
  }

  /** The request body's length in bytes; 0 without a body. */
  public long requestBodyBytes() {
    return requestBodyBytes;
  }

  /**
   * Sets a header on this attempt's request, replacing any value it had, so that the server can join the trace
   * ({@code traceparent}, {@code tracestate}, {@code baggage}). Only during {@link CallListener#attemptStarted}.
   * The name must be an RFC 9110 token and the value a valid field value; headers the transport owns
   * ({@link RestrictedHeaders}) and credentials ({@link HttpHeaders#isSensitive}) are refused. A listener that
   * throws from {@code attemptStarted} has none of its headers applied.
   *
   * @throws IllegalArgumentException if the name or value is not allowed
   * @throws IllegalStateException after {@code attemptStarted} returned
   */
  public void setHeader(String name, String value) {
    if (!open) {
      throw new IllegalStateException("headers can be set only during CallListener.attemptStarted");
    }
    HttpHeaders.checkName(name);
    HttpHeaders.checkValue(name, value);
    RestrictedHeaders.check(name);
    if (HttpHeaders.isSensitive(name)) {
      throw new IllegalArgumentException("header \"" + name + "\" carries credentials; an observer cannot set it");
    }
    if (headers == null) {
      headers = new ArrayList<>(4);
    }
    headers.add(name);
    headers.add(value);
  }

  /** How many header entries are set: a mark to go back to if a listener throws. */
  int headerMark() {
    return headers == null ? 0 : headers.size();
  }

  /** Drops the headers set after {@code mark}. */
  void resetHeaders(int mark) {
    if (headers != null) {
      headers.subList(mark, headers.size()).clear();
    }
  }

  /** Ends the listeners' turn and returns {@code request} with the headers they set. */
  HttpRequest close(HttpRequest request) {
    open = false;
    if (headers == null || headers.isEmpty()) {
      return request;
    }
    HttpRequest.Builder builder = request.toBuilder();
    for (int i = 0; i < headers.size(); i += 2) {
      builder.header(headers.get(i), headers.get(i + 1));
    }
    return builder.build();
  }

  /** {@code AttemptStart{GET https://host/items/{id} (ItemsApi.get), resend 1 after PT2S}}: names only. */
  @Override
  public String toString() {
    return "AttemptStart{" + request + ", resend " + resendCount + " after " + waitBefore + "}";
  }
}
