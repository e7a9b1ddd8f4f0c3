package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Okta's challenges; text that does not parse never throws. */
class WwwAuthenticateTest {
  @Test
  void readsOktasDpopChallenge() {
    WwwAuthenticate header = WwwAuthenticate.of(List.of("DPoP algs=\"RS256 RS384 RS512 ES256 ES384 ES512\", "
        + "authorization_uri=\"http://org.okta.com/oauth2/v1/authorize\", realm=\"http://org.okta.com\", "
        + "scope=\"okta.groups.read\", error=\"invalid_dpop_proof\", "
        + "error_description=\"'htu' claim in the DPoP proof JWT is invalid.\", resource=\"/api/v1/groups/00g/users\""));
    WwwAuthenticate.Challenge challenge = header.withError();
    assertThat(challenge.isDpop()).isTrue();
    assertThat(challenge.parameter("error")).isEqualTo("invalid_dpop_proof");
    assertThat(challenge.parameter("error_description")).isEqualTo("'htu' claim in the DPoP proof JWT is invalid.");
    assertThat(challenge.parameter("resource")).isEqualTo("/api/v1/groups/00g/users");
  }

  @Test
  void prefersTheDpopChallengeAmongSeveral() {
    WwwAuthenticate header = WwwAuthenticate.of(List.of(
        "Bearer realm=\"x\", error=\"invalid_token\", DPoP algs=\"ES256\", error=\"use_dpop_nonce\""));
    assertThat(header.challenges()).hasSize(2);
    assertThat(header.error()).isEqualTo("use_dpop_nonce");
    assertThat(WwwAuthenticate.of(List.of("Bearer error=invalid_token")).error()).isEqualTo("invalid_token");
    assertThat(WwwAuthenticate.of(List.of("Basic abc==, Bearer error=\"a\\\"b\"")).error()).isEqualTo("a\"b");
  }

  @Test
  void garbageGivesNoErrorAndNeverThrows() {
    for (String value : new String[] {"", ",,,", "=", "\"", "DPoP error=\"unterminated", "DPoP error=", "\u0000\u00ff",
        "x".repeat(10_000), "DPoP ,error=a"}) {
      WwwAuthenticate.of(List.of(value)).error();
    }
    assertThat(WwwAuthenticate.of(List.of("DPoP error=\"unterminated")).error()).isEqualTo("unterminated");
    assertThat(WwwAuthenticate.of(List.of()).withError()).isNull();
  }
}
