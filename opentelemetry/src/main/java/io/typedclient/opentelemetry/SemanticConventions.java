package io.typedclient.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The names this module records, from OpenTelemetry's stable HTTP semantic conventions (client spans and the
 * {@code http.client.request.duration} metric), written out here rather than taken from the semconv artifact, so
 * that the module depends on the API alone. Plus the two rate-limit gauges of typedclient's own.
 */
final class SemanticConventions {
  static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> HTTP_REQUEST_METHOD_ORIGINAL = AttributeKey.stringKey("http.request.method_original");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  static final String REQUEST_DURATION = "http.client.request.duration";
  /** The bucket boundaries the conventions advise for {@link #REQUEST_DURATION}, in seconds. */
  static final List<Double> REQUEST_DURATION_BUCKETS = Collections.unmodifiableList(
      Arrays.asList(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0));

  static final String RATE_LIMIT_REMAINING = "typedclient.client.rate_limit.remaining";
  static final String RATE_LIMIT_LIMIT = "typedclient.client.rate_limit.limit";

  /** {@value #OTHER_METHOD} stands for a method the conventions do not know (RFC 9110's and PATCH). */
  static final String OTHER_METHOD = "_OTHER";

  private static final Set<String> KNOWN_METHODS = Collections.unmodifiableSet(new HashSet<>(
      Arrays.asList("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE")));

  private SemanticConventions() {}

  /** {@code method} if the conventions know it, {@value #OTHER_METHOD} otherwise. */
  static String method(String method) {
    return KNOWN_METHODS.contains(method) ? method : OTHER_METHOD;
  }

  /** A host as {@code server.address} wants it: an IPv6 literal without its brackets. */
  static String address(String host) {
    return host.length() > 2 && host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']'
        ? host.substring(1, host.length() - 1)
        : host;
  }

  /**
   * {@code error.type}: the status for a 4xx or 5xx, the failure's class name when there was no response, and
   * {@code null} for a success.
   */
  static @Nullable String errorType(int status, @Nullable Class<? extends Throwable> failureType) {
    if (failureType != null) {
      return failureType.getName();
    }
    return status >= 400 ? Integer.toString(status) : null;
  }
}
