package io.typedclient.runtime.internal;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.runtime.HttpRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which values of a request count as secret, and how text that echoes them is masked. */
class RequestSecretsTest {
  @Test
  void sensitiveHeadersGiveTheirValuesAndEachWordUnquoted() {
    HttpRequest request = HttpRequest.builder("GET", URI.create("https://org.example/api/v1/sessions/me"))
        .header("Cookie", "sid=SidCookieValue123; idx=\"IdxCookieValue456\"")
        .header("Authorization", "SSWS TokenValue789")
        .header("Accept", "application/json")
        .build();

    List<String> secrets = RequestSecrets.of(request);

    assertThat(secrets).containsAtLeast("SidCookieValue123", "IdxCookieValue456", "TokenValue789");
    assertThat(secrets).doesNotContain("application/json");
    assertThat(RequestSecrets.mask("Not found: SidCookieValue123, IdxCookieValue456, TokenValue789", secrets))
        .isEqualTo("Not found: ██, ██, ██");
  }

  @Test
  void queryValuesAsSentAndDecodedAndJsonStrings() {
    HttpRequest request = HttpRequest.builder("POST", URI.create("https://org.example/x?token=a%2Bsecret%20value"))
        .body("{\"sessionToken\":\"tok-secret-123\",\"n\":12345678,\"short\":\"abc\"}".getBytes(StandardCharsets.UTF_8))
        .build();

    List<String> secrets = RequestSecrets.of(request);

    assertThat(secrets).containsAtLeast("a%2Bsecret%20value", "a+secret value", "tok-secret-123");
    assertThat(secrets).doesNotContain("abc");
    assertThat(secrets).doesNotContain("12345678");
  }

  @Test
  void formBodyValuesAsSentAndDecoded() {
    HttpRequest request = HttpRequest.builder("POST", URI.create("https://org.example/oauth2/v1/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("grant_type=password&password=p%40ss+word+123".getBytes(StandardCharsets.US_ASCII))
        .build();

    List<String> secrets = RequestSecrets.of(request);

    assertThat(secrets).containsAtLeast("p%40ss+word+123", "p@ss word 123", "password");
  }

  @Test
  void longestFirstSoAValueThatHoldsAnotherIsMaskedWhole() {
    HttpRequest request = HttpRequest.builder("POST", URI.create("https://org.example/x"))
        .body("[\"secret-one\",\"secret-one-and-more\"]".getBytes(StandardCharsets.UTF_8))
        .build();

    List<String> secrets = RequestSecrets.of(request);

    assertThat(secrets).containsExactly("secret-one-and-more", "secret-one").inOrder();
    assertThat(RequestSecrets.mask("echo secret-one-and-more", secrets)).isEqualTo("echo ██");
  }

  @Test
  void shortValuesAndNullRequestsGiveNothing() {
    assertThat(RequestSecrets.of(null)).isEmpty();
    assertThat(RequestSecrets.mask("true and 1234", List.of("true", "1234"))).isEqualTo("true and 1234");
    assertThat(RequestSecrets.mask(null, List.of("long-secret"))).isNull();
  }
}
