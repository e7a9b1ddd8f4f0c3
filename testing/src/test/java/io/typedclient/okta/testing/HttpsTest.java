package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.conformance.TestCertificateAuthority;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** FakeOkta over https: the same answers, with the certificate it is given. */
final class HttpsTest {
  private static final TestCertificateAuthority CA = TestCertificateAuthority.create();

  @Test
  void servesHttpsWithTheGivenCertificate() throws Exception {
    try (FakeOkta okta = FakeOkta.builder().tls(CA.issueServer("127.0.0.1", "localhost").sslContext()).start()) {
      FakeUser ada = okta.addUser("00u1ada", "ada@example.com", "Ada Lovelace");
      Http http = new Http(okta, HttpClient.newBuilder().connectTimeout(Http.TIMEOUT).sslContext(CA.trustingContext()).build());

      HttpResponse<String> created = http.createSession(okta.issueSessionToken(ada));
      HttpResponse<String> missing = http.getSession("102missing");

      assertThat(okta.orgUrl()).isEqualTo("https://127.0.0.1:" + okta.port());
      assertThat(created.statusCode()).isEqualTo(200);
      assertThat(missing.statusCode()).isEqualTo(404);
      assertThat(missing.body()).contains("E0000007");
      assertThat(okta.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void aClientThatDoesNotTrustTheCertificateIsRefusedAndNothingIsRecorded() throws Exception {
    try (FakeOkta okta = FakeOkta.builder().tls(CA.issueServer("127.0.0.1").sslContext()).start()) {
      HttpClient untrusting = HttpClient.newBuilder().connectTimeout(Http.TIMEOUT).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create(okta.orgUrl() + "/api/v1/sessions/x"))
          .timeout(Http.TIMEOUT).build();

      IOException e = assertThrows(IOException.class,
          () -> untrusting.send(request, HttpResponse.BodyHandlers.discarding()));

      assertThat(e).isInstanceOf(SSLHandshakeException.class);
      assertThat(okta.requestCount()).isEqualTo(0);
    }
  }
}
