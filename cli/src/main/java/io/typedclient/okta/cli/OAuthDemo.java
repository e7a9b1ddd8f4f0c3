package io.typedclient.okta.cli;

import com.squareup.moshi.JsonReader;
import io.typedclient.okta.CreateSessionRequest;
import io.typedclient.okta.OktaConfigurationException;
import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeSession;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.Scheduler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import okio.Buffer;

/**
 * {@code demo --oauth}: an OAuth 2.0 service app against an embedded {@link FakeOkta} that requires DPoP, as Okta
 * does by default. Shows the token requests (the Bearer attempt the endpoint refuses, the nonce challenge, the
 * DPoP-bound token), a DPoP-bound call and what its proof says, the cached token, the refresh after the hour with
 * the kept nonce, and {@code createSession} refused before anything is sent. Tokens, assertions and proofs are
 * never printed: only what their claims say.
 */
final class OAuthDemo {
  private static final String CLIENT_ID = "0oa1demoserviceapp";

  private final PrintWriter out;
  private final PrintWriter err;
  private final Scheduler scheduler;
  private final Function<Duration, HttpTransport> transports;
  private final boolean verbose;
  private final DemoSteps steps;
  private final List<RecordedExchange> exchanges;

  OAuthDemo(PrintWriter out, PrintWriter err, Scheduler scheduler, Function<Duration, HttpTransport> transports,
      boolean verbose) {
    this.out = out;
    this.err = err;
    this.scheduler = scheduler;
    this.transports = transports;
    this.verbose = verbose;
    this.steps = new DemoSteps(out);
    this.exchanges = steps.exchanges();
  }

  int run() {
    ManualClock clock = ManualClock.at(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    Scheduler waits = new ClockScheduler(scheduler, clock);
    try (FakeOkta okta = FakeOkta.builder().clock(clock).start()) {
      KeyPair appKey = p256();
      okta.addServiceApp(CLIENT_ID, appKey.getPublic());
      FakeUser ada = okta.addUser("00u1ada0lovelace0demo", "ada@example.com", "Ada Lovelace");
      FakeSession session = okta.createSession(ada);
      out.println("okta-sessions demo --oauth: an OAuth 2.0 service app with private_key_jwt and DPoP, step by step");
      out.println();
      out.println("  FakeOkta  " + okta.orgUrl() + "  (an Okta org simulated in this process)");
      out.println("  app       " + CLIENT_ID + "  (a P-256 key made for this run; DPoP required, as Okta's default)");
      out.println("  HTTP      each exchange the client made, token requests included: they go through the same");
      out.println("            transport as the calls");
      out.flush();
      try (HttpTransport transport = new RecordingTransport(transports.apply(Duration.ofSeconds(5)), steps::onExchange);
          SessionApiClient client = OktaSessions.builder()
              .orgUrl(okta.orgUrl())
              .clientId(CLIENT_ID)
              .privateKey(appKey.getPrivate())
              .transport(transport)
              .scheduler(waits)
              .build()) {
        steps.step("Read a session: the client first needs an access token");
        Session read = client.getSession(session.id());
        DemoSteps.expect(read.id().equals(session.id()), "read another session");
        DemoSteps.expect(exchanges.size() == 4, "expected 3 token requests and the call, got " + exchanges.size());
        steps.detail("1. a Bearer request; the app requires DPoP: \"" + oauthError(exchanges.get(0)) + "\"");
        steps.detail("2. a DPoP proof without nonce: \"" + oauthError(exchanges.get(1)) + "\", with a DPoP-Nonce header");
        steps.detail("3. a new proof with that nonce and a new jti: a DPoP-bound token, expires_in 3600");
        String proof = exchanges.get(3).response().request().headers().first("DPoP");
        steps.detail("the call: Authorization: DPoP ██, and a proof of its own: " + claims(proof));

        steps.step("Read it again: the token is cached, no token request");
        int before = exchanges.size();
        client.getSession(session.id());
        DemoSteps.expect(exchanges.size() == before + 1, "a token request was made for a cached token");
        steps.detail("one exchange; a fresh proof (new jti) with the same ath");

        steps.step("An hour later the token has expired: one token request, with the nonce kept from before");
        clock.advance(Duration.ofMinutes(61));
        before = exchanges.size();
        client.refreshSession(session.id());
        DemoSteps.expect(exchanges.size() == before + 2, "expected one token request and the call");
        steps.detail("no Bearer attempt and no nonce challenge this time: the client remembers both");

        steps.step("Create a session: Okta accepts only an API token for it, so the client refuses before sending");
        before = exchanges.size();
        try {
          client.createSession(CreateSessionRequest.of(okta.issueSessionToken(ada)));
          DemoSteps.expect(false, "createSession was not refused");
        } catch (OktaConfigurationException e) {
          DemoSteps.expect(exchanges.size() == before, "createSession sent something");
          steps.detail("OktaConfigurationException: nothing sent, the single-use session token unspent");
        }
      }
      out.println();
      out.println("Done: " + steps.count() + " steps, " + exchanges.size() + " HTTP exchanges, " + okta.tokenRequestCount()
          + " token requests; no token, assertion or proof was printed.");
      out.flush();
      return ExitCode.OK;
    } catch (RuntimeException e) {
      return steps.failed("okta-sessions demo --oauth", e, err, verbose);
    }
  }

  /** The claims of a proof that say what it is for; never the proof, the token or the signature. */
  private static String claims(String proof) {
    String payload = new String(Base64.getUrlDecoder().decode(proof.split("\\.")[1]), StandardCharsets.UTF_8);
    List<String> shown = new ArrayList<>();
    try (JsonReader json = JsonReader.of(new Buffer().writeUtf8(payload))) {
      json.beginObject();
      while (json.hasNext()) {
        String name = json.nextName();
        if (name.equals("htm") || name.equals("htu")) {
          shown.add(name + " " + json.nextString());
        } else if (name.equals("ath")) {
          json.skipValue();
          shown.add("ath (the token's SHA-256)");
        } else {
          json.skipValue();
        }
      }
    } catch (IOException | RuntimeException e) {
      return "(unreadable)";
    }
    return String.join(", ", shown);
  }

  private static String oauthError(RecordedExchange exchange) {
    HttpResponse response = exchange.response();
    if (response == null) {
      return exchange.outcome();
    }
    try (JsonReader json = JsonReader.of(new Buffer().write(response.body()))) {
      json.beginObject();
      while (json.hasNext()) {
        if (json.nextName().equals("error")) {
          return json.nextString();
        }
        json.skipValue();
      }
    } catch (IOException | RuntimeException e) {
      return "(not an OAuth error)";
    }
    return "(no error)";
  }

  /** The client's clock is FakeOkta's, so that the demo's hour passes for both; waits are the real scheduler's. */
  private static final class ClockScheduler implements Scheduler {
    private final Scheduler delegate;
    private final ManualClock clock;

    ClockScheduler(Scheduler delegate, ManualClock clock) {
      this.delegate = delegate;
      this.clock = clock;
    }

    @Override
    public Instant now() {
      return clock.instant();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      delegate.sleep(duration);
    }

    @Override
    public java.util.concurrent.CompletableFuture<Void> delay(Duration duration) {
      return delegate.delay(duration);
    }
  }

  private static KeyPair p256() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no P-256 key pair on this JVM", e);
    }
  }
}
