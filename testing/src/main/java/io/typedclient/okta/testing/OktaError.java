package io.typedclient.okta.testing;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import okio.Buffer;

/** An Okta error body: {@code errorCode}, {@code errorSummary}, {@code errorLink}, {@code errorId}, {@code errorCauses}. */
final class OktaError {
  final int status;
  final String code;
  final String summary;
  final List<String> causes;

  OktaError(int status, String code, String summary, List<String> causes) {
    this.status = status;
    this.code = code;
    this.summary = summary;
    this.causes = List.copyOf(causes);
  }

  static OktaError of(int status, String code, String summary) {
    return new OktaError(status, code, summary, List.of());
  }

  static OktaError notFound(String what) {
    return of(404, "E0000007", "Not found: Resource not found: " + what);
  }

  static OktaError invalidToken() {
    return of(401, "E0000011", "Invalid token provided");
  }

  static OktaError authenticationFailed() {
    return of(401, "E0000004", "Authentication failed");
  }

  static OktaError tooManyRequests() {
    return of(429, "E0000047", "API call exceeded rate limit due to too many requests.");
  }

  static OktaError methodNotAllowed() {
    return of(405, "E0000022", "The endpoint does not support the provided HTTP method");
  }

  static OktaError malformedBody() {
    return of(400, "E0000003", "The request body was not well-formed.");
  }

  static OktaError validation(String field, String cause) {
    return new OktaError(400, "E0000001", "Api validation failed: " + field, List.of(field + ": " + cause));
  }

  static OktaError internal() {
    return of(500, "E0000009", "Internal Server Error");
  }

  /** The error Okta gives with a status, from Okta's list of error codes; used when a fault names only the status. */
  static OktaError forStatus(int status) {
    switch (status) {
      case 400:
        return of(400, "E0000001", "Api validation failed");
      case 401:
        return invalidToken();
      case 403:
        return of(403, "E0000006", "You do not have permission to perform the requested action");
      case 404:
        return of(404, "E0000007", "Not found");
      case 405:
        return methodNotAllowed();
      case 429:
        return tooManyRequests();
      case 501:
        return of(501, "E0000052", "Endpoint not implemented.");
      case 503:
        return of(503, "E0000010", "Service is in read-only mode");
      default:
        return status >= 500 ? of(status, "E0000009", "Internal Server Error") : of(status, "E0000001", "Api validation failed");
    }
  }

  byte[] body(String errorId) {
    Buffer buffer = new Buffer();
    try (JsonWriter json = JsonWriter.of(buffer)) {
      json.beginObject();
      json.name("errorCode").value(code);
      json.name("errorSummary").value(summary);
      json.name("errorLink").value(code);
      json.name("errorId").value(errorId);
      json.name("errorCauses").beginArray();
      for (String cause : causes) {
        json.beginObject().name("errorSummary").value(cause).endObject();
      }
      json.endArray();
      json.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }
}
