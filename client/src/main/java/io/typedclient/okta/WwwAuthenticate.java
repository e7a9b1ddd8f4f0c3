package io.typedclient.okta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The challenges of {@code WWW-Authenticate} headers (RFC 9110, section 11.6.1): a scheme and its parameters,
 * such as Okta's {@code DPoP algs="ES256 ...", error="invalid_dpop_proof", error_description="'htu' claim ..."}.
 * Reading never throws: text that does not parse ends the challenge it is in.
 */
final class WwwAuthenticate {
  /** One challenge: its scheme (as sent) and parameters (names lower-cased). */
  static final class Challenge {
    final String scheme;
    final Map<String, String> parameters;

    Challenge(String scheme, Map<String, String> parameters) {
      this.scheme = scheme;
      this.parameters = Collections.unmodifiableMap(parameters);
    }

    @Nullable String parameter(String name) {
      return parameters.get(name);
    }

    boolean isDpop() {
      return scheme.equalsIgnoreCase("DPoP");
    }
  }

  private final List<Challenge> challenges;

  private WwwAuthenticate(List<Challenge> challenges) {
    this.challenges = challenges;
  }

  /** The challenges of every value of the header, in order. */
  static WwwAuthenticate of(List<String> headerValues) {
    List<Challenge> challenges = new ArrayList<>();
    for (String value : headerValues) {
      if (value != null && value.length() <= 8192) {
        new Parser(value).parse(challenges);
      }
    }
    return new WwwAuthenticate(challenges);
  }

  List<Challenge> challenges() {
    return challenges;
  }

  /** The first challenge with an {@code error}, a DPoP one before others; {@code null} when none has one. */
  @Nullable Challenge withError() {
    Challenge other = null;
    for (Challenge challenge : challenges) {
      if (challenge.parameter("error") != null) {
        if (challenge.isDpop()) {
          return challenge;
        }
        if (other == null) {
          other = challenge;
        }
      }
    }
    return other;
  }

  /** The {@code error} of {@link #withError()}, or {@code null}. */
  @Nullable String error() {
    Challenge challenge = withError();
    return challenge == null ? null : challenge.parameter("error");
  }

  private static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    void parse(List<Challenge> out) {
      skipSeparators();
      while (at < text.length()) {
        String scheme = token();
        if (scheme.isEmpty()) {
          return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        out.add(new Challenge(scheme, parameters));
        skipSpaces();
        skipToken68();
        while (at < text.length()) {
          skipSeparators();
          int mark = at;
          String name = token();
          skipSpaces();
          if (name.isEmpty()) {
            return;
          }
          if (at >= text.length() || text.charAt(at) != '=') {
            at = mark;
            break;
          }
          at++;
          skipSpaces();
          String value = at < text.length() && text.charAt(at) == '"' ? quoted() : token();
          parameters.put(name.toLowerCase(Locale.ROOT), value);
          skipSpaces();
          if (at < text.length() && text.charAt(at) != ',') {
            return;
          }
        }
      }
    }

    /** A token68 after the scheme ({@code Basic abc==}) is skipped; parameters may still follow a comma. */
    private void skipToken68() {
      int mark = at;
      while (at < text.length() && (isTokenChar(text.charAt(at)) || text.charAt(at) == '~')) {
        at++;
      }
      if (at == mark) {
        return;
      }
      while (at < text.length() && text.charAt(at) == '=') {
        at++;
      }
      skipSpaces();
      if (at < text.length() && text.charAt(at) != ',') {
        at = mark;
      }
    }

    private String token() {
      int start = at;
      while (at < text.length() && isTokenChar(text.charAt(at))) {
        at++;
      }
      return text.substring(start, at);
    }

    private String quoted() {
      StringBuilder value = new StringBuilder();
      at++;
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return value.toString();
        }
        if (c == '\\' && at < text.length()) {
          c = text.charAt(at++);
        }
        value.append(c);
      }
      return value.toString();
    }

    private void skipSpaces() {
      while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
        at++;
      }
    }

    private void skipSeparators() {
      while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == ',')) {
        at++;
      }
    }

    private static boolean isTokenChar(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~/".indexOf(c) >= 0;
    }
  }
}
