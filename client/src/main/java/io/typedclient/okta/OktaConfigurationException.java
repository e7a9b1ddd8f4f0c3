package io.typedclient.okta;

/**
 * The client's configuration cannot serve what was asked: OAuth 2.0 settings that are missing or unusable (no
 * client id, a key that cannot be read), or a call that the configured credentials cannot make (Okta's
 * {@code createSession} accepts only an API token). Thrown before anything is sent. The message says what to
 * change and never quotes a key, token or assertion.
 */
public final class OktaConfigurationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}, which must hold no secret. */
  public OktaConfigurationException(String message) {
    super(message);
  }
}
