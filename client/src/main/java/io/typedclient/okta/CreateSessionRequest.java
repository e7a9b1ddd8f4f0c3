package io.typedclient.okta;

import io.typedclient.JsonModel;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@link SessionApi#createSession}: a session token from the Authentication API, exchanged for a
 * session. A session token is single-use and as good as the user's credentials, so {@link #toString()} never
 * prints it, and the client never retries a request that carries it after Okta may have seen it.
 */
@JsonModel
public final class CreateSessionRequest {
  private final String sessionToken;

  /**
   * A request for {@code sessionToken}.
   *
   * @throws IllegalArgumentException if the token is null or blank (the message does not repeat it)
   */
  public CreateSessionRequest(String sessionToken) {
    if (sessionToken == null || sessionToken.trim().isEmpty()) {
      throw new IllegalArgumentException("sessionToken is " + (sessionToken == null ? "null" : "blank"));
    }
    this.sessionToken = sessionToken;
  }

  /** A request for {@code sessionToken}; same as the constructor. */
  public static CreateSessionRequest of(String sessionToken) {
    return new CreateSessionRequest(sessionToken);
  }

  /** The single-use session token. */
  public String sessionToken() {
    return sessionToken;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CreateSessionRequest && sessionToken.equals(((CreateSessionRequest) o).sessionToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sessionToken);
  }

  /** {@code CreateSessionRequest{sessionToken=██}}: the token is a secret. */
  @Override
  public String toString() {
    return "CreateSessionRequest{sessionToken=██}";
  }
}
