package io.typedclient.okta.cli;

import io.typedclient.okta.OktaApiException;
import io.typedclient.okta.OktaConfigurationException;
import io.typedclient.runtime.HttpStatusException;
import io.typedclient.runtime.ProxyAuthenticationException;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.ResponseDecodingException;
import io.typedclient.runtime.ResponseTooLargeException;
import io.typedclient.runtime.TransportException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a command failed, as an exit code and what stderr says: several aligned lines for people, or one JSON
 * object with {@code --json}. Every text is masked with the run's {@link Secrets} (a hostile server can echo a
 * token in any field, the request id included), and what people read is escaped by {@link TerminalText} (a
 * server's control characters must not act on the terminal); no stack trace is printed unless the failure was
 * unexpected and {@code --verbose} asked for it.
 */
final class Failure {
  private final int exitCode;
  private final String kind;
  private final String headline;
  private final Map<String, Object> fields;
  private final String hint;
  private final Throwable unexpected;

  private Failure(int exitCode, String kind, String headline, Map<String, Object> fields, String hint, Throwable unexpected) {
    this.exitCode = exitCode;
    this.kind = kind;
    this.headline = headline;
    this.fields = Collections.unmodifiableMap(fields);
    this.hint = hint;
    this.unexpected = unexpected;
  }

  /** Classifies {@code failure}; {@code now} places a rate-limit reset in time, {@code secrets} masks every text. */
  static Failure of(Throwable failure, Secrets secrets, Instant now) {
    if (failure instanceof OktaApiException) {
      return okta((OktaApiException) failure, secrets, now);
    }
    if (failure instanceof ConfigurationException || failure instanceof OktaConfigurationException) {
      return new Failure(ExitCode.USAGE, "configuration", secrets.mask(failure.getMessage()), new LinkedHashMap<>(),
          "Run 'okta-sessions --help' for usage.", null);
    }
    if (failure instanceof IllegalArgumentException) {
      // The runtime refuses arguments before a request exists (a header value with a line break, say).
      return new Failure(ExitCode.USAGE, "usage", "invalid input: " + secrets.mask(String.valueOf(failure.getMessage())),
          new LinkedHashMap<>(), "Run 'okta-sessions --help' for usage.", null);
    }
    if (failure instanceof DeadlineExceededException || failure instanceof RequestTimeoutException) {
      return new Failure(ExitCode.NETWORK, "timeout", "timed out: " + secrets.mask(failure.getMessage()),
          new LinkedHashMap<>(), "Check the org URL and your network, or allow more time with --timeout SECONDS.", null);
    }
    if (failure instanceof ProxyAuthenticationException) {
      return new Failure(ExitCode.NETWORK, "proxy", "proxy refused: " + secrets.mask(failure.getMessage()),
          new LinkedHashMap<>(), "Check the proxy's user name and password: --proxy http://user:password@host:port, "
              + "OKTA_CLIENT_PROXY_USERNAME and OKTA_CLIENT_PROXY_PASSWORD, or HTTPS_PROXY.", null);
    }
    if (failure instanceof TransportException && untrustedCertificate(failure)) {
      return new Failure(ExitCode.NETWORK, "network", "network failure: " + secrets.mask(failure.getMessage()),
          new LinkedHashMap<>(), "The server's certificate is not trusted, or not issued for this host. Behind a proxy "
              + "that inspects TLS, pass its CA certificate with --ca-cert FILE.", null);
    }
    if (failure instanceof TransportException) {
      return new Failure(ExitCode.NETWORK, "network", "network failure: " + secrets.mask(failure.getMessage()),
          new LinkedHashMap<>(), "Check the org URL (--org-url or OKTA_CLIENT_ORGURL) and your network.", null);
    }
    if (failure instanceof ResponseDecodingException
        || failure instanceof ResponseTooLargeException
        || failure instanceof HttpStatusException) {
      return new Failure(ExitCode.OKTA_ERROR, "response", "unusable answer from Okta: " + secrets.mask(failure.getMessage()),
          new LinkedHashMap<>(), "Check that the org URL (--org-url or OKTA_CLIENT_ORGURL) is your Okta org.", null);
    }
    String what = failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : ": " + secrets.mask(failure.getMessage()));
    return new Failure(ExitCode.INTERNAL, "internal", "unexpected failure: " + what, new LinkedHashMap<>(),
        "Rerun with --verbose for details.", failure);
  }

  /** Whether TLS failed on the server's certificate: unknown CA, expired, or for another host. */
  private static boolean untrustedCertificate(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CertificateException || t instanceof CertPathValidatorException
          || t instanceof CertPathBuilderException) {
        return true;
      }
    }
    return false;
  }

  private static Failure okta(OktaApiException e, Secrets secrets, Instant now) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", e.status());
    fields.put("errorCode", secrets.mask(e.errorCode()));
    fields.put("errorSummary", secrets.mask(e.errorSummary()));
    List<String> causes = new ArrayList<>();
    for (String cause : e.errorCauses()) {
      causes.add(secrets.mask(cause));
    }
    fields.put("errorCauses", causes.isEmpty() ? null : causes);
    fields.put("errorId", secrets.mask(e.errorId()));
    fields.put("requestId", secrets.mask(e.requestId()));
    if (e.errorCode() == null && !e.bodyExcerpt().isEmpty()) {
      // Not Okta's error JSON (a proxy's page, say): the start of it is the only clue. Masked whole, then cut.
      String body = foldWhitespace(secrets.mask(e.bodyExcerpt()));
      fields.put("body", body.length() > 200 ? body.substring(0, 200) + "..." : body);
    }
    String hint = null;
    if (e.isRateLimited()) {
      Instant reset = e.rateLimit().resetAt().orElse(null);
      if (reset != null) {
        fields.put("rateLimitResetAt", SessionText.instant(reset));
        hint = "The rate limit resets at " + SessionText.instant(reset) + " (" + RelativeTime.describe(reset, now)
            + "); retries stop at --max-retries or --timeout.";
      }
    } else if (e.oauthError() != null) {
      fields.put("oauthError", e.oauthError());
      fields.put("oauthErrorDescription", secrets.mask(e.oauthErrorDescription()));
      hint = "Okta refused the service app's token request or token: check --client-id, --private-key, --key-id, "
          + "the scopes granted to the app in Okta, and its DPoP setting.";
    } else if (e.isInvalidToken()) {
      hint = "Check the token (--token, --access-token or OKTA_CLIENT_TOKEN) and that it belongs to this org.";
    }
    String headline = ("Okta answered " + e.status() + " " + HttpStatus.reason(e.status())).trim();
    return new Failure(ExitCode.OKTA_ERROR, "okta", headline, fields, hint, null);
  }

  int exitCode() {
    return exitCode;
  }

  /** Writes the failure to {@code err}: one JSON object, or lines for people (with the stack trace when verbose). */
  void print(PrintWriter err, boolean json, boolean verbose, Secrets secrets) {
    if (json) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("error", kind);
      if (fields.isEmpty()) {
        object.put("message", headline);
      } else {
        object.putAll(fields);
      }
      err.println(JsonOutput.object(object));
    } else {
      err.println("okta-sessions: " + TerminalText.escape(headline));
      int width = 0;
      for (Map.Entry<String, Object> field : fields.entrySet()) {
        if (field.getValue() != null) {
          width = Math.max(width, field.getKey().length());
        }
      }
      for (Map.Entry<String, Object> field : fields.entrySet()) {
        Object value = field.getValue();
        if (value == null) {
          continue;
        }
        String text = value instanceof List ? String.join("; ", stringList((List<?>) value)) : value.toString();
        err.println("  " + pad(field.getKey(), width + 2) + TerminalText.escape(text));
      }
      if (hint != null) {
        err.println(hint);
      }
    }
    if (verbose && unexpected != null) {
      StringWriter trace = new StringWriter();
      unexpected.printStackTrace(new PrintWriter(trace));
      for (String line : secrets.mask(trace.toString()).split("\r?\n")) {
        // A stack trace's own lines start with a tab; anything else a message carried is escaped.
        err.println(line.startsWith("\t") ? "\t" + TerminalText.escape(line.substring(1)) : TerminalText.escape(line));
      }
    }
    err.flush();
  }

  private static List<String> stringList(List<?> values) {
    List<String> out = new ArrayList<>(values.size());
    for (Object value : values) {
      out.add(String.valueOf(value));
    }
    return out;
  }

  static String pad(String text, int width) {
    StringBuilder out = new StringBuilder(text);
    while (out.length() < width) {
      out.append(' ');
    }
    return out.toString();
  }

  /** An excerpt of a page as one line: each run of spaces, tabs and line breaks becomes one space. */
  private static String foldWhitespace(String text) {
    return text.replaceAll("[ \\t\\r\\n]+", " ").trim();
  }

  @Override
  public String toString() {
    return "Failure{" + kind + ", exit " + exitCode + "}";
  }
}
