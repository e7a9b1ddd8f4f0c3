package io.typedclient.okta.cli;

import io.typedclient.okta.OktaSessions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The OAuth 2.0 service app settings of one run, from the options ({@code --client-id}, {@code --private-key},
 * {@code --key-id}, {@code --scopes}, {@code --dpop}/{@code --no-dpop}), then the system properties and
 * environment variables in Okta's conventions ({@code okta.client.authorizationMode=PrivateKey} /
 * {@code OKTA_CLIENT_AUTHORIZATIONMODE}, {@code ..clientId}, {@code ..privateKey}, {@code ..kid},
 * {@code ..scopes}, {@code ..dpop}). Immutable; {@link #toString()} names no key.
 *
 * @param clientId the service app's client id
 * @param privateKey the key: a file path, or (from a property or variable) the PEM or JWK itself
 * @param privateKeyIsPath whether {@code privateKey} is a path
 * @param privateKeySource where the key came from, for messages
 * @param keyId the key id, or {@code null}
 * @param scopes the scopes, or {@code null} for the client's default
 * @param dpop DPoP forced on or off, or {@code null} to detect it
 */
record OAuthSettings(
    String clientId, String privateKey, boolean privateKeyIsPath, String privateKeySource, String keyId,
    List<String> scopes, Boolean dpop) {

  /** The options of the command line, any of them {@code null} when not given. */
  record Options(String clientId, String privateKey, String keyId, String scopes, Boolean dpop) {
    boolean any() {
      return clientId != null || privateKey != null || keyId != null || scopes != null || dpop != null;
    }
  }

  /**
   * The service app settings, or {@code null} when this run authenticates otherwise.
   *
   * @param tokenOption whether {@code --token} or {@code --access-token} was given
   * @throws ConfigurationException when the settings are incomplete or contradict each other
   */
  static OAuthSettings resolve(Options options, boolean tokenOption, Function<String, String> environment,
      Function<String, String> properties) {
    Source source = new Source(properties, environment);
    String mode = source.get(OktaSessions.AUTHORIZATION_MODE_PROPERTY, OktaSessions.AUTHORIZATION_MODE_VARIABLE);
    if (mode != null && !mode.equalsIgnoreCase("PrivateKey") && !mode.equalsIgnoreCase("SSWS")) {
      throw new ConfigurationException(OktaSessions.AUTHORIZATION_MODE_VARIABLE + " is \"" + mode + "\"; okta-sessions "
          + "supports SSWS (an API token) and PrivateKey (an OAuth 2.0 service app)");
    }
    if (options.any() && tokenOption) {
      throw new ConfigurationException("--client-id and the other service app options cannot be combined with "
          + "--token or --access-token; use one way to authenticate");
    }
    boolean active = options.any() || (!tokenOption && mode != null && mode.equalsIgnoreCase("PrivateKey"));
    if (!active) {
      return null;
    }
    String clientId = options.clientId() != null ? nonBlank(options.clientId(), "--client-id")
        : source.get(OktaSessions.CLIENT_ID_PROPERTY, OktaSessions.CLIENT_ID_VARIABLE);
    if (clientId == null) {
      throw new ConfigurationException("no OAuth 2.0 client id: pass --client-id ID or set "
          + OktaSessions.CLIENT_ID_VARIABLE + " (the service app's Client ID in Okta's admin console)");
    }
    String key;
    boolean isPath;
    String keySource;
    if (options.privateKey() != null) {
      key = nonBlank(options.privateKey(), "--private-key");
      isPath = true;
      keySource = "--private-key";
    } else {
      key = source.get(OktaSessions.PRIVATE_KEY_PROPERTY, OktaSessions.PRIVATE_KEY_VARIABLE);
      if (key == null) {
        throw new ConfigurationException("no private key for the service app: pass --private-key FILE (PEM or JWK) "
            + "or set " + OktaSessions.PRIVATE_KEY_VARIABLE + " to the key or its file's path");
      }
      String trimmed = key.trim();
      isPath = !trimmed.startsWith("-----BEGIN") && !trimmed.startsWith("{");
      keySource = source.last;
    }
    String keyId = options.keyId() != null ? nonBlank(options.keyId(), "--key-id")
        : source.get(OktaSessions.KEY_ID_PROPERTY, OktaSessions.KEY_ID_VARIABLE);
    String scopeText = options.scopes() != null ? nonBlank(options.scopes(), "--scopes")
        : source.get(OktaSessions.SCOPES_PROPERTY, OktaSessions.SCOPES_VARIABLE);
    List<String> scopes = null;
    if (scopeText != null) {
      scopes = new ArrayList<>();
      for (String scope : scopeText.split("[\\s,]+")) {
        if (!scope.isEmpty()) {
          scopes.add(scope);
        }
      }
    }
    Boolean dpop = options.dpop();
    if (dpop == null) {
      String value = source.get(OktaSessions.DPOP_PROPERTY, OktaSessions.DPOP_VARIABLE);
      if (value != null && !value.equalsIgnoreCase("auto")) {
        switch (value.toLowerCase(Locale.ROOT)) {
          case "true" -> dpop = true;
          case "false" -> dpop = false;
          default -> throw new ConfigurationException(
              OktaSessions.DPOP_VARIABLE + " must be true, false or auto, not \"" + value + "\"");
        }
      }
    }
    return new OAuthSettings(clientId, key, isPath, keySource, keyId, scopes, dpop);
  }

  /** Applies these settings to a client builder. */
  void applyTo(OktaSessions.Builder builder) {
    builder.clientId(clientId);
    if (privateKeyIsPath) {
      builder.privateKey(Path.of(privateKey));
    } else {
      builder.privateKey(privateKey);
    }
    if (keyId != null) {
      builder.keyId(keyId);
    }
    if (scopes != null && !scopes.isEmpty()) {
      builder.scopes(scopes.toArray(new String[0]));
    }
    if (dpop != null) {
      builder.dpop(dpop);
    }
  }

  private static String nonBlank(String value, String option) {
    if (value.isBlank()) {
      throw new ConfigurationException(option + " is empty");
    }
    return value.trim();
  }

  /** Never prints the key: only where it came from. */
  @Override
  public String toString() {
    return "OAuthSettings{clientId=" + clientId + ", key from " + privateKeySource
        + (keyId == null ? "" : ", kid " + keyId) + ", scopes=" + scopes + ", dpop=" + (dpop == null ? "auto" : dpop) + "}";
  }

  /** A setting from its system property, then its environment variable; remembers which gave the last one. */
  private static final class Source {
    private final Function<String, String> properties;
    private final Function<String, String> environment;
    String last;

    Source(Function<String, String> properties, Function<String, String> environment) {
      this.properties = properties;
      this.environment = environment;
    }

    String get(String property, String variable) {
      String value = properties.apply(property);
      if (value != null && !value.isBlank()) {
        last = "the system property " + property;
        return value.trim();
      }
      value = environment.apply(variable);
      if (value != null && !value.isBlank()) {
        last = variable;
        return value.trim();
      }
      return null;
    }
  }
}
