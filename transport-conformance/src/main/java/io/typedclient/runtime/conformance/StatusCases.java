package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.typedclient.runtime.HttpResponse;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Statuses: every status is a response, redirects are not followed, nothing is cached. */
interface StatusCases extends TransportFixture {
  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 429, 500, 502, 503})
  default void returnsErrorStatusesWithTheirBodiesAsResponses(int status) {
    server().enqueue(
        new MockResponse.Builder()
            .code(status)
            .addHeader("X-Okta-Request-Id", "req-" + status)
            .body("{\"errorCode\":\"E" + status + "\"}")
            .build());

    HttpResponse response = transport().execute(request("GET", "/err").build());

    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("X-Okta-Request-Id")).isEqualTo("req-" + status);
    assertThat(response.bodyString()).isEqualTo("{\"errorCode\":\"E" + status + "\"}");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404, 429, 500})
  default void errorBodiesToRequestsWithBodiesAreReadToo(int status) throws Exception {
    // A streamed request body must not cost the error body (only a 401 may lose it: see UrlConnectionTransport).
    server().enqueue(new MockResponse.Builder().code(status).body("{\"errorCode\":\"E" + status + "\"}").build());
    server().enqueue(ok("next"));

    HttpResponse response =
        transport().execute(request("POST", "/api/v1/sessions").body("{\"sessionToken\":\"t\"}".getBytes(UTF_8)).build());
    HttpResponse next = transport().execute(request("GET", "/next").build());

    assertThat(response.status()).isEqualTo(status);
    assertThat(response.bodyString()).isEqualTo("{\"errorCode\":\"E" + status + "\"}");
    assertThat(next.bodyString()).isEqualTo("next");
    // The error body was read to its end, so the connection was reused.
    int first = server().takeRequest(5, SECONDS).getConnectionIndex();
    assertThat(server().takeRequest(5, SECONDS).getConnectionIndex()).isEqualTo(first);
  }

  @Test
  default void emptyBodiesAreEmptyArrays() {
    server().enqueue(new MockResponse.Builder().code(204).build());
    server().enqueue(new MockResponse.Builder().code(200).body("").build());

    HttpResponse noContent = transport().execute(request("DELETE", "/x").build());
    HttpResponse empty = transport().execute(request("GET", "/y").build());

    assertThat(noContent.status()).isEqualTo(204);
    assertThat(noContent.bodyLength()).isEqualTo(0);
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  default void neverFollowsRedirects(int status) throws Exception {
    server().enqueue(new MockResponse.Builder().code(status).addHeader("Location", server().url("/elsewhere")).body("moved").build());
    server().enqueue(ok("followed"));

    HttpResponse response = transport().execute(request("GET", "/start").build());

    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("Location")).endsWith("/elsewhere");
    assertThat(response.bodyString()).isEqualTo("moved");
    assertThat(server().takeRequest(5, SECONDS).getTarget()).isEqualTo("/start");
    assertThat(server().getRequestCount()).isEqualTo(1);
  }

  @Test
  default void cachesNothing() throws Exception {
    server().enqueue(new MockResponse.Builder().code(200).addHeader("Cache-Control", "max-age=3600").body("first").build());
    server().enqueue(new MockResponse.Builder().code(200).addHeader("Cache-Control", "max-age=3600").body("second").build());

    assertThat(transport().execute(request("GET", "/session").build()).bodyString()).isEqualTo("first");
    assertThat(transport().execute(request("GET", "/session").build()).bodyString()).isEqualTo("second");
    assertThat(server().getRequestCount()).isEqualTo(2);
  }
}
