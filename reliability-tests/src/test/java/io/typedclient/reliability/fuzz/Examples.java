package io.typedclient.reliability.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The Okta payloads mutations start from (test resources under {@code okta/}, see {@code SOURCES.md} there). */
final class Examples {
  static final List<String> SESSIONS = List.of(
      read("get-session-response.json"),
      read("get-current-session-response.json"),
      read("create-session-response.json"),
      read("refresh-session-response.json"),
      read("fakeokta-session-response.json"));

  static final List<String> ERRORS = List.of(
      read("error-400-api-validation-failed-E0000001.json"),
      read("error-401-invalid-token-E0000011.json"),
      read("error-403-access-denied-E0000006.json"),
      read("error-404-resource-not-found-E0000007.json"),
      read("error-429-too-many-requests-E0000047.json"),
      "{\"errorCode\":\"E0000001\",\"errorSummary\":\"Api validation failed: login\",\"errorLink\":\"E0000001\","
          + "\"errorId\":\"oaeX\",\"errorCauses\":[{\"errorSummary\":\"login: An object with this field already"
          + " exists\"},{\"errorSummary\":\"second cause\"}]}");

  static final String CREATE_SESSION_REQUEST = read("create-session-request.json");

  /** Names of Okta's properties, so that the mutator's renames and additions hit real properties too. */
  static final List<String> PROPERTY_NAMES = List.of("id", "login", "userId", "createdAt", "expiresAt", "status",
      "lastPasswordVerification", "lastFactorVerification", "amr", "idp", "type", "_links", "self", "refresh",
      "user", "href", "name", "hints", "allow", "templated", "sessionToken", "errorCode", "errorSummary",
      "errorLink", "errorId", "errorCauses");

  private Examples() {}

  private static String read(String name) {
    try (InputStream in = Examples.class.getResourceAsStream("/okta/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource okta/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
