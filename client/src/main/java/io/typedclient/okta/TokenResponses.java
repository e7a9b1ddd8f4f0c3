package io.typedclient.okta;

import com.squareup.moshi.JsonReader;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpStatusException;
import io.typedclient.runtime.internal.RequestSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Reads the token endpoint's answers. A token response must be one JSON object with a printable
 * {@code access_token}, a {@code token_type} of {@code Bearer} or {@code DPoP} (and {@code DPoP} only to a request
 * that carried a proof), and a positive {@code expires_in}; anything else is an {@link OktaApiException} that
 * describes the answer without repeating it, since a half-valid answer may hold a token.
 */
final class TokenResponses {
  /** Okta's tokens last an hour; a longer claimed lifetime is capped, so a token is refreshed at least daily. */
  static final Duration MAX_LIFETIME = Duration.ofDays(1);
  /** RFC 6749 makes {@code expires_in} optional; Okta always sends it. Without it, assume Okta's hour. */
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
  static final int MAX_TOKEN_LENGTH = 16 * 1024;

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("access_token", "token_type", "expires_in", "scope");

  private TokenResponses() {}

  static AccessToken parse(TokenEndpoint.Attempt attempt, HttpResponse response) {
    String token = null;
    String type = null;
    double expiresIn = -1;
    String scope = null;
    try (JsonReader reader = JsonReader.of(new okio.Buffer().write(response.body()))) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw unusable(attempt, response, "the body is not a JSON object");
      }
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            token = string(reader);
            break;
          case 1:
            type = string(reader);
            break;
          case 2:
            expiresIn = reader.peek() == JsonReader.Token.NUMBER ? reader.nextDouble() : skipped(reader);
            break;
          case 3:
            scope = string(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw unusable(attempt, response, "more follows the JSON object");
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof OktaApiException) {
        throw (OktaApiException) e;
      }
      throw unusable(attempt, response, "the body is not valid JSON (" + e.getClass().getSimpleName() + ")");
    }
    if (token == null || token.isEmpty()) {
      throw unusable(attempt, response, "it has no access_token");
    }
    if (token.length() > MAX_TOKEN_LENGTH || !isVisibleAscii(token)) {
      throw unusable(attempt, response, "its access_token is not a printable ASCII token of at most "
          + MAX_TOKEN_LENGTH + " characters");
    }
    boolean dpop;
    if ("DPoP".equalsIgnoreCase(type)) {
      if (attempt.proof == null) {
        throw unusable(attempt, response, "it issued a DPoP token to a request without a DPoP proof");
      }
      dpop = true;
    } else if ("Bearer".equalsIgnoreCase(type)) {
      dpop = false;
    } else {
      throw unusable(attempt, response, type == null ? "it has no token_type"
          : "its token_type is neither Bearer nor DPoP");
    }
    Duration lifetime;
    if (expiresIn == -1) {
      lifetime = DEFAULT_LIFETIME;
    } else if (!(expiresIn >= 1) || Double.isInfinite(expiresIn)) {
      throw unusable(attempt, response, "its expires_in is not a positive number of seconds");
    } else {
      lifetime = expiresIn >= MAX_LIFETIME.getSeconds() ? MAX_LIFETIME : Duration.ofSeconds((long) expiresIn);
    }
    return new AccessToken(token, dpop, attempt.sentAt, lifetime, scope);
  }

  /**
   * {@code response} as callers may see it: its request without the body (the client assertion) or the
   * {@code DPoP} header, and its body without either of them, should the server have repeated them.
   */
  static HttpResponse sanitized(TokenEndpoint.Attempt attempt, HttpResponse response) {
    HttpRequest request = attempt.request.toBuilder().body(null).removeHeader("DPoP").build();
    byte[] body = response.body();
    String text = new String(body, StandardCharsets.UTF_8);
    String cleaned = mask(mask(text, attempt.assertion), attempt.proof);
    return HttpResponse.of(request, response.status(), response.headers(),
        cleaned.equals(text) ? body : cleaned.getBytes(StandardCharsets.UTF_8));
  }

  private static String mask(String text, @Nullable String secret) {
    return secret == null ? text : text.replace(secret, RequestSecrets.MASK);
  }

  private static OktaApiException unusable(TokenEndpoint.Attempt attempt, HttpResponse response, String why) {
    // The body may hold a token: the exception keeps its type and length, never its text.
    HttpRequest request = attempt.request.toBuilder().body(null).removeHeader("DPoP").build();
    String type = response.header("Content-Type");
    HttpResponse bodiless = HttpResponse.of(request, response.status(), response.headers(), new byte[0]);
    return new OktaApiException(bodiless, OktaErrorBody.NONE,
        "the token endpoint answered " + response.status() + " but not with a usable access token: " + why + " ("
            + (type == null ? "no Content-Type" : shortLine(type)) + ", " + response.bodyLength()
            + " bytes)");
  }

  private static String shortLine(String text) {
    String line = HttpStatusException.oneLine(text);
    return line.length() <= 100 ? line : line.substring(0, 100) + "…";
  }

  private static @Nullable String string(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.STRING) {
      return reader.nextString();
    }
    reader.skipValue();
    return null;
  }

  private static double skipped(JsonReader reader) throws IOException {
    reader.skipValue();
    return -2;
  }

  private static boolean isVisibleAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }
}
