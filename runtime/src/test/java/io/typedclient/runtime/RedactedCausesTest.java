package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ProtocolException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The causes an exception of ours keeps carry no secret of the request either: the JDK quotes what a server sent
 * ({@code Invalid status line: "..."}), and a stack trace in a log prints every cause's message.
 */
final class RedactedCausesTest {
  private static final String TOKEN = "00tokenEchoedByTheServer0123456789";

  private final HttpRequest request =
      HttpRequest.builder("POST", URI.create("https://example.okta.com/api/v1/sessions"))
          .header("Authorization", "SSWS " + TOKEN)
          .body("{\"sessionToken\":\"20111sessionTokenInTheBody0123\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .build();

  @Test
  void aCauseThatQuotesATokenIsReplacedByAMaskedCopyOfTheSameType() {
    ProtocolException jdk = new ProtocolException("Invalid status line: \"HTTP/1.1 OK " + TOKEN + "\"");
    IOException outer = new IOException("wrapped: 20111sessionTokenInTheBody0123", jdk);

    TransportException e = TransportException.of(request, outer);

    assertThat(e).hasMessageThat().doesNotContain(TOKEN);
    assertThat(e).hasMessageThat().doesNotContain("20111sessionTokenInTheBody0123");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
    assertThat(e.getCause()).hasMessageThat().isEqualTo("wrapped: ██");
    assertThat(e.getCause().getCause()).isInstanceOf(ProtocolException.class);
    assertThat(e.getCause().getCause()).hasMessageThat().isEqualTo("Invalid status line: \"HTTP/1.1 OK ██\"");
    assertThat(e.getCause().getCause().getStackTrace()).isEqualTo(jdk.getStackTrace());
    assertThat(stackTrace(e)).doesNotContain(TOKEN);
  }

  @Test
  void aCauseOfAnotherTypeIsNamedInItsStandIn() {
    IllegalStateException library = new IllegalStateException("refused " + TOKEN);

    Throwable cause = TransportException.of(request, library).getCause();

    assertThat(cause).isInstanceOf(RedactedException.class);
    assertThat(cause.toString()).isEqualTo("java.lang.IllegalStateException (redacted): refused ██");
  }

  @Test
  void aCauseWithoutSecretsIsKeptAsItIs() {
    ProtocolException jdk = new ProtocolException("Invalid status line: \"HTTP/1.1 OK\"");

    assertThat(TransportException.of(request, jdk).getCause()).isSameInstanceAs(jdk);
  }

  private static String stackTrace(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
