package io.typedclient.okta.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A proxy URL as curl reads {@code --proxy} and {@code HTTPS_PROXY}: {@code [http://][user[:password]@]host[:port]}
 * with user and password percent-encoded, IPv6 hosts in brackets, the port 1080 when none is given (curl's default),
 * and any path ignored. Only {@code http://} proxies: the connection to the proxy is plain HTTP (curl's
 * {@code https://} proxies, and SOCKS, are refused with a message). Messages never repeat the URL, which may hold a
 * password.
 *
 * @param host the proxy's host, without brackets
 * @param port its port
 * @param username the user name, decoded, or {@code null}
 * @param password the password, decoded, or {@code null} (empty when the URL has {@code user:@})
 */
record ProxyUrl(String host, int port, String username, String password) {
  static final int DEFAULT_PORT = 1080;

  /**
   * Parses {@code text}; {@code source} names it in messages ({@code --proxy}, {@code HTTPS_PROXY}).
   *
   * @throws ConfigurationException saying what is wrong, without the URL
   */
  static ProxyUrl parse(String text, String source) {
    String rest = text.trim();
    int schemeEnd = rest.indexOf("://");
    if (schemeEnd >= 0) {
      String scheme = rest.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
      if (scheme.equals("https")) {
        throw new ConfigurationException(source + " names an https:// proxy (TLS to the proxy), which okta-sessions does "
            + "not support; use the proxy's http:// address (https requests still go through it in a CONNECT tunnel)");
      }
      if (!scheme.equals("http")) {
        throw new ConfigurationException(source + " names a proxy of scheme " + scheme + "://; okta-sessions supports "
            + "HTTP proxies: http://[user:password@]host:port");
      }
      rest = rest.substring(schemeEnd + 3);
    }
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String username = null;
    String password = null;
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      authority = authority.substring(at + 1);
      int colon = userInfo.indexOf(':');
      username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), source);
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1), source);
      if (username.isEmpty()) {
        throw new ConfigurationException(source + " has credentials without a user name");
      }
      if (password == null) {
        throw new ConfigurationException(source + " has a proxy user name but no password: "
            + "http://user:password@host:port (percent-encode special characters)");
      }
    }
    String host;
    String port = null;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw new ConfigurationException(source + " has an IPv6 proxy address without its closing ]");
      }
      host = authority.substring(1, close);
      String after = authority.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw new ConfigurationException(source + " is not a proxy URL: expected http://[user:password@]host:port");
        }
        port = after.substring(1);
      }
    } else {
      int colon = authority.lastIndexOf(':');
      host = colon < 0 ? authority : authority.substring(0, colon);
      port = colon < 0 ? null : authority.substring(colon + 1);
    }
    if (host.isEmpty()) {
      throw new ConfigurationException(source + " has no proxy host: expected http://[user:password@]host:port");
    }
    int number = DEFAULT_PORT;
    if (port != null) {
      try {
        number = Integer.parseInt(port);
      } catch (NumberFormatException e) {
        number = -1;
      }
      if (number < 1 || number > 65535) {
        throw new ConfigurationException(source + " has a proxy port that is not a number from 1 to 65535");
      }
    }
    return new ProxyUrl(host, number, username, password);
  }

  /** Percent-decodes user info as UTF-8, as curl does. */
  private static String decode(String text, String source) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      if (c == '%') {
        if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
          throw new ConfigurationException(source + " has a % in its credentials that is not followed by two hex digits");
        }
        out.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
        i += 2;
      } else {
        byte[] bytes = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The proxy and user, never the password. */
  @Override
  public String toString() {
    return "http://" + (username == null ? "" : username + ":***@") + (host.indexOf(':') >= 0 ? "[" + host + "]" : host)
        + ":" + port;
  }
}
