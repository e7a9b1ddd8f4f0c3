package io.typedclient.okta.cli;

import io.typedclient.okta.OktaSessions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.function.Function;

/**
 * The connection settings of one run, resolved from the global options and then the environment
 * ({@value OktaSessions#ORG_URL_VARIABLE}, {@value OktaSessions#TOKEN_VARIABLE}), and checked before anything is
 * sent. Immutable.
 *
 * @param orgUrl the org URL as given
 * @param orgUrlSource where it came from, for messages: {@code --org-url} or the variable's name
 * @param apiToken the API token ({@code SSWS}), or {@code null}
 * @param accessToken the OAuth 2.0 access token ({@code Bearer}), or {@code null}
 * @param maxRetries retries per call, 0 or more ({@link #parseMaxRetries})
 * @param timeout the whole command's time limit, retries included
 */
record Settings(String orgUrl, String orgUrlSource, String apiToken, String accessToken, int maxRetries, Duration timeout) {
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  static final Duration MAX_TIMEOUT = Duration.ofHours(1);
  /** The connect timeout never exceeds the client's own default. */
  static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Settings from the options, falling back to {@code environment}.
   *
   * @param credentialsRequired whether the command needs a token (the current-session commands authenticate with
   *     the user's cookie, and a service app brings its own)
   * @throws ConfigurationException saying what is missing or wrong and how to provide it
   */
  static Settings resolve(
      String orgUrlOption, String tokenOption, String accessTokenOption, int maxRetries, Duration timeout,
      Function<String, String> environment, boolean credentialsRequired) {
    String orgUrl = orgUrlOption;
    String orgUrlSource = "--org-url";
    if (orgUrl == null) {
      orgUrl = read(environment, OktaSessions.ORG_URL_VARIABLE);
      orgUrlSource = OktaSessions.ORG_URL_VARIABLE;
    }
    if (orgUrl == null || orgUrl.isBlank()) {
      throw new ConfigurationException("no Okta org URL: pass --org-url https://dev-123456.okta.com or set "
          + OktaSessions.ORG_URL_VARIABLE);
    }
    String apiToken = blankToNull(tokenOption, "--token");
    String accessToken = blankToNull(accessTokenOption, "--access-token");
    if (apiToken == null && accessToken == null) {
      apiToken = read(environment, OktaSessions.TOKEN_VARIABLE);
    }
    if (credentialsRequired && apiToken == null && accessToken == null) {
      throw new ConfigurationException("no Okta API token: pass --token TOKEN (or --access-token TOKEN for an OAuth "
          + "2.0 access token, or --client-id ID --private-key FILE for a service app) or set "
          + OktaSessions.TOKEN_VARIABLE);
    }
    return new Settings(orgUrl.trim(), orgUrlSource, apiToken, accessToken, maxRetries, timeout);
  }

  /** The connect timeout: the command's timeout, at most {@link #MAX_CONNECT_TIMEOUT}. */
  Duration connectTimeout() {
    return timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
  }

  /**
   * Parses {@code --timeout}: seconds, a positive decimal such as {@code 10} or {@code 0.5}, at most an hour.
   *
   * @throws IllegalArgumentException with a message for the usage error
   */
  static Duration parseTimeout(String text) {
    BigDecimal seconds;
    try {
      seconds = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a number of seconds, such as 10 or 0.5");
    }
    if (seconds.signum() <= 0 || seconds.compareTo(BigDecimal.valueOf(MAX_TIMEOUT.getSeconds())) > 0) {
      throw new IllegalArgumentException("must be more than 0 and at most " + MAX_TIMEOUT.getSeconds() + " seconds, not " + text);
    }
    long millis = seconds.movePointRight(3).setScale(0, java.math.RoundingMode.UP).longValueExact();
    return Duration.ofMillis(millis);
  }

  /**
   * Parses {@code --max-retries}: a whole number, 0 (no retries) or more.
   *
   * @throws IllegalArgumentException with a message for the usage error
   */
  static int parseMaxRetries(String text) {
    BigInteger retries;
    try {
      retries = new BigInteger(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a whole number of retries, such as 0 (no retries) or 4");
    }
    if (retries.signum() < 0) {
      throw new IllegalArgumentException("must be 0 (no retries) or more, not " + text);
    }
    if (retries.bitLength() >= Integer.SIZE) {
      throw new IllegalArgumentException("must be at most " + Integer.MAX_VALUE + ", not " + text);
    }
    return retries.intValue();
  }

  /** A duration as seconds for messages: {@code 30}, {@code 0.5}. */
  static String seconds(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
  }

  static String read(Function<String, String> environment, String name) {
    String value = environment.apply(name);
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String blankToNull(String value, String option) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw new ConfigurationException(option + " is empty");
    }
    return value.trim();
  }

  /** Never prints a token. */
  @Override
  public String toString() {
    return "Settings{orgUrl=" + orgUrl + " (" + orgUrlSource + "), auth="
        + (apiToken != null ? "SSWS" : accessToken != null ? "Bearer" : "none") + ", maxRetries=" + maxRetries
        + ", timeout=" + seconds(timeout) + " s}";
  }
}
