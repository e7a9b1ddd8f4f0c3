package io.typedclient.reliability.matrix;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.Range;
import io.typedclient.okta.OktaApiException;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.FaultBuilder;
import io.typedclient.okta.testing.RecordedRequest;
import io.typedclient.reliability.matrix.Endpoint.Form;
import io.typedclient.reliability.matrix.FaultMatrix.Cell;
import io.typedclient.reliability.matrix.FaultMatrix.Row;
import io.typedclient.reliability.matrix.FaultMatrix.Transport;
import io.typedclient.reliability.support.OktaFixture;
import io.typedclient.reliability.support.Outcome;
import io.typedclient.reliability.support.PortForwarder;
import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.ResponseDecodingException;
import io.typedclient.runtime.ResponseTooLargeException;
import io.typedclient.runtime.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every cell of {@link FaultMatrix} (each fault × each endpoint) with the fault striking once and on every
 * attempt, each in a blocking and an asynchronous form, on both transports, against FakeOkta, and holds each run
 * to its row: the
 * outcome (result, or exception type and fields), the retries (the waits the client's scheduler saw), the
 * requests FakeOkta received, the length of each wait, and the real time taken.
 *
 * <p>Runs are independent (each has its own FakeOkta, client and clock) and run eight at a time: the
 * slow-response cells spend real time in request timeouts.
 */
class FaultMatrixTest {
  /** How long a request may take to show in FakeOkta's log after the client gave up on it. */
  private static final Duration REQUEST_RECORDING_SLACK = Duration.ofSeconds(5);

  enum Mode {
    ONCE,
    ALWAYS
  }

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    List<Cell> cells = new ArrayList<>(FaultMatrix.cells());
    // The runs that wait out request timeouts first, so that the others fill the time around them.
    cells.sort(Comparator.comparing(cell -> cell.fault() != FaultKind.SLOW_RESPONSE));
    for (Cell cell : cells) {
      for (Transport transport : Transport.values()) {
        // Each mode in a blocking and an asynchronous form; between them the two modes use all four forms.
        runs.add(Arguments.of(cell, Mode.ONCE, Form.SYNC, transport));
        runs.add(Arguments.of(cell, Mode.ONCE, Form.ASYNC_WITH_RESPONSE, transport));
        runs.add(Arguments.of(cell, Mode.ALWAYS, Form.ASYNC, transport));
        runs.add(Arguments.of(cell, Mode.ALWAYS, Form.SYNC_WITH_RESPONSE, transport));
      }
    }
    return runs.stream();
  }

  @Test
  void everyCellHasExactlyOneRow() {
    for (Cell cell : FaultMatrix.cells()) {
      assertThat(cell.row()).isNotNull();
      assertThat(cell.row(Transport.URL_CONNECTION)).isNotNull();
    }
    assertThat(FaultMatrix.cells()).hasSize(FaultKind.values().length * Endpoint.values().length);
  }

  @ParameterizedTest(name = "{0}, {1}, {2}, {3}")
  @MethodSource("runs")
  @Timeout(60)
  @Execution(ExecutionMode.CONCURRENT)
  void cell(Cell cell, Mode mode, Form form, Transport transport) throws Exception {
    Row row = cell.row(transport);
    Expect expect = mode == Mode.ONCE ? row.once() : row.always();
    String run = cell + " (" + mode + ", " + form + ", " + transport + ") expected " + expect;
    try (OktaFixture fixture = OktaFixture.start(); FakeOkta otherHost = FakeOkta.start()) {
      FakeSession session = fixture.session();
      Target target =
          new Target(fixture.okta(), session.userId(), session, fixture.sessionToken(), OktaFixture.cookie(session));
      OktaSessions.Builder client = fixture.client();
      AtomicReference<PortForwarder> forwarder = new AtomicReference<>();
      AtomicReference<PortForwarder.ReservedPort> reserved = new AtomicReference<>();
      String location = otherHost.orgUrl() + "/api/v1/sessions";
      if (cell.fault() == FaultKind.CONNECTION_REFUSED) {
        PortForwarder.ReservedPort port = PortForwarder.reservePort();
        reserved.set(port);
        client.orgUrl("http://127.0.0.1:" + port.port());
        if (mode == Mode.ONCE) {
          fixture.scheduler().onWait(() -> forwarder.compareAndSet(null, PortForwarder.start(port, fixture.okta().port())));
        }
      } else {
        FaultBuilder faults = fixture.okta().faults().matching("*", "/**");
        cell.fault().arm(mode == Mode.ONCE ? faults.times(1) : faults, fixture.clock().instant(), location);
      }
      if (cell.fault() == FaultKind.SLOW_RESPONSE) {
        client.requestTimeout(FaultKind.SLOW_TIMEOUT);
      }

      HttpTransport ownTransport = transport.create();
      if (ownTransport != null) {
        client.transport(ownTransport);
      }
      Outcome outcome;
      try (SessionApiClient api = client.build()) {
        outcome = cell.endpoint().call(api, target, form);
      } finally {
        if (forwarder.get() != null) {
          forwarder.get().close();
        }
        if (reserved.get() != null) {
          reserved.get().close();
        }
        if (ownTransport != null) {
          ownTransport.close();
        }
      }

      assertWithMessage("%s: the asynchronous form wrapped its exception", run).that(outcome.isWrapped()).isFalse();
      if (expect.succeeds()) {
        if (!outcome.succeeded()) {
          throw new AssertionError(run + ", but the call " + outcome, outcome.failure());
        }
        cell.endpoint().verify(outcome.result(), target);
      } else {
        assertWithMessage("%s, but the call %s", run, outcome).that(outcome.failure()).isNotNull();
        assertWithMessage("%s: exception type", run).that(outcome.failure().getClass()).isEqualTo(expect.failure);
        checkFields(cell, expect, outcome.failure(), fixture.okta(), location, run);
      }
      // A request the client gave up on (a timeout) may be recorded by FakeOkta's connection thread a moment after
      // the call returned, on a loaded machine: wait a bounded while for the count to get there, then check it.
      awaitAtMost(REQUEST_RECORDING_SLACK, () -> fixture.okta().requestCount() >= expect.requests);
      assertWithMessage("%s: requests FakeOkta received", run)
          .that(fixture.okta().requestCount()).isEqualTo(expect.requests);
      checkWaits(expect, fixture.scheduler().waits(), run);
      assertWithMessage("%s: the other host must never be contacted", run)
          .that(otherHost.acceptedConnections()).isEqualTo(0);
      assertWithMessage("%s: real time taken, in ms", run)
          .that(outcome.millis()).isAtMost(FaultMatrix.bound(cell.fault(), expect).toMillis());
    }
  }

  /** Waits until {@code condition} holds or {@code most} has passed, whichever comes first; never fails. */
  private static void awaitAtMost(Duration most, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + most.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
  }

  private static void checkWaits(Expect expect, List<Duration> waits, String run) {
    assertWithMessage("%s: retries (waits before a retry)", run).that(waits).hasSize(expect.retries);
    if (expect.waits == Expect.BACKOFF) {
      for (int n = 0; n < waits.size(); n++) {
        assertWithMessage("%s: backoff before retry %s", run, n + 1)
            .that(waits.get(n)).isIn(Range.closed(Expect.BACKOFF_FLOOR, Expect.backoffCeiling(n)));
      }
    } else {
      assertWithMessage("%s: waits", run).that(waits).containsExactlyElementsIn(expect.waits).inOrder();
    }
  }

  private static void checkFields(
      Cell cell, Expect expect, Throwable failure, FakeOkta okta, String location, String run) {
    if (expect.cause != null) {
      assertWithMessage("%s: cause", run).that(failure.getCause()).isInstanceOf(expect.cause);
    }
    if (failure instanceof OktaApiException) {
      OktaApiException e = (OktaApiException) failure;
      assertWithMessage("%s: status", run).that(e.status()).isEqualTo(expect.status);
      assertWithMessage("%s: error code", run).that(e.errorCode()).isEqualTo(expect.errorCode);
      boolean oktaAnswered = expect.errorCode != null;
      if (oktaAnswered) {
        List<RecordedRequest> requests = okta.requests();
        assertWithMessage("%s: request id", run)
            .that(e.requestId()).isEqualTo(requests.get(requests.size() - 1).requestId());
        assertWithMessage("%s: error summary", run).that(e.errorSummary()).isNotEmpty();
      } else {
        assertWithMessage("%s: no Okta request id without Okta's headers", run).that(e.requestId()).isNull();
      }
      if (e.status() == 429) {
        assertWithMessage("%s: rate-limit reset", run).that(e.rateLimit().resetAt().isPresent())
            .isEqualTo(cell.fault() != FaultKind.RATE_LIMITED_WITHOUT_RESET);
        assertThat(e.isRateLimited()).isTrue();
      }
      if (e.status() == 404) {
        assertThat(e.isNotFound()).isTrue();
      }
      if (cell.fault() == FaultKind.HTML_502) {
        assertWithMessage("%s: body excerpt", run).that(e.bodyExcerpt()).startsWith("<html>");
        assertThat(e.getMessage()).contains("text/html");
      }
      if (cell.fault() == FaultKind.REDIRECT) {
        assertWithMessage("%s: Location", run).that(e.header("Location")).isEqualTo(location);
      }
    } else if (failure instanceof RequestTimeoutException) {
      assertWithMessage("%s: timeout", run)
          .that(((RequestTimeoutException) failure).timeout()).isEqualTo(FaultKind.SLOW_TIMEOUT);
    } else if (failure instanceof TransportException) {
      assertWithMessage("%s: cause", run).that(failure.getCause()).isInstanceOf(IOException.class);
    } else if (failure instanceof ResponseDecodingException) {
      assertWithMessage("%s: status", run).that(((ResponseDecodingException) failure).status()).isEqualTo(200);
      assertThat(failure.getMessage()).contains(cell.endpoint().request.substring(cell.endpoint().request.indexOf(' ') + 1));
    } else if (failure instanceof ResponseTooLargeException) {
      ResponseTooLargeException e = (ResponseTooLargeException) failure;
      assertWithMessage("%s: status", run).that(e.status()).isEqualTo(200);
      assertWithMessage("%s: limit", run).that(e.limit()).isEqualTo(ClientConfig.DEFAULT_MAX_RESPONSE_BODY_BYTES);
    }
  }
}
