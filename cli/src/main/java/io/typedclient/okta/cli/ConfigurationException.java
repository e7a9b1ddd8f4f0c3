package io.typedclient.okta.cli;

/**
 * The configuration cannot work (no org URL, no token, two tokens, a bad URL): nothing was sent. The message says
 * what to change and never quotes a secret.
 */
final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigurationException(String message) {
    super(message);
  }
}
