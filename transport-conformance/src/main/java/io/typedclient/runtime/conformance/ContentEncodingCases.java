package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.ResponseTooLargeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import okio.GzipSink;
import okio.GzipSource;
import okio.Okio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compressed answers. A platform may ask for gzip on its own and decode it while it reads, as Android's
 * {@code HttpURLConnection} does (and then removes {@code Content-Encoding} and {@code Content-Length}: the length
 * is unknown); the JDK's stacks never ask. Either way the caller gets the body decoded, with no header that
 * describes other bytes; a transport must not ask for an encoding its platform does not decode, which would also
 * turn Android's decoding off. What a caller asks for itself is sent as it is, and answered with the bytes as they
 * came. The body cap counts the bytes the caller gets, so a small compressed body that inflates past it is refused
 * while it is read, whatever length was declared for the compressed bytes.
 */
interface ContentEncodingCases extends TransportFixture {
  /** Compresses to about one percent: a transport that trusted the compressed length would cut it short. */
  String LARGE_TEXT = "{\"id\":\"102ABCDEFGHIJKLMNOPQRSTUV\",\"status\":\"ACTIVE\"},".repeat(1_200);

  @ParameterizedTest
  @ValueSource(ints = {200, 404})
  default void aCompressedAnswerArrivesDecodedWithoutItsEncodingHeaders(int status) {
    server().setDispatcher(gzipWhenAsked(status, LARGE_TEXT.getBytes(UTF_8), false));

    HttpResponse response = transport().execute(request("GET", "/sessions").build());

    assertThat(response.status()).isEqualTo(status);
    assertThat(response.bodyString()).isEqualTo(LARGE_TEXT);
    assertThat(response.header("Content-Encoding")).isNull();
    String length = response.header("Content-Length");
    if (length != null) {
      assertThat(length).isEqualTo(Integer.toString(response.bodyLength()));
    }
  }

  @Test
  default void aCallersOwnAcceptEncodingIsSentAsItIsAndTheAnswerReturnedAsItCame() throws Exception {
    server().setDispatcher(gzipWhenAsked(200, LARGE_TEXT.getBytes(UTF_8), false));

    HttpResponse response = transport().execute(request("GET", "/sessions").header("Accept-Encoding", "gzip").build());

    RecordedRequest recorded = server().takeRequest(5, SECONDS);
    assertThat(recorded.getHeaders().values("Accept-Encoding")).containsExactly("gzip");
    assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(gunzip(response.body())).isEqualTo(LARGE_TEXT);
  }

  @Test
  default void aBodyThatInflatesPastTheCapIsRefusedWhileItIsRead() throws Exception {
    // 8 MiB of zeros: about 8 KiB gzipped, declared with that length; plain, sent chunked with no length at all.
    server().setDispatcher(gzipWhenAsked(200, new byte[8 << 20], true));
    HttpRequest request = request("GET", "/inflating").maxResponseBytes(1 << 20).build();

    ResponseTooLargeException sync = assertThrows(ResponseTooLargeException.class, () -> transport().execute(request));
    Throwable async = transport().executeAsync(request).handle((r, e) -> e).get(10, SECONDS);

    assertThat(sync.limit()).isEqualTo(1 << 20);
    assertThat(sync.status()).isEqualTo(200);
    assertThat(async).isInstanceOf(ResponseTooLargeException.class);
  }

  /**
   * Answers {@code body} gzipped, with its compressed length, to a request that accepts gzip, and as it is
   * otherwise (chunked, without a length, when {@code plainChunked}).
   */
  private static Dispatcher gzipWhenAsked(int status, byte[] body, boolean plainChunked) {
    Buffer gzipped = gzip(body);
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String accepted = request.getHeaders().get("Accept-Encoding");
        MockResponse.Builder answer = new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json");
        if (accepted != null && accepted.contains("gzip")) {
          return answer.addHeader("Content-Encoding", "gzip").body(gzipped.copy()).build();
        }
        Buffer plain = new Buffer().write(body);
        return (plainChunked ? answer.chunkedBody(plain, 64 * 1024) : answer.body(plain)).build();
      }
    };
  }

  private static Buffer gzip(byte[] bytes) {
    Buffer compressed = new Buffer();
    try (okio.BufferedSink sink = Okio.buffer(new GzipSink(compressed))) {
      sink.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return compressed;
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (okio.BufferedSource source = Okio.buffer(new GzipSource(new Buffer().write(bytes)))) {
      return source.readUtf8();
    }
  }
}
