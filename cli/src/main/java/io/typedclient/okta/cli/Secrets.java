package io.typedclient.okta.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The secret values of one run, so that every text built from what a server or a library said can be masked before
 * it is printed: Okta's error summaries repeat what a request sent, a hostile server can echo a token in any header
 * or field, and an I/O library may put a URL in its message. Two kinds: <b>credentials</b> (API and access tokens,
 * session tokens, cookies, proxy passwords), masked in everything printed, results included; and <b>ids</b> the
 * command was given (session and user ids), masked in errors and request ids but not in a session printed as the
 * answer, whose id is the point. Values shorter than {@value #MIN_LENGTH} characters are not masked: they are not
 * real credentials, and masking them would garble every message. Immutable.
 */
final class Secrets {
  static final String MASK = "***";
  static final int MIN_LENGTH = 4;

  /** Options whose value is a secret; their values are masked even in command-line usage errors. */
  static final Set<String> SECRET_OPTIONS = Set.of("--token", "--access-token", "--session-token", "--cookie");
  /** Options whose value is a proxy URL, whose credentials are secret and the rest not. */
  static final Set<String> PROXY_OPTIONS = Set.of("--proxy");

  private final List<String> credentials;
  private final List<String> ids;

  private Secrets(List<String> credentials, List<String> ids) {
    this.credentials = longestFirst(credentials);
    this.ids = longestFirst(ids);
  }

  /** Longest first, so a secret that contains another is masked whole. */
  private static List<String> longestFirst(List<String> values) {
    List<String> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(sorted);
  }

  static Secrets none() {
    return new Secrets(List.of(), List.of());
  }

  /**
   * The values of the secret options among {@code args} ({@code --token X} and {@code --token=X}), read before
   * picocli parses them so that a usage error cannot print them either.
   */
  static Secrets fromArguments(String[] args) {
    Secrets secrets = none();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg == null) {
        continue;
      }
      int eq = arg.indexOf('=');
      String name = (eq < 0 ? arg : arg.substring(0, eq)).toLowerCase(Locale.ROOT);
      boolean proxy = PROXY_OPTIONS.contains(name);
      if (!proxy && !SECRET_OPTIONS.contains(name)) {
        continue;
      }
      String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[i + 1] : null;
      secrets = proxy ? secrets.withProxyUrl(value) : secrets.with(value);
    }
    return secrets;
  }

  /**
   * These secrets and the credential {@code value}; for a {@code Cookie} header value, each cookie's value too, so
   * that {@code sid=abc} masks {@code abc} when a message quotes the value alone.
   */
  Secrets with(String value) {
    if (value == null) {
      return this;
    }
    List<String> more = new ArrayList<>(credentials);
    addIfLongEnough(more, value.trim());
    for (String pair : value.split(";")) {
      int eq = pair.indexOf('=');
      if (eq >= 0) {
        addIfLongEnough(more, pair.substring(eq + 1).trim());
      }
    }
    return new Secrets(more, ids);
  }

  /** These secrets and the id {@code value} (a session or user id the command was given). */
  Secrets withId(String value) {
    if (value == null) {
      return this;
    }
    List<String> more = new ArrayList<>(ids);
    addIfLongEnough(more, value.trim());
    return new Secrets(credentials, more);
  }

  /**
   * These secrets and the credentials of a proxy URL ({@code http://user:password@host:port}): the password as
   * written and percent-decoded, and {@code user:password}. Read leniently: an unparsable URL is refused later,
   * without being repeated.
   */
  Secrets withProxyUrl(String url) {
    if (url == null) {
      return this;
    }
    int start = url.indexOf("://");
    String rest = start < 0 ? url : url.substring(start + 3);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    int at = authority.lastIndexOf('@');
    if (at < 0) {
      return this;
    }
    String userInfo = authority.substring(0, at);
    int colon = userInfo.indexOf(':');
    Secrets secrets = withExactly(userInfo);
    if (colon >= 0) {
      String password = userInfo.substring(colon + 1);
      secrets = secrets.withExactly(password);
      try {
        secrets = secrets.withExactly(java.net.URLDecoder.decode(password.replace("+", "%2B"), "UTF-8"));
      } catch (IllegalArgumentException | java.io.UnsupportedEncodingException e) {
        // Not decodable: refused later as a malformed URL; the raw form is masked already.
      }
    }
    return secrets;
  }

  private Secrets withExactly(String value) {
    List<String> more = new ArrayList<>(credentials);
    addIfLongEnough(more, value);
    return new Secrets(more, ids);
  }

  /** These secrets and {@code other}'s. */
  Secrets merge(Secrets other) {
    return new Secrets(union(credentials, other.credentials), union(ids, other.ids));
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    for (String value : b) {
      if (!all.contains(value)) {
        all.add(value);
      }
    }
    return all;
  }

  private static void addIfLongEnough(List<String> values, String value) {
    if (value.length() >= MIN_LENGTH && !values.contains(value)) {
      values.add(value);
    }
  }

  /** Whether {@code value} is one of these secrets, of either kind. */
  boolean contains(String value) {
    return value != null && (credentials.contains(value) || ids.contains(value));
  }

  /** These secrets without {@code value}. */
  Secrets except(String value) {
    List<String> fewerCredentials = new ArrayList<>(credentials);
    fewerCredentials.remove(value);
    List<String> fewerIds = new ArrayList<>(ids);
    fewerIds.remove(value);
    return new Secrets(fewerCredentials, fewerIds);
  }

  /** {@code text} with every secret, credentials and ids, replaced by {@value #MASK}; {@code null} stays {@code null}. */
  String mask(String text) {
    return replace(replace(text, credentials), ids);
  }

  /** {@code text} with every credential replaced by {@value #MASK}; for results, which may show the ids. */
  String maskCredentials(String text) {
    return replace(text, credentials);
  }

  private static String replace(String text, List<String> values) {
    if (text == null || values.isEmpty()) {
      return text;
    }
    String masked = text;
    for (String value : values) {
      masked = masked.replace(value, MASK);
    }
    return masked;
  }

  @Override
  public String toString() {
    return "Secrets{" + credentials.size() + " credentials, " + ids.size() + " ids}";
  }
}
