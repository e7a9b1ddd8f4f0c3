package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.TransportException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Framing a hostile or broken server gets wrong: every such error is a {@link TransportException} (never an
 * {@code IllegalArgumentException} or {@code NumberFormatException} from a parser), and an interim {@code 1xx}
 * response is never taken for the answer.
 */
interface FramingCases extends TransportFixture {
  @ParameterizedTest
  @ValueSource(strings = {"abc", "1.5", "-1", "-5", "99999999999999999999", "5 5", "0x5", "+5", "5, 6", "5, 5, abc"})
  default void aMalformedContentLengthIsATransportException(String contentLength) throws Exception {
    try (HostileServer hostile = HostileServer.start(connection -> {
      connection.readRequest();
      connection.send("HTTP/1.1 200 OK\r\nContent-Length: " + contentLength + "\r\n\r\nhello");
      connection.awaitHangUp(Duration.ofSeconds(10));
    })) {
      HttpRequest request = HttpRequest.builder("GET", hostile.uri("/framing")).timeout(Duration.ofSeconds(5)).build();

      Throwable sync = outcome(() -> transport().execute(request));
      Throwable async = transport().executeAsync(request).handle((r, e) -> e).get(10, SECONDS);

      assertThat(sync).isInstanceOf(TransportException.class);
      assertThat(sync).hasMessageThat().contains("Content-Length");
      assertThat(async).isInstanceOf(TransportException.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Content-Length: 5, 5", "Content-Length: 5\r\nContent-Length: 5"})
  default void aRepeatedIdenticalContentLengthIsReadOnceOrRefused(String headers) throws Exception {
    // RFC 9110 8.6: a recipient may take the same value repeated as that value, or refuse the message.
    try (HostileServer hostile = HostileServer.start(connection -> {
      connection.readRequest();
      connection.send("HTTP/1.1 200 OK\r\n" + headers + "\r\n\r\nhello");
      connection.awaitHangUp(Duration.ofSeconds(10));
    })) {
      HttpRequest request = HttpRequest.builder("GET", hostile.uri("/framing")).timeout(Duration.ofSeconds(5)).build();

      Object outcome;
      try {
        outcome = transport().execute(request);
      } catch (RuntimeException e) {
        outcome = e;
      }

      if (outcome instanceof HttpResponse) {
        assertThat(((HttpResponse) outcome).bodyString()).isEqualTo("hello");
      } else {
        assertThat(outcome).isInstanceOf(TransportException.class);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"100 Continue", "102 Processing", "103 Early Hints"})
  default void anInterimResponseIsNeverTakenForTheAnswer(String interim) throws Exception {
    AtomicInteger connectionsSeen = new AtomicInteger();
    try (HostileServer hostile = HostileServer.start(connection -> {
      int number = connectionsSeen.incrementAndGet();
      while (true) {
        String head = connection.readRequest();
        if (head.startsWith("GET /first")) {
          connection.send("HTTP/1.1 " + interim + "\r\nLink: </style.css>; rel=preload\r\n\r\n"
              + "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfinal");
        } else {
          connection.send("HTTP/1.1 200 OK\r\nContent-Length: " + (number + "").length() + "\r\n\r\n" + number);
        }
      }
    })) {
      Object first;
      try {
        first = transport().execute(HttpRequest.builder("GET", hostile.uri("/first")).timeout(Duration.ofSeconds(5)).build());
      } catch (RuntimeException e) {
        first = e;
      }
      HttpResponse second =
          transport().execute(HttpRequest.builder("GET", hostile.uri("/second")).timeout(Duration.ofSeconds(5)).build());

      if (first instanceof HttpResponse) {
        // Skipped: the final answer arrived, and the connection is in step for the next request.
        assertThat(((HttpResponse) first).status()).isEqualTo(200);
        assertThat(((HttpResponse) first).bodyString()).isEqualTo("final");
        assertThat(second.status()).isEqualTo(200);
      } else {
        // Refused: a clear error, and the connection it came on is not used again.
        assertThat(first).isInstanceOf(TransportException.class);
        assertThat(((TransportException) first)).hasMessageThat().contains(interim.substring(0, 3));
        assertThat(second.bodyString()).isEqualTo("2");
      }
    }
  }

  private static Throwable outcome(Runnable call) {
    try {
      call.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }
}
