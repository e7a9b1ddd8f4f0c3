package io.typedclient.reliability.hostile;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.typedclient.okta.OktaApiException;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.RateLimit;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.reliability.support.TestScheduler;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.TransportException;
import io.typedclient.runtime.UrlConnectionTransport;
import io.typedclient.runtime.conformance.HostileServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every response header the client parses, sent by a hostile server with values no parser expects: the framing
 * header ({@code Content-Length}), the retry and rate-limit headers ({@code Retry-After}, {@code X-Rate-Limit-*},
 * {@code Date}), and {@code Content-Type} with a charset nobody has (bodies are always read as UTF-8, so it is never
 * parsed). Each call ends with the library's own exception, {@link OktaApiException} or {@link TransportException},
 * never a parser's {@code NumberFormatException}, {@code DateTimeException} or {@code ArithmeticException}; and no
 * value makes the client wait past its retry budget (issue 20, item 3).
 */
@Timeout(60)
class HostileHeadersTest {
  private static final Instant NOW = Instant.parse("2026-01-05T10:00:30Z");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Retry-After: 99999999999999999999",
      "Retry-After: -1",
      "Retry-After: 1e9",
      "Retry-After: Mon, 99 Foo 20261 99:99:99 GMT",
      "Retry-After: Fri, 31 Dec 9999 23:59:59 GMT",
      "Retry-After: Sat, 01 Jan 0000 00:00:00 GMT",
      "X-Rate-Limit-Reset: 99999999999999999999",
      "X-Rate-Limit-Reset: 9999999999999999",
      "X-Rate-Limit-Reset: -5",
      "X-Rate-Limit-Reset: 0x10, , 1.5",
      "X-Rate-Limit-Limit: 99999999999999999999\r\nX-Rate-Limit-Remaining: -1",
      "Date: Mon, 99 Foo 20261 99:99:99 GMT",
      "Date: Fri, 31 Dec 9999 23:59:59 GMT\r\nX-Rate-Limit-Reset: 1",
      "Content-Type: application/json; charset=no-such-charset-\u00ff",
      "Content-Type: ;;;=\"",
  })
  void aHostileHeaderValueEndsTheCallWithTheLibrarysOwnException(String header) {
    for (int status : new int[] {429, 503}) {
      String body = "{\"errorCode\":\"E0000047\",\"errorSummary\":\"API call exceeded rate limit\"}";
      String response = "HTTP/1.1 " + status + " Hostile\r\n" + header + "\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length() + "\r\n\r\n" + body;
      try (HostileServer server = HostileServer.start(connection -> {
        while (true) {
          connection.readRequest();
          connection.send(response);
        }
      })) {
        for (Supplier<HttpTransport> transport :
            List.<Supplier<HttpTransport>>of(JdkHttpTransport::create, UrlConnectionTransport::create)) {
          TestScheduler scheduler = TestScheduler.on(ManualClock.at(NOW));
          try (HttpTransport opened = transport.get();
              SessionApiClient api = OktaSessions.builder()
                  .orgUrl(server.uri("").toString())
                  .apiToken("00hostileHeadersToken0123456789")
                  .transport(opened)
                  .scheduler(scheduler)
                  .requestTimeout(Duration.ofSeconds(5))
                  .build()) {
            Outcome blocking = Outcome.of(() -> api.getSession("102hostileHeaders000"));
            Outcome async = Outcome.ofAsync(() -> api.getSessionAsync("102hostileHeaders000"), 20);

            for (Outcome outcome : List.of(blocking, async)) {
              Throwable failure = outcome.failure();
              if (failure instanceof OktaApiException) {
                OktaApiException e = (OktaApiException) failure;
                assertThat(e.status()).isEqualTo(status);
                RateLimit rateLimit = e.rateLimit();
                assertThat(rateLimit.toString()).isNotEmpty();
              } else {
                // A platform may refuse the header outright (java.net.http and a byte above 0x7F): then it is an
                // I/O failure of ours.
                assertWithMessage("%s, HTTP %s: %s", header, status, failure)
                    .that(failure).isInstanceOf(TransportException.class);
              }
            }
            Duration waited = scheduler.waits().stream().reduce(Duration.ZERO, Duration::plus);
            // Two calls, each within the client's default budget of 60 s.
            assertWithMessage("%s: waits %s", header, scheduler.waits())
                .that(waited).isAtMost(Duration.ofSeconds(120));
          }
        }
      }
    }
  }
}
