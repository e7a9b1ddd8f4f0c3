package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials nobody gave the transport: a process-wide {@link Authenticator} (many libraries install one) is never
 * asked, so a {@code 401} challenge reaches the caller as a {@code 401}, and the request is sent once.
 */
interface CredentialCases extends TransportFixture {
  @ParameterizedTest
  @ValueSource(strings = {
      "WWW-Authenticate: Basic realm=\"okta\"",
      "WWW-Authenticate: Digest realm=\"okta\", nonce=\"abc123\", qop=\"auth\"",
      "WWW-Authenticate: Basic realm=\"okta\"\r\nWWW-Authenticate: Digest realm=\"okta\", nonce=\"abc123\""})
  @ResourceLock("java.net.Authenticator.default")
  default void aChallengeIsNeverAnsweredWithTheProcessWideAuthenticator(String challenge) throws Exception {
    AtomicInteger asked = new AtomicInteger();
    Authenticator everywhere = new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        asked.incrementAndGet();
        return new PasswordAuthentication("someone-else", "their-password".toCharArray());
      }
    };
    try (HostileServer challenging = HostileServer.start(connection -> {
      while (true) {
        connection.readRequest();
        connection.send("HTTP/1.1 401 Unauthorized\r\n" + challenge + "\r\nContent-Length: 12\r\n\r\nunauthorized");
      }
    })) {
      Authenticator.setDefault(everywhere);
      try {
        for (String method : new String[] {"GET", "DELETE"}) {
          HttpResponse response =
              transport().execute(
                  HttpRequest.builder(method, challenging.uri("/api/v1/sessions/me"))
                      .header("Cookie", "sid=the-users-session")
                      .timeout(Duration.ofSeconds(5))
                      .build());
          assertThat(response.status()).isEqualTo(401);
        }
        HttpResponse async =
            transport().executeAsync(
                HttpRequest.builder("GET", challenging.uri("/api/v1/sessions/me")).timeout(Duration.ofSeconds(5)).build())
                .get();
        assertThat(async.status()).isEqualTo(401);
      } finally {
        Authenticator.setDefault(null);
      }

      List<String> requests = challenging.requests();
      assertThat(requests).hasSize(3);
      for (String request : requests) {
        assertThat(request.toLowerCase(java.util.Locale.ROOT)).doesNotContain("authorization");
      }
      assertThat(asked.get()).isEqualTo(0);
    }
  }
}
