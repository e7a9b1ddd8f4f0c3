package io.typedclient.runtime;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A request as a {@link CallObserver} sees it: what can be recorded without recording a secret. The method, the
 * scheme, host and port, and the names its {@link Invocation} carries (operation, interface, method, path
 * template); never the filled path, the query, a header value or the body, since a path value such as a session
 * id is as good as the session's cookie. Immutable.
 */
public final class ObservedRequest {
  /** What {@link #redactedUrl()} puts in place of each path value. */
  public static final String REDACTED = "REDACTED";

  private final String method;
  private final String scheme;
  private final String host;
  private final int port;
  private final boolean explicitPort;
  private final Invocation invocation;
  private @Nullable String redactedUrl;

  private ObservedRequest(String method, URI uri, Invocation invocation) {
    this.method = method;
    this.scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    this.host = uri.getHost();
    this.explicitPort = uri.getPort() != -1;
    this.port = explicitPort ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    this.invocation = invocation;
  }

  static ObservedRequest of(HttpRequest request) {
    return new ObservedRequest(request.method(), request.uri(), request.invocation());
  }

  /** Whether {@code request} would be described exactly as this one is (so that one instance serves both). */
  boolean describes(HttpRequest request) {
    URI uri = request.uri();
    return request.invocation() == invocation
        && request.method().equals(method)
        && host.equals(uri.getHost())
        && (uri.getPort() == -1 ? !explicitPort : uri.getPort() == port)
        && scheme.equalsIgnoreCase(uri.getScheme());
  }

  /** {@code GET}, {@code POST}, ...: upper case, as sent. */
  public String method() {
    return method;
  }

  /** {@code https} or {@code http}. */
  public String scheme() {
    return scheme;
  }

  /** The host, as the request URI names it (an IPv6 literal keeps its brackets). */
  public String host() {
    return host;
  }

  /** The port: the URI's, or the scheme's default (443 for https, 80 for http) when the URI names none. */
  public int port() {
    return port;
  }

  /** What made the request, such as {@code "SessionApi.getSession"}; empty when not known. */
  public String operation() {
    return invocation.operation();
  }

  /** The {@code @HttpApi} interface's simple name, such as {@code "SessionApi"}; empty when not known. */
  public String api() {
    return invocation.api();
  }

  /** The interface method's name, such as {@code "getSession"}; empty when not known. */
  public String apiMethod() {
    return invocation.apiMethod();
  }

  /**
   * The whole path template, such as {@code "/api/v1/sessions/{sessionId}"}: the route, low in cardinality, that
   * metrics and traces group by. Empty for a request that was not built from a template (one built by hand with
   * {@link HttpRequest#builder}); its path is then not known here at all.
   */
  public String pathTemplate() {
    return invocation.pathTemplate();
  }

  /**
   * The URL with {@value #REDACTED} in place of each path value and without the query:
   * {@code https://dev-123456.okta.com/api/v1/sessions/REDACTED}. Scheme, host and port only when the request
   * has no {@link #pathTemplate()}. For fields that want a URL (OpenTelemetry's {@code url.full}) where the real
   * one would carry secrets.
   */
  public String redactedUrl() {
    String url = redactedUrl;
    if (url == null) {
      StringBuilder out = new StringBuilder(64).append(scheme).append("://").append(host);
      if (explicitPort) {
        out.append(':').append(port);
      }
      String template = invocation.pathTemplate();
      for (int i = 0; i < template.length(); i++) {
        char c = template.charAt(i);
        int close = c == '{' ? template.indexOf('}', i) : -1;
        if (close > i) {
          out.append(REDACTED);
          i = close;
        } else {
          out.append(c);
        }
      }
      url = out.toString();
      redactedUrl = url;
    }
    return url;
  }

  /** {@code GET https://host/api/v1/sessions/{sessionId} (SessionApi.getSession)}: names only, never a value. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(64).append(method).append(' ').append(scheme).append("://").append(host);
    if (explicitPort) {
      out.append(':').append(port);
    }
    out.append(invocation.pathTemplate());
    String operation = invocation.operation();
    return operation.isEmpty() ? out.toString() : out.append(" (").append(operation).append(')').toString();
  }
}
