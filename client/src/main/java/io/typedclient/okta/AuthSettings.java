package io.typedclient.okta;

import static io.typedclient.okta.OktaSessions.AUTHORIZATION_MODE_PROPERTY;
import static io.typedclient.okta.OktaSessions.AUTHORIZATION_MODE_VARIABLE;
import static io.typedclient.okta.OktaSessions.CLIENT_ID_PROPERTY;
import static io.typedclient.okta.OktaSessions.PRIVATE_KEY_PROPERTY;
import static io.typedclient.okta.OktaSessions.TOKEN_PROPERTY;
import static io.typedclient.okta.OktaSessions.TOKEN_VARIABLE;

import io.typedclient.runtime.Interceptor;
import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How an Okta client authenticates, from what its builder was given, else Okta's conventions (the authorization
 * mode, an API token, a service app): the interceptor that adds the credentials. Messages never hold a token.
 */
final class AuthSettings {
  private AuthSettings() {}

  /**
   * The authenticating interceptor.
   *
   * @throws IllegalStateException when no credentials are configured, or two kinds are
   * @throws OktaConfigurationException when the authorization mode or the service app settings are wrong
   */
  static Interceptor resolve(@Nullable Supplier<String> apiToken, @Nullable Supplier<String> accessToken,
      ServiceAppConfig oauth, ConfigSources sources, URI org) {
    if (apiToken != null && accessToken != null) {
      throw new IllegalStateException("both apiToken(...) and accessToken(...) were given; use one");
    }
    if (oauth.isGiven()) {
      if (apiToken != null || accessToken != null) {
        throw new IllegalStateException("OAuth 2.0 service app settings (clientId, privateKey, ...) and "
            + (apiToken != null ? "apiToken(...)" : "accessToken(...)") + " were both given; use one");
      }
      return new OAuthInterceptor(oauth.resolve(org, sources.properties, sources.environment));
    }
    if (apiToken == null && accessToken == null) {
      String mode = ConfigSources.read(sources.properties, AUTHORIZATION_MODE_PROPERTY);
      String modeSource = "system property " + AUTHORIZATION_MODE_PROPERTY;
      if (mode == null) {
        mode = ConfigSources.read(sources.environment, AUTHORIZATION_MODE_VARIABLE);
        modeSource = "environment variable " + AUTHORIZATION_MODE_VARIABLE;
      }
      if (mode != null && mode.toLowerCase(Locale.ROOT).equals("privatekey")) {
        return new OAuthInterceptor(oauth.resolve(org, sources.properties, sources.environment));
      }
      if (mode != null && !mode.equalsIgnoreCase("SSWS")) {
        throw new OktaConfigurationException("the " + modeSource + " is \"" + mode + "\"; this client supports "
            + "SSWS (an API token) and PrivateKey (an OAuth 2.0 service app with a private key)");
      }
      if (mode == null && ConfigSources.read(sources.properties, TOKEN_PROPERTY) == null
          && ConfigSources.read(sources.environment, TOKEN_VARIABLE) == null
          && ServiceAppConfig.clientIdConfigured(sources.properties, sources.environment)) {
        throw new OktaConfigurationException("an OAuth 2.0 client id is configured but " + AUTHORIZATION_MODE_PROPERTY
            + " (or " + AUTHORIZATION_MODE_VARIABLE + ") is not PrivateKey; set it to PrivateKey to use the "
            + "service app, as Okta's SDKs require");
      }
    }
    if (apiToken != null) {
      return AuthInterceptor.apiToken(apiToken);
    }
    if (accessToken != null) {
      return AuthInterceptor.accessToken(accessToken);
    }
    String fromProperty = ConfigSources.read(sources.properties, TOKEN_PROPERTY);
    if (fromProperty != null) {
      checkNoScheme(fromProperty, "system property " + TOKEN_PROPERTY);
      return AuthInterceptor.apiToken(new FixedToken(fromProperty));
    }
    String fromEnvironment = ConfigSources.read(sources.environment, TOKEN_VARIABLE);
    if (fromEnvironment != null) {
      checkNoScheme(fromEnvironment, "environment variable " + TOKEN_VARIABLE);
      return AuthInterceptor.apiToken(new FixedToken(fromEnvironment));
    }
    throw new IllegalStateException(
        "no Okta API token configured: call OktaSessions.builder().apiToken(...) or .accessToken(...), or set the "
            + "system property " + TOKEN_PROPERTY + " or the environment variable " + TOKEN_VARIABLE
            + "; or, for an OAuth 2.0 service app, call clientId(...) and privateKey(...), or set "
            + AUTHORIZATION_MODE_PROPERTY + "=PrivateKey with " + CLIENT_ID_PROPERTY + " and " + PRIVATE_KEY_PROPERTY);
  }

  /** Refuses a token pasted with its scheme, which would be sent as {@code SSWS SSWS ...}; never prints it. */
  static void checkNoScheme(String token, String source) {
    String t = token.trim();
    if (AuthInterceptor.startsWithScheme(t)) {
      throw new IllegalArgumentException(
          "the token from " + source + " starts with its scheme (\"SSWS \" or \"Bearer \"); pass the token alone");
    }
    if (t.isEmpty()) {
      throw new IllegalArgumentException("the token from " + source + " is blank");
    }
  }

  /** A token that never changes. */
  static final class FixedToken implements Supplier<String> {
    private final String token;

    FixedToken(String token) {
      this.token = token;
    }

    @Override
    public String get() {
      return token;
    }
  }
}
