package io.typedclient.okta.cli;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.TransportException;
import java.net.URI;
import java.time.Duration;

/**
 * One HTTP attempt as the transport saw it: what was sent (method and path template, never the filled path or
 * a header value) and what came back. Retries are separate exchanges.
 *
 * @param uri the request's URI as sent (for its host; never printed whole: its path and query hold secrets)
 * @param method {@code GET}, {@code POST}, ...
 * @param pathTemplate the path as declared, such as {@code /api/v1/sessions/{sessionId}}
 * @param retryCount the {@code X-Okta-Retry-Count} the client sent, 0 for a first attempt
 * @param status the response status, or 0 when the exchange failed below HTTP
 * @param failure the failure's simple class name when it failed below HTTP, or {@code null}
 * @param requestId the response's {@code X-Okta-Request-Id}, or {@code null}
 * @param startNanos {@link System#nanoTime()} when the request was handed to the transport
 * @param elapsed from handing the request over to having the whole response (or the failure)
 * @param response the response, or {@code null} when the exchange failed
 */
record RecordedExchange(
    URI uri,
    String method,
    String pathTemplate,
    int retryCount,
    int status,
    String failure,
    String requestId,
    long startNanos,
    Duration elapsed,
    HttpResponse response) {

  static RecordedExchange of(
      HttpRequest request, long startNanos, long endNanos, HttpResponse response, Throwable failure) {
    String declared = request.invocation().pathTemplate();
    String template = declared.isEmpty() ? request.uri().getRawPath() : declared;
    return new RecordedExchange(
        request.uri(),
        request.method(),
        template,
        retryCount(request.headers().first("X-Okta-Retry-Count")),
        response == null ? 0 : response.status(),
        failure == null ? null : failureName(failure),
        response == null ? null : response.header("X-Okta-Request-Id"),
        startNanos,
        Duration.ofNanos(endNanos - startNanos),
        response);
  }

  /** When the exchange ended, as {@link System#nanoTime()}. */
  long endNanos() {
    return startNanos + elapsed.toNanos();
  }

  /** The status, or the failure's name when there was no response. */
  String outcome() {
    return status != 0 ? Integer.toString(status) : failure;
  }

  /** {@code timeout}, or the class of what failed below the client's wrapper, such as {@code ConnectException}. */
  private static String failureName(Throwable failure) {
    if (failure instanceof RequestTimeoutException) {
      return "timeout";
    }
    Throwable cause = failure instanceof TransportException && failure.getCause() != null ? failure.getCause() : failure;
    return cause.getClass().getSimpleName();
  }

  private static int retryCount(String header) {
    if (header == null) {
      return 0;
    }
    try {
      return Integer.parseInt(header.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Method, path template and outcome: never the URI, whose path and query hold secrets. */
  @Override
  public String toString() {
    return "RecordedExchange{" + method + " " + pathTemplate + " -> " + outcome() + "}";
  }
}
