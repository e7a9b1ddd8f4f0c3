package io.typedclient.runtime;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Requests, responses and dates for the retry tests. */
final class Retries {
  static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

  private Retries() {}

  static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
  }

  /** A request of {@code method} made by {@code ItemsApi.call}; marked {@code @Idempotent} when asked. */
  static HttpRequest request(String method, boolean idempotent) {
    Invocation.Builder invocation = Invocation.builder("ItemsApi", "call").pathTemplate("/items");
    if (idempotent) {
      invocation.idempotent();
    }
    return HttpRequest.builder(method, URI.create("https://api.example.com/items"))
        .invocation(invocation.build())
        .build();
  }

  static HttpRequest get() {
    return request("GET", false);
  }

  static HttpRequest post() {
    return request("POST", false);
  }

  static HttpResponse response(HttpRequest request, int status, String... headers) {
    return HttpResponse.of(request, status, HttpHeaders.of(headers), "{}".getBytes(StandardCharsets.UTF_8));
  }

  /** The first attempt of a call that started at {@link #T0} and ended {@code afterSeconds} later. */
  static Attempt first(HttpRequest request, int status, String... headers) {
    return Attempt.responded(request, response(request, status, headers), 0, T0, T0);
  }
}
