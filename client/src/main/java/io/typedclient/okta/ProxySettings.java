package io.typedclient.okta;

import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.internal.Ascii;
import org.jspecify.annotations.Nullable;

/**
 * The proxy of an Okta client from Okta's conventions, when the builder was given none: the system properties
 * {@value OktaSessions#PROXY_HOST_PROPERTY}, {@code .port}, {@code .username} and {@code .password}, each else its
 * {@code OKTA_CLIENT_PROXY_*} environment variable, as Okta's SDKs read them. The user name is optional (a proxy
 * that asks for no credentials); a password needs one. Messages name the setting, never the password.
 */
final class ProxySettings {
  private ProxySettings() {}

  /**
   * The proxy the sources configure, or {@code null} when they name no host.
   *
   * @throws OktaConfigurationException when the settings are incomplete or not valid
   */
  static @Nullable ProxyConfig resolve(ConfigSources sources) {
    String host = sources.get(OktaSessions.PROXY_HOST_PROPERTY, OktaSessions.PROXY_HOST_VARIABLE);
    String hostSource = sources.lastSource;
    String port = sources.get(OktaSessions.PROXY_PORT_PROPERTY, OktaSessions.PROXY_PORT_VARIABLE);
    String portSource = sources.lastSource;
    String username = sources.get(OktaSessions.PROXY_USERNAME_PROPERTY, OktaSessions.PROXY_USERNAME_VARIABLE);
    String usernameSource = sources.lastSource;
    String password = sources.get(OktaSessions.PROXY_PASSWORD_PROPERTY, OktaSessions.PROXY_PASSWORD_VARIABLE);
    String passwordSource = sources.lastSource;
    if (host == null) {
      String stray = port != null ? portSource : username != null ? usernameSource : password != null ? passwordSource : null;
      if (stray != null) {
        throw new OktaConfigurationException(stray + " is set but no proxy host is: set " + OktaSessions.PROXY_HOST_PROPERTY
            + " (or " + OktaSessions.PROXY_HOST_VARIABLE + ") too, or unset it");
      }
      return null;
    }
    if (port == null) {
      throw new OktaConfigurationException(hostSource + " names a proxy but no port is set: set "
          + OktaSessions.PROXY_PORT_PROPERTY + " (or " + OktaSessions.PROXY_PORT_VARIABLE + "), such as 3128 or 8080");
    }
    if (!Ascii.isDigits(port) || port.length() > 5 || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
      throw new OktaConfigurationException(portSource + " must be a port number from 1 to 65535, not \"" + port + "\"");
    }
    if (password != null && username == null) {
      throw new OktaConfigurationException(passwordSource + " is set but no proxy user name is: set "
          + OktaSessions.PROXY_USERNAME_PROPERTY + " (or " + OktaSessions.PROXY_USERNAME_VARIABLE + ") too");
    }
    if (username != null && password == null) {
      throw new OktaConfigurationException(usernameSource + " is set but no proxy password is: set "
          + OktaSessions.PROXY_PASSWORD_PROPERTY + " (or " + OktaSessions.PROXY_PASSWORD_VARIABLE + ") too");
    }
    try {
      ProxyConfig.Builder proxy = ProxyConfig.builder(host, Integer.parseInt(port));
      if (username != null && password != null) {
        proxy.credentials(username, password);
      }
      return proxy.build();
    } catch (IllegalArgumentException e) {
      throw new OktaConfigurationException("the proxy settings (" + hostSource + " and the rest) are not valid: "
          + e.getMessage());
    }
  }
}
