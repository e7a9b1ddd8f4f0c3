package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgUrlTest {

  @ParameterizedTest
  @CsvSource({
    "https://dev-123456.okta.com, https://dev-123456.okta.com",
    "https://dev-123456.okta.com/, https://dev-123456.okta.com",
    "'  https://example.oktapreview.com  ', https://example.oktapreview.com",
    "HTTPS://Example.Okta.com, https://Example.Okta.com",
    "https://login.example.com:8443, https://login.example.com:8443",
    "http://localhost:8080, http://localhost:8080",
    "http://127.0.0.1:55123/, http://127.0.0.1:55123",
    "http://[::1]:9000, http://[::1]:9000",
    "https://dev-admin-team.okta.com, https://dev-admin-team.okta.com",
  })
  void acceptsOrgUrls(String input, String expected) {
    assertThat(OrgUrl.check(input, "orgUrl(...)")).isEqualTo(URI.create(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "https://{yourOktaDomain}| {yourOktaDomain} placeholder",
    "https://{yourOktaDomain}.okta.com| {yourOktaDomain} placeholder",
    "https://yourOktaDomain| {yourOktaDomain} placeholder",
    "http://dev-123456.okta.com| must use https://",
    "http://10.0.0.5| must use https://",
    "http://okta.localhost:8080| must use https://",
    "ftp://dev-123456.okta.com| must start with https://",
    "dev-123456.okta.com| must start with https://",
    "https://dev-123456-admin.okta.com| admin console's domain dev-123456-admin.okta.com; use the org domain without -admin: https://dev-123456.okta.com",
    "https://acme-admin.oktapreview.com| use the org domain without -admin: https://acme.oktapreview.com",
    "https://ACME-ADMIN.OKTA.COM| without -admin",
    "https://acme-admin.okta-emea.com| without -admin: https://acme.okta-emea.com",
    "https://dev-123456.okta.com/oauth2/default| must have no path",
    "https://dev-123456.okta.com/api/v1| must have no path",
    "https://dev-123456.okta.com?x=1| must have no query",
    "https://dev-123456.okta.com/?| must have no query",
    "https://dev-123456.okta.com#top| must have no query or fragment",
    "https://| not a valid URL",
    "https:///path| has no host",
    "https://dev 123.okta.com| not a valid URL",
    "'   '| is empty",
  })
  void refusesWithAMessageThatSaysWhy(String input, String expectedMessagePart) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OrgUrl.check(input, "system property okta.client.orgUrl"));
    assertThat(e).hasMessageThat().contains(expectedMessagePart.trim());
    assertThat(e).hasMessageThat().startsWith("Okta org URL from system property okta.client.orgUrl ");
  }

  @ParameterizedTest
  @CsvSource({
    "https://admin:s3cretPass@dev-123456.okta.com",
    "https://admin:s3cretPass@dev 123.okta.com",
  })
  void credentialsInTheUrlAreRefusedWithoutBeingRepeated(String input) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OrgUrl.check(input, "orgUrl(...)"));
    assertThat(e).hasMessageThat().doesNotContain("s3cretPass");
  }
}
