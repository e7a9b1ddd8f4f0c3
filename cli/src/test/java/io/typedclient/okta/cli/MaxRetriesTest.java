package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.cli.OrgFixture.START;
import static io.typedclient.okta.cli.OrgFixture.USER_ID;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeOktaExtension;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.okta.testing.RecordedRequest;
import io.typedclient.okta.testing.TooManyRequests;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --max-retries N} allows exactly N retries: a call that fails N times then succeeds exits 0 after N + 1
 * requests, and one that fails N + 1 times exits 1 with Okta's last answer, having sent N + 1 requests and not one
 * more. The waits between attempts go through {@link InstantScheduler}, so they end at once.
 */
@Timeout(20)
class MaxRetriesTest {
  static final ManualClock clock = ManualClock.at(START);

  @RegisterExtension
  static final FakeOktaExtension fakeOkta = OrgFixture.fakeOkta(clock);

  FakeOkta okta;
  FakeUser ada;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    clock.set(START);
    okta = fakeOkta.server();
    ada = okta.addUser(USER_ID, "ada@example.com", "Ada Lovelace");
    cli = OrgFixture.configured(okta, clock);
  }

  @Test
  void asManyFailuresAsRetriesStillSucceeds() {
    FakeSession session = okta.createSession(ada);
    okta.faults().next(2).respond(503);

    CliRunner.Result result = cli.run("--max-retries", "2", "get", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("id       " + session.id() + "\n");
    assertThat(retryCounts(okta.requests())).containsExactly(null, "1", "2").inOrder();
    assertThat(cli.scheduler().waits()).hasSize(2);
  }

  @Test
  void oneFailureMoreThanRetriesFailsWithOktasLastAnswer() {
    FakeSession session = okta.createSession(ada);
    okta.faults().next(3).respond(503);

    CliRunner.Result result = cli.run("--max-retries", "2", "get", session.id());

    // The faults are spent after three requests: a fourth would have succeeded.
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    List<RecordedRequest> requests = okta.requests();
    assertThat(retryCounts(requests)).containsExactly(null, "1", "2").inOrder();
    assertThat(result.err().lines().toList()).containsAtLeast(
        "okta-sessions: Okta answered 503 Service Unavailable",
        "  status        503",
        "  errorCode     E0000010",
        "  requestId     " + requests.get(2).requestId()).inOrder();
    assertThat(cli.scheduler().waits()).hasSize(2);
  }

  @Test
  void oneFailureMoreThanRetriesWithJsonIsOktasLastAnswerAsOneObject() throws IOException {
    FakeSession session = okta.createSession(ada);
    okta.faults().next(4).respond(503);

    CliRunner.Result result = cli.run("--json", "--max-retries", "3", "get", session.id());

    assertThat(result.exitCode()).isEqualTo(1);
    Map<String, Object> error = Json.object(result.err());
    assertThat(error).containsEntry("error", "okta");
    assertThat(error).containsEntry("status", 503.0);
    assertThat(error).containsEntry("errorCode", "E0000010");
    assertThat(okta.requestCount()).isEqualTo(4);
    assertThat(error).containsEntry("requestId", okta.requests().get(3).requestId());
    assertThat(cli.scheduler().waits()).hasSize(3);
  }

  @Test
  void aDeleteIsRetriedExactlyNTimes() {
    FakeSession session = okta.createSession(ada);
    okta.faults().next(3).respond(504);

    CliRunner.Result result = cli.run("--max-retries", "3", "end", session.id());

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).isEqualTo("Session ended.\n");
    assertThat(retryCounts(okta.requests())).containsExactly(null, "1", "2", "3").inOrder();
    assertThat(okta.session(session.id())).isEmpty();
  }

  @Test
  void rateLimitsCountAgainstTheSameRetries() {
    FakeSession session = okta.createSession(ada);
    okta.faults().next(2).tooManyRequests(TooManyRequests.resetAt(START.plusSeconds(1)).date(START));

    CliRunner.Result once = cli.run("--max-retries", "1", "refresh", session.id());

    assertThat(once.exitCode()).isEqualTo(1);
    assertThat(once.err()).contains("  errorCode         E0000047\n");
    assertThat(okta.requestCount()).isEqualTo(2);
    // Each 429 waits until its reset by Okta's Date, plus the client's one-second margin.
    assertThat(cli.scheduler().waits()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void aPostIsNotRetriedAfterA503WhateverTheLimit() {
    FakeSession session = okta.createSession(ada);
    okta.faults().next(1).respond(503);

    CliRunner.Result result = cli.run("--max-retries", "5", "refresh", session.id());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("okta-sessions: Okta answered 503 Service Unavailable\n");
    assertThat(okta.requestCount()).isEqualTo(1);
    assertThat(cli.scheduler().waits()).isEmpty();
  }

  @Test
  void zeroRetriesSendsOneRequest() {
    FakeSession session = okta.createSession(ada);
    okta.faults().next(1).respond(503);

    CliRunner.Result result = cli.run("--max-retries", "0", "get", session.id());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(okta.requestCount()).isEqualTo(1);
    assertThat(cli.scheduler().waits()).isEmpty();
  }

  /** The {@code X-Okta-Retry-Count} of each request, in order; {@code null} for a first attempt. */
  private static List<String> retryCounts(List<RecordedRequest> requests) {
    List<String> counts = new ArrayList<>();
    for (RecordedRequest request : requests) {
      counts.add(request.header("X-Okta-Retry-Count"));
    }
    return counts;
  }
}
