package io.typedclient.okta.cli;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeOktaExtension;
import io.typedclient.okta.testing.ManualClock;
import java.time.Instant;

/** The values every CLI test shares: one FakeOkta per test class, on a clock the test moves. */
final class OrgFixture {
  static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  static final String API_TOKEN = "00apiTOKENsecret0123456789abcdefABCDEF";
  static final String ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.accessTOKENsecret.signature0123";
  static final String USER_ID = "00u1ada0lovelace0test";

  private OrgFixture() {}

  /** A FakeOkta extension on {@code clock} that knows {@link #API_TOKEN} and {@link #ACCESS_TOKEN}. */
  static FakeOktaExtension fakeOkta(ManualClock clock) {
    return FakeOktaExtension.create(FakeOkta.builder().clock(clock).apiToken(API_TOKEN).accessToken(ACCESS_TOKEN));
  }

  /** A runner configured the way a user would, through the environment. */
  static CliRunner configured(FakeOkta okta, ManualClock clock) {
    return new CliRunner(clock).env("OKTA_CLIENT_ORGURL", okta.orgUrl()).env("OKTA_CLIENT_TOKEN", API_TOKEN);
  }
}
