package io.typedclient.okta.cli;

import com.squareup.moshi.JsonReader;
import io.typedclient.okta.CreateSessionRequest;
import io.typedclient.okta.OktaApiException;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.SessionStatus;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.okta.testing.TooManyRequests;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.Scheduler;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import okio.Buffer;

/**
 * The {@code demo} scenario: one session's whole life against an embedded {@link FakeOkta}, each step numbered,
 * with the HTTP exchanges the client really made (seen by a {@link RecordingTransport} under its interceptors, so
 * the retry after the 429 shows) and what came of them. Every step checks its outcome; a surprise ends the demo
 * with exit code 1 and says which step.
 */
final class Demo {
  private static final String INDENT = DemoSteps.INDENT;
  private static final Duration REFRESH_AFTER = Duration.ofMinutes(30);

  private final PrintWriter out;
  private final PrintWriter err;
  private final Scheduler scheduler;
  private final Function<Duration, HttpTransport> transports;
  private final boolean verbose;
  private final DemoSteps steps;
  private final List<RecordedExchange> exchanges;

  Demo(PrintWriter out, PrintWriter err, Scheduler scheduler, Function<Duration, HttpTransport> transports,
      boolean verbose) {
    this.out = out;
    this.err = err;
    this.scheduler = scheduler;
    this.transports = transports;
    this.verbose = verbose;
    this.steps = new DemoSteps(out);
    this.exchanges = steps.exchanges();
  }

  /** Runs the scenario; returns the exit code. */
  int run() {
    long started = System.nanoTime();
    ManualClock clock = ManualClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    DemoScheduler waits = new DemoScheduler(scheduler, clock, this::beforeWait);
    try (FakeOkta okta = FakeOkta.builder().clock(clock).start()) {
      FakeUser ada = okta.addUser("00u1ada0lovelace0demo", "ada@example.com", "Ada Lovelace");
      header(okta, ada, clock);
      try (HttpTransport transport = new RecordingTransport(transports.apply(Duration.ofSeconds(5)), steps::onExchange);
          SessionApiClient client = OktaSessions.builder()
              .orgUrl(okta.orgUrl())
              .apiToken(okta.apiToken())
              .transport(transport)
              .scheduler(waits)
              .build()) {
        lifecycle(okta, ada, client, clock, waits);
      }
      Duration total = Duration.ofNanos(System.nanoTime() - started);
      long retries = exchanges.stream().filter(exchange -> exchange.retryCount() > 0).count();
      out.println();
      out.println("Done in " + RelativeTime.elapsed(total) + ": " + steps.count() + " steps, " + exchanges.size()
          + " HTTP exchanges, " + retries + (retries == 1 ? " retry" : " retries")
          + " after a 429; the session was created, read, refreshed, ended, and is gone.");
      out.flush();
      return ExitCode.OK;
    } catch (RuntimeException e) {
      return steps.failed("okta-sessions demo", e, err, verbose);
    }
  }

  private void header(FakeOkta okta, FakeUser user, ManualClock clock) {
    out.println("okta-sessions demo: one Okta session's whole life, step by step");
    out.println();
    out.println("  FakeOkta  " + okta.orgUrl() + "  (an Okta org simulated in this process; no network, no configuration)");
    out.println("  user      " + user.login() + "  (" + user.id() + ", " + user.name() + ")");
    out.println("  clock     FakeOkta's, from " + SessionText.instant(clock.instant())
        + "; it moves only when the demo says");
    out.println("  HTTP      each exchange the client made (HttpURLConnection transport): method, path, status, time");
    out.flush();
  }

  /** Steps 1 to 6. */
  private void lifecycle(FakeOkta okta, FakeUser user, SessionApiClient client, ManualClock clock, DemoScheduler waits) {
    steps.step("Create a session from a single-use session token");
    Session created = client.createSession(CreateSessionRequest.of(okta.issueSessionToken(user)));
    DemoSteps.expect(user.id().equals(created.userId()), "the session belongs to " + created.userId() + ", not " + user.id());
    for (String line : SessionText.lines(created, clock.instant(), INDENT)) {
      out.println(line);
    }

    steps.step("Read it back");
    Session read = client.getSession(created.id());
    DemoSteps.expect(read.status() == SessionStatus.ACTIVE, "status " + read.status() + ", not ACTIVE");
    steps.detail("status   " + read.status());
    steps.detail("expires  " + SessionText.timestamp(read.expiresAt(), clock.instant()));

    steps.step("Refresh it " + RelativeTime.span(REFRESH_AFTER) + " later (the demo moves FakeOkta's clock)");
    clock.advance(REFRESH_AFTER);
    Session refreshed = client.refreshSession(created.id());
    DemoSteps.expect(refreshed.expiresAt() != null && read.expiresAt() != null && refreshed.expiresAt().isAfter(read.expiresAt()),
        "the expiry did not move: " + read.expiresAt() + " then " + refreshed.expiresAt());
    steps.detail("expires  " + SessionText.instant(read.expiresAt()) + " -> " + SessionText.instant(refreshed.expiresAt())
        + "  (+" + RelativeTime.span(Duration.between(read.expiresAt(), refreshed.expiresAt())) + "; "
        + RelativeTime.describe(refreshed.expiresAt(), clock.instant()) + ")");

    steps.step("Read it while rate-limited: Okta answers 429, the client waits for the reset and retries");
    Instant serverNow = clock.instant();
    okta.faults().next(1).tooManyRequests(TooManyRequests.resetAt(serverNow.plusSeconds(1)).date(serverNow));
    int before = exchanges.size();
    int waitsBefore = waits.waits().size();
    Session afterRateLimit = client.getSession(created.id());
    List<RecordedExchange> attempts = new ArrayList<>(exchanges.subList(before, exchanges.size()));
    DemoSteps.expect(attempts.size() == 2 && attempts.get(0).status() == 429 && attempts.get(1).status() == 200,
        "expected a 429 then a 200, got " + outcomes(attempts));
    DemoSteps.expect(waits.waits().size() == waitsBefore + 1, "the client retried without waiting");
    DemoSteps.expect(afterRateLimit.status() == SessionStatus.ACTIVE, "status " + afterRateLimit.status() + ", not ACTIVE");
    steps.detail("status   " + afterRateLimit.status() + ", read on the retry, "
        + RelativeTime.elapsed(Duration.ofNanos(attempts.get(1).startNanos() - attempts.get(0).endNanos()))
        + " after the 429");

    steps.step("End it");
    client.endSession(created.id());
    DemoSteps.expect(okta.session(created.id()).isEmpty(), "FakeOkta still holds the session");
    steps.detail("ended: Okta answered 204 No Content");

    steps.step("Read it again: gone, and the client says so");
    try {
      Session ghost = client.getSession(created.id());
      DemoSteps.expect(false, "an ended session was still readable, status " + ghost.status());
    } catch (OktaApiException e) {
      DemoSteps.expect(e.isNotFound(), "expected 404 E0000007, got " + e.status() + " " + e.errorCode());
      steps.detail(e.errorCode() + "  " + Secrets.none().withId(created.id()).mask(e.errorSummary())
          + "  (request id " + e.requestId() + ")");
      steps.detail("handled: OktaApiException.isNotFound(), the expected answer for an ended session");
    }
  }

  /** Before the client waits to retry: what Okta's 429 said, and how long the client decided to wait. */
  private void beforeWait(Duration wait) {
    RecordedExchange limited = exchanges.isEmpty() ? null : exchanges.get(exchanges.size() - 1);
    if (limited != null && limited.response() != null) {
      HttpResponse response = limited.response();
      String[] error = oktaError(response);
      steps.detail(error[0] + "  " + error[1]);
      Instant date = httpDate(response.header("Date"));
      String reset = response.header("X-Rate-Limit-Reset");
      Instant resetAt = reset == null ? null : Instant.ofEpochSecond(parseLong(reset));
      steps.detail("Date " + (date == null ? "none" : SessionText.instant(date))
          + ", X-Rate-Limit-Reset " + (resetAt == null ? "none" : SessionText.instant(resetAt))
          + (date == null || resetAt == null ? "" : ": the limit resets " + RelativeTime.describe(resetAt, date)
              + " by Okta's clock"));
    }
    steps.detail("waiting " + RelativeTime.elapsed(wait) + ": until the reset, plus the client's 1 s margin ...");
  }

  private static Instant httpDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim(), Instant::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static long parseLong(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String outcomes(List<RecordedExchange> attempts) {
    List<String> outcomes = new ArrayList<>();
    for (RecordedExchange attempt : attempts) {
      outcomes.add(attempt.outcome());
    }
    return outcomes.isEmpty() ? "no exchange" : String.join(", ", outcomes);
  }

  /** Okta's {@code errorCode} and {@code errorSummary} from an error body; {@code "-"} for what it lacks. */
  private static String[] oktaError(HttpResponse response) {
    String[] error = {"-", "-"};
    try (JsonReader json = JsonReader.of(new Buffer().write(response.body()))) {
      json.beginObject();
      while (json.hasNext()) {
        String name = json.nextName();
        if (name.equals("errorCode") && json.peek() == JsonReader.Token.STRING) {
          error[0] = json.nextString();
        } else if (name.equals("errorSummary") && json.peek() == JsonReader.Token.STRING) {
          error[1] = json.nextString();
        } else {
          json.skipValue();
        }
      }
    } catch (IOException | RuntimeException e) {
      error[1] = "(the body is not Okta's error JSON)";
    }
    return error;
  }
}
