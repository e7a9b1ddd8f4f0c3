package io.typedclient.reliability.support;

import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.reliability.secrets.Exposure;
import java.time.Instant;

/**
 * A FakeOkta on a {@link ManualClock}, a {@link TestScheduler} on the same clock, one user, and the secrets they
 * hand out registered with {@link Exposure#global()} as they come into being: the API token at start, each
 * session token, session id and cookie when a test asks for it.
 */
public final class OktaFixture implements AutoCloseable {
  /** Half a minute into a minute, so a rate-limit window's reset is neither now nor a whole minute away. */
  public static final Instant T0 = Instant.parse("2026-01-05T10:00:30Z");

  private final ManualClock clock;
  private final FakeOkta okta;
  private final TestScheduler scheduler;
  private final FakeUser user;

  private OktaFixture(ManualClock clock, FakeOkta okta, TestScheduler scheduler) {
    this.clock = clock;
    this.okta = okta;
    this.scheduler = scheduler;
    Exposure.global().secret(okta.apiToken(), "API token");
    this.user = okta.addUser("00u1ada0000000000001", "ada@example.com", "Ada Lovelace");
  }

  /** A fixture whose scheduler's waits advance the clock and return at once. */
  public static OktaFixture start() {
    ManualClock clock = ManualClock.at(T0);
    return new OktaFixture(clock, FakeOkta.builder().clock(clock).start(), TestScheduler.on(clock));
  }

  /** A fixture whose scheduler holds asynchronous waits (see {@link TestScheduler#holding}). */
  public static OktaFixture startHolding() {
    ManualClock clock = ManualClock.at(T0);
    return new OktaFixture(clock, FakeOkta.builder().clock(clock).start(), TestScheduler.holding(clock));
  }

  /** A client of this org with the fixture's scheduler and the client's defaults otherwise. */
  public OktaSessions.Builder client() {
    return OktaSessions.builder().orgUrl(okta.orgUrl()).apiToken(okta.apiToken()).scheduler(scheduler);
  }

  public FakeOkta okta() {
    return okta;
  }

  public ManualClock clock() {
    return clock;
  }

  public TestScheduler scheduler() {
    return scheduler;
  }

  public FakeUser user() {
    return user;
  }

  /** A live session of the user, its id registered as a secret. */
  public FakeSession session() {
    FakeSession session = okta.createSession(user);
    Exposure.global().secret(session.id(), "session id");
    return session;
  }

  /** A single-use session token of the user, registered as a secret. */
  public String sessionToken() {
    String token = okta.issueSessionToken(user);
    Exposure.global().secret(token, "session token");
    return token;
  }

  /** The {@code Cookie} header value that authenticates as {@code session}: {@code sid=<id>}. */
  public static String cookie(FakeSession session) {
    Exposure.global().secret(session.id(), "session id used as a cookie");
    return "sid=" + session.id();
  }

  @Override
  public void close() {
    okta.close();
  }
}
