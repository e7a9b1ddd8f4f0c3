package io.typedclient.reliability.matrix;

import static io.typedclient.reliability.matrix.Endpoint.CLOSE_ME;
import static io.typedclient.reliability.matrix.Endpoint.DELETES;
import static io.typedclient.reliability.matrix.Endpoint.END;
import static io.typedclient.reliability.matrix.Endpoint.GETS;
import static io.typedclient.reliability.matrix.Endpoint.POSTS;
import static io.typedclient.reliability.matrix.Endpoint.REVOKE_USER;
import static io.typedclient.reliability.matrix.Endpoint.WITH_SESSION;
import static io.typedclient.reliability.matrix.Expect.fails;
import static io.typedclient.reliability.matrix.Expect.ok;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.typedclient.okta.OktaApiException;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.ResponseDecodingException;
import io.typedclient.runtime.ResponseTooLargeException;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.TransportException;
import io.typedclient.runtime.UrlConnectionTransport;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The specification: for every fault and endpoint, what a call ends with when the fault strikes its first attempt
 * only and when it strikes every attempt, with the default transport ({@link #ROWS}) and where
 * {@link UrlConnectionTransport} differs ({@link #URL_CONNECTION_ROWS}). {@link FaultMatrixTest} runs each cell on
 * both transports, blocking and asynchronous, and holds the client to it; {@link MatrixDocTest} holds
 * {@code docs/reliability.md} to it.
 *
 * <p>The client under test has its defaults: at most 4 retries within 60 s; a 429 is retried for every method,
 * waiting until the smallest reset by the server's {@code Date} plus 1 s; 503, 504 and failures below HTTP only
 * for GET and DELETE, with full-jitter backoff.
 */
public final class FaultMatrix {
  /** One row: a fault, the endpoints that share an outcome, and the outcome in each mode. */
  public record Row(FaultKind fault, Set<Endpoint> endpoints, Expect once, Expect always) {}

  private static final Set<Endpoint> ALL = EnumSet.allOf(Endpoint.class);
  private static final Set<Endpoint> RETRYABLE = union(GETS, DELETES);
  private static final Set<Endpoint> VOID = DELETES;
  private static final Duration SIX_SECONDS = Duration.ofSeconds(6);
  private static final String OKTA_ACTED = "Okta acted";
  private static final String TIMEOUTS_ON_TEST_CLOCK = "the test clock leaves the timeouts out of the 60 s budget";

  public static final List<Row> ROWS = List.of(
      // A 429 is retried whatever the method: Okta refused the request before acting on it.
      new Row(FaultKind.RATE_LIMITED, ALL,
          ok(1).waits(SIX_SECONDS),
          fails(OktaApiException.class, 4).status(429, "E0000047").eachWait(SIX_SECONDS)),
      new Row(FaultKind.RATE_LIMITED_WITHOUT_DATE, ALL,
          ok(1).waits(SIX_SECONDS),
          fails(OktaApiException.class, 4).status(429, "E0000047")
              .waits(SIX_SECONDS, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1))),
      new Row(FaultKind.RATE_LIMITED_WITHOUT_RESET, ALL,
          ok(1),
          fails(OktaApiException.class, 4).status(429, "E0000047")),
      new Row(FaultKind.RATE_LIMITED_TWO_RESETS, ALL,
          ok(1).waits(SIX_SECONDS),
          fails(OktaApiException.class, 4).status(429, "E0000047").eachWait(SIX_SECONDS)),

      new Row(FaultKind.INTERNAL_ERROR, ALL,
          fails(OktaApiException.class, 0).status(500, "E0000009"),
          fails(OktaApiException.class, 0).status(500, "E0000009")),

      new Row(FaultKind.UNAVAILABLE, RETRYABLE,
          ok(1),
          fails(OktaApiException.class, 4).status(503, "E0000010")),
      new Row(FaultKind.UNAVAILABLE, POSTS,
          fails(OktaApiException.class, 0).status(503, "E0000010"),
          fails(OktaApiException.class, 0).status(503, "E0000010")),
      new Row(FaultKind.GATEWAY_TIMEOUT, RETRYABLE,
          ok(1),
          fails(OktaApiException.class, 4).status(504, "E0000009")),
      new Row(FaultKind.GATEWAY_TIMEOUT, POSTS,
          fails(OktaApiException.class, 0).status(504, "E0000009"),
          fails(OktaApiException.class, 0).status(504, "E0000009")),

      new Row(FaultKind.CONNECTION_REFUSED, RETRYABLE,
          ok(1).requests(1),
          fails(TransportException.class, 4).cause(ConnectException.class).requests(0)),
      new Row(FaultKind.CONNECTION_REFUSED, POSTS,
          fails(TransportException.class, 0).cause(ConnectException.class).requests(0),
          fails(TransportException.class, 0).cause(ConnectException.class).requests(0)),

      // java.net.http sends a GET again by itself when the connection closes before any byte of the answer.
      new Row(FaultKind.CLOSED_BEFORE_RESPONSE, GETS,
          ok(0).requests(2).note("java.net.http resent it"),
          fails(TransportException.class, 4).requests(10).note("java.net.http resent each")),
      new Row(FaultKind.CLOSED_BEFORE_RESPONSE, DELETES,
          ok(1),
          fails(TransportException.class, 4)),
      new Row(FaultKind.CLOSED_BEFORE_RESPONSE, POSTS,
          fails(TransportException.class, 0),
          fails(TransportException.class, 0)),

      new Row(FaultKind.CLOSED_MID_BODY, union(GETS, EnumSet.of(REVOKE_USER)),
          ok(1),
          fails(TransportException.class, 4)),
      // The first attempt ended the session; the retry finds it gone.
      new Row(FaultKind.CLOSED_MID_BODY, EnumSet.of(END, CLOSE_ME),
          fails(OktaApiException.class, 1).status(404, "E0000007").note("the first attempt ended it"),
          fails(TransportException.class, 4)),
      new Row(FaultKind.CLOSED_MID_BODY, POSTS,
          fails(TransportException.class, 0).note(OKTA_ACTED),
          fails(TransportException.class, 0).note(OKTA_ACTED)),

      // The test clock stands still while a request times out, so every attempt fits the 60 s budget here; by a
      // real clock the default 30 s timeout leaves room for two attempts.
      new Row(FaultKind.SLOW_RESPONSE, union(GETS, EnumSet.of(REVOKE_USER)),
          ok(1),
          fails(RequestTimeoutException.class, 4).note(TIMEOUTS_ON_TEST_CLOCK)),
      new Row(FaultKind.SLOW_RESPONSE, EnumSet.of(END, CLOSE_ME),
          fails(OktaApiException.class, 1).status(404, "E0000007").note("the first attempt ended it"),
          fails(RequestTimeoutException.class, 4).note(TIMEOUTS_ON_TEST_CLOCK)),
      new Row(FaultKind.SLOW_RESPONSE, POSTS,
          fails(RequestTimeoutException.class, 0).note(OKTA_ACTED),
          fails(RequestTimeoutException.class, 0).note(OKTA_ACTED)),

      // Decoding failures are not retried: the answer arrived whole, and asking again would not change it.
      new Row(FaultKind.TRUNCATED_JSON, WITH_SESSION,
          fails(ResponseDecodingException.class, 0).cause(JsonEncodingException.class).note(OKTA_ACTED),
          fails(ResponseDecodingException.class, 0).cause(JsonEncodingException.class).note(OKTA_ACTED)),
      new Row(FaultKind.TRUNCATED_JSON, VOID,
          ok(0).note("a 200 body is ignored where none is expected"),
          ok(0).note("a 200 body is ignored where none is expected")),
      new Row(FaultKind.MALFORMED_JSON, WITH_SESSION,
          fails(ResponseDecodingException.class, 0).cause(JsonEncodingException.class).note(OKTA_ACTED),
          fails(ResponseDecodingException.class, 0).cause(JsonEncodingException.class).note(OKTA_ACTED)),
      new Row(FaultKind.MALFORMED_JSON, VOID,
          ok(0).note("a 200 body is ignored where none is expected"),
          ok(0).note("a 200 body is ignored where none is expected")),

      // A 502 is not among the statuses retried (503, 504): a proxy's 502 may come after Okta acted.
      new Row(FaultKind.HTML_502, ALL,
          fails(OktaApiException.class, 0).status(502, null),
          fails(OktaApiException.class, 0).status(502, null)),

      new Row(FaultKind.EMPTY_200, WITH_SESSION,
          fails(ResponseDecodingException.class, 0).cause(JsonDataException.class).note(OKTA_ACTED),
          fails(ResponseDecodingException.class, 0).cause(JsonDataException.class).note(OKTA_ACTED)),
      new Row(FaultKind.EMPTY_200, VOID,
          ok(0).note("an empty 200 is as good as a 204"),
          ok(0).note("an empty 200 is as good as a 204")),

      new Row(FaultKind.OVER_CAP, ALL,
          fails(ResponseTooLargeException.class, 0).note("refused by its `Content-Length`, before reading"),
          fails(ResponseTooLargeException.class, 0).note("refused by its `Content-Length`, before reading")),

      new Row(FaultKind.REDIRECT, ALL,
          fails(OktaApiException.class, 0).status(307, null).note("not followed; the other host saw nothing"),
          fails(OktaApiException.class, 0).status(307, null).note("not followed; the other host saw nothing")));

  /** The transports every cell runs on. */
  public enum Transport {
    JDK("`JdkHttpTransport` (java.net.http, the default)"),
    URL_CONNECTION("`UrlConnectionTransport` (HttpURLConnection, for Android)");

    final String label;

    Transport(String label) {
      this.label = label;
    }

    /** A transport for one run, or null for the client's default. */
    HttpTransport create() {
      return this == JDK ? null : UrlConnectionTransport.create();
    }
  }

  /**
   * Where a run with {@link UrlConnectionTransport} ends differently from {@link #ROWS}: what HttpURLConnection does
   * on its own, below the client.
   */
  public static final List<Row> URL_CONNECTION_ROWS = List.of(
      // Like java.net.http for a GET, HttpURLConnection sends an idempotent request again by itself.
      new Row(FaultKind.CLOSED_BEFORE_RESPONSE, DELETES,
          ok(0).requests(2).note("HttpURLConnection resent it"),
          fails(TransportException.class, 4).requests(10).note("HttpURLConnection resent each")),
      // The status line and some headers of a 204 arrived; HttpURLConnection does not insist on the rest.
      new Row(FaultKind.CLOSED_MID_BODY, EnumSet.of(END, REVOKE_USER, CLOSE_ME),
          ok(0).note("HttpURLConnection takes a 204 cut inside its headers; Okta did act"),
          ok(0).note("HttpURLConnection takes a 204 cut inside its headers; Okta did act")));

  /** Real time a cell may take: retry waits run on the test clock, so only request timeouts take real time. */
  static final Duration BOUND = Duration.ofSeconds(5);

  private FaultMatrix() {}

  /** {@link #BOUND}, plus every attempt's request timeout where the fault makes attempts time out. */
  static Duration bound(FaultKind fault, Expect expect) {
    return fault == FaultKind.SLOW_RESPONSE
        ? BOUND.plus(FaultKind.SLOW_TIMEOUT.multipliedBy(expect.retries + 1L))
        : BOUND;
  }

  /** The row for one cell with the default transport; the table has exactly one (see {@link FaultMatrixTest}). */
  public static Row row(FaultKind fault, Endpoint endpoint) {
    return row(ROWS, fault, endpoint);
  }

  /** The row for one cell on {@code transport}. */
  public static Row row(FaultKind fault, Endpoint endpoint, Transport transport) {
    if (transport == Transport.URL_CONNECTION) {
      for (Row row : URL_CONNECTION_ROWS) {
        if (row.fault() == fault && row.endpoints().contains(endpoint)) {
          return row;
        }
      }
    }
    return row(fault, endpoint);
  }

  private static Row row(List<Row> rows, FaultKind fault, Endpoint endpoint) {
    Row found = null;
    for (Row row : rows) {
      if (row.fault() == fault && row.endpoints().contains(endpoint)) {
        if (found != null) {
          throw new IllegalStateException(fault + " × " + endpoint + " has two rows");
        }
        found = row;
      }
    }
    if (found == null) {
      throw new IllegalStateException(fault + " × " + endpoint + " has no row");
    }
    return found;
  }

  /** Every cell, in table order. */
  static List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    for (FaultKind fault : FaultKind.values()) {
      for (Endpoint endpoint : Endpoint.values()) {
        cells.add(new Cell(fault, endpoint));
      }
    }
    return Collections.unmodifiableList(cells);
  }

  /** One fault × one endpoint. */
  record Cell(FaultKind fault, Endpoint endpoint) {
    Row row() {
      return FaultMatrix.row(fault, endpoint);
    }

    Row row(Transport transport) {
      return FaultMatrix.row(fault, endpoint, transport);
    }

    @Override
    public String toString() {
      return endpoint.label + " × " + fault.label;
    }
  }

  @SafeVarargs
  private static Set<Endpoint> union(Set<Endpoint>... sets) {
    Set<Endpoint> all = new LinkedHashSet<>();
    for (Set<Endpoint> set : sets) {
      all.addAll(set);
    }
    return EnumSet.copyOf(all);
  }
}
