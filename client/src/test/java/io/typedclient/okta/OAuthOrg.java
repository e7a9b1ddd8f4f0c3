package io.typedclient.okta;

import com.nimbusds.jose.JWSObject;
import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeServiceApp;
import io.typedclient.okta.testing.FakeUser;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.okta.testing.RecordedRequest;
import java.security.KeyPair;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A FakeOkta on a manual clock with one user and one service app (client id {@value #CLIENT_ID}, the P-256 test
 * key), and a scheduler on the same clock: the client's sense of time is the server's.
 */
final class OAuthOrg implements AutoCloseable {
  static final String CLIENT_ID = "0oa1serviceapp";
  static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

  final ManualClock clock = ManualClock.at(START);
  final FakeOkta okta = FakeOkta.builder().clock(clock).start();
  final FakeUser user = okta.addUser("00u1ada", "ada@example.com", "Ada Lovelace");
  final FakeServiceApp app;
  final ManualClockScheduler scheduler = new ManualClockScheduler(clock);

  OAuthOrg() {
    this(TestKeys.p256());
  }

  OAuthOrg(KeyPair clientKey) {
    app = okta.addServiceApp(CLIENT_ID, clientKey.getPublic());
  }

  /** A client of the service app, with the P-256 key given as an object. */
  OktaSessions.Builder client() {
    return OktaSessions.builder()
        .orgUrl(okta.orgUrl())
        .clientId(CLIENT_ID)
        .privateKey(TestKeys.p256().getPrivate())
        .scheduler(scheduler)
        .environment(name -> null, name -> null);
  }

  /** The requests that reached the token endpoint. */
  List<RecordedRequest> tokenRequests() {
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest request : okta.requests()) {
      if (request.path().equals("/oauth2/v1/token")) {
        out.add(request);
      }
    }
    return out;
  }

  /** The requests to the Sessions API. */
  List<RecordedRequest> apiRequests() {
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest request : okta.requests()) {
      if (request.path().startsWith("/api/")) {
        out.add(request);
      }
    }
    return out;
  }

  /** The claims of a compact JWS, parsed by nimbus (not by our code). */
  static Map<String, Object> claims(String compact) {
    try {
      return JWSObject.parse(compact).getPayload().toJSONObject();
    } catch (ParseException e) {
      throw new AssertionError("not a JWS", e);
    }
  }

  /** The header of a compact JWS, parsed by nimbus. */
  static Map<String, Object> header(String compact) {
    try {
      return JWSObject.parse(compact).getHeader().toJSONObject();
    } catch (ParseException e) {
      throw new AssertionError("not a JWS", e);
    }
  }

  @Override
  public void close() {
    okta.close();
  }
}
