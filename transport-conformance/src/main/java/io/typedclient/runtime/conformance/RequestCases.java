package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import java.util.concurrent.ExecutionException;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Methods and bodies: what goes on the wire and what comes back. */
interface RequestCases extends TransportFixture {
  @ParameterizedTest
  @ValueSource(strings = {"GET", "DELETE", "OPTIONS"})
  default void sendsBodylessMethodsAndReadsTheResponse(String method) throws Exception {
    server().enqueue(new MockResponse.Builder().code(200).addHeader("X-Answer", "42").body("hello").build());

    HttpResponse response = transport().execute(request(method, "/things/1?x=y").build());

    RecordedRequest recorded = server().takeRequest(5, SECONDS);
    assertThat(recorded.getMethod()).isEqualTo(method);
    assertThat(recorded.getTarget()).isEqualTo("/things/1?x=y");
    assertThat(recorded.getBodySize()).isEqualTo(0);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("x-answer")).isEqualTo("42");
    assertThat(response.bodyString()).isEqualTo("hello");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE"})
  default void sendsMethodsWithBodies(String method) throws Exception {
    server().enqueue(new MockResponse.Builder().code(201).body("{\"id\":1}").build());
    byte[] body = "{\"name\":\"ü\"}".getBytes(UTF_8);

    HttpResponse response =
        transport().execute(
            request(method, "/things").header("Content-Type", "application/json; charset=utf-8").body(body).build());

    RecordedRequest recorded = server().takeRequest(5, SECONDS);
    assertThat(recorded.getMethod()).isEqualTo(method);
    assertThat(recorded.getBody().toByteArray()).isEqualTo(body);
    assertThat(recorded.getHeaders().get("Content-Length")).isEqualTo(Integer.toString(body.length));
    assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.bodyString()).isEqualTo("{\"id\":1}");
  }

  @Test
  default void postWithoutBodySendsContentLengthZero() throws Exception {
    server().enqueue(ok("refreshed"));

    HttpResponse response = transport().execute(request("POST", "/sessions/me/lifecycle/refresh").build());

    RecordedRequest recorded = server().takeRequest(5, SECONDS);
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(recorded.getBodySize()).isEqualTo(0);
    assertThat(response.bodyString()).isEqualTo("refreshed");
  }

  @Test
  default void patchIsSentOnTheWireOrRefusedBeforeSending() throws Exception {
    HttpRequest patch =
        request("PATCH", "/things/1").header("Content-Type", "application/json").body("{}".getBytes(UTF_8)).build();
    if (sendsPatch()) {
      server().enqueue(ok("patched"));
      HttpResponse response = transport().execute(patch);
      RecordedRequest recorded = server().takeRequest(5, SECONDS);
      assertThat(recorded.getMethod()).isEqualTo("PATCH");
      assertThat(recorded.getHeaders().get("X-HTTP-Method-Override")).isNull();
      assertThat(recorded.getBody().utf8()).isEqualTo("{}");
      assertThat(response.bodyString()).isEqualTo("patched");
    } else {
      UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> transport().execute(patch));
      assertThat(e).hasMessageThat().contains("PATCH");
      assertThat(e).hasMessageThat().contains("JdkHttpTransport");
      ExecutionException async = assertThrows(ExecutionException.class, () -> transport().executeAsync(patch).get());
      assertThat(async).hasCauseThat().isInstanceOf(UnsupportedOperationException.class);
      assertThat(server().getRequestCount()).isEqualTo(0);
    }
  }

  @Test
  default void headRequestReadsNoBodyEvenWhenContentLengthIsOverTheCap() throws Exception {
    server().enqueue(new MockResponse.Builder().code(200).body("").setHeader("Content-Length", "10000000").build());

    HttpResponse response = transport().execute(request("HEAD", "/big").maxResponseBytes(1000).build());

    assertThat(server().takeRequest(5, SECONDS).getMethod()).isEqualTo("HEAD");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyLength()).isEqualTo(0);
    assertThat(response.header("Content-Length")).isEqualTo("10000000");
  }

  @Test
  default void roundTripsLargeBinaryBodies() throws Exception {
    byte[] up = new byte[1 << 20];
    for (int i = 0; i < up.length; i++) {
      up[i] = (byte) (i * 31);
    }
    byte[] down = new byte[(1 << 20) + 17];
    for (int i = 0; i < down.length; i++) {
      down[i] = (byte) (i * 7);
    }
    server().enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(down)).build());
    server().enqueue(new MockResponse.Builder().code(200).chunkedBody(new Buffer().write(down), 3000).build());

    HttpResponse declared = transport().execute(request("POST", "/up").body(up).maxResponseBytes(2 << 20).build());
    HttpResponse chunked = transport().execute(request("GET", "/chunked").maxResponseBytes(2 << 20).build());

    assertThat(server().takeRequest(5, SECONDS).getBody().toByteArray()).isEqualTo(up);
    assertThat(declared.body()).isEqualTo(down);
    assertThat(chunked.body()).isEqualTo(down);
  }
}
