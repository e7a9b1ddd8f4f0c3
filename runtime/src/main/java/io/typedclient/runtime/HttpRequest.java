package io.typedclient.runtime;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable HTTP request as it is handed to interceptors and to the {@link HttpTransport}: method, absolute
 * URI, headers, the body (bytes, or a {@link BodySource} streamed while it is sent), and the limits the transport
 * must apply to this exchange.
 *
 * <p>It holds no {@code java.net.http} type, so a transport can be written for any HTTP stack. The body array
 * is never exposed for writing: {@link #body()} returns a copy.
 *
 * <p>It also carries its {@link Invocation}: what made it (the interface and method, the path template and the
 * values that filled it), for interceptors and messages.
 *
 * <p>{@link #toString()} prints the method, the URI with the path template instead of the filled path and
 * without its query, and the operation; never header values or the body.
 */
public final class HttpRequest {
  private final String method;
  private final URI uri;
  private final HttpHeaders headers;
  private final byte @Nullable [] body;
  private final @Nullable BodySource bodySource;
  private final Duration timeout;
  private final long maxResponseBytes;
  private final Invocation invocation;

  private HttpRequest(Builder builder, String method, URI uri) {
    this.method = method;
    this.uri = uri;
    this.headers = builder.headers;
    this.body = builder.body;
    this.bodySource = builder.bodySource;
    this.timeout = builder.timeout;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.invocation = builder.invocation;
  }

  /** A builder for a request; {@code method} is upper-cased, {@code uri} must be absolute. */
  public static Builder builder(String method, URI uri) {
    return new Builder().method(method).uri(uri);
  }

  /** A builder that starts as a copy of this request, its {@link #invocation()} included. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.method = method;
    builder.uri = uri;
    builder.headers = headers;
    builder.body = body;
    builder.bodySource = bodySource;
    builder.timeout = timeout;
    builder.maxResponseBytes = maxResponseBytes;
    builder.invocation = invocation;
    return builder;
  }

  /** {@code GET}, {@code POST}, ... */
  public String method() {
    return method;
  }

  /** The absolute request URI, already percent-encoded. */
  public URI uri() {
    return uri;
  }

  /** The request headers. */
  public HttpHeaders headers() {
    return headers;
  }

  /** Whether the request has a body, in memory or streamed. */
  public boolean hasBody() {
    return body != null || bodySource != null;
  }

  /**
   * Where a streamed body comes from, or {@code null} when the body is in memory ({@link #body()}) or there is
   * none. A transport sends it chunked, with no {@code Content-Length}, reading it as it goes.
   */
  public @Nullable BodySource bodySource() {
    return bodySource;
  }

  /** A copy of the body bytes, or {@code null} when the request has no body or a streamed one. */
  public byte @Nullable [] body() {
    return body == null ? null : body.clone();
  }

  /** Body length in bytes; {@code -1} when there is no body or a streamed one. */
  public int bodyLength() {
    return body == null ? -1 : body.length;
  }

  /** The body for transports that hand bytes to an API that does not keep or modify them. */
  byte @Nullable [] bodyUnsafe() {
    return body;
  }

  /** Time allowed from sending the request to the end of the response body; never null. */
  public Duration timeout() {
    return timeout;
  }

  /** The largest response body the transport may read; a longer one fails the exchange. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * What made this request: the operation ({@code "SessionApi.getSession"}), the path template and the values
   * that filled it. Never null: a request built with {@link #builder} and given none has {@link Invocation#none()}.
   */
  public Invocation invocation() {
    return invocation;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof HttpRequest)) {
      return false;
    }
    HttpRequest other = (HttpRequest) o;
    return method.equals(other.method)
        && uri.equals(other.uri)
        && headers.equals(other.headers)
        && Arrays.equals(body, other.body)
        && Objects.equals(bodySource, other.bodySource)
        && timeout.equals(other.timeout)
        && maxResponseBytes == other.maxResponseBytes
        && invocation.equals(other.invocation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, uri, headers, Arrays.hashCode(body), bodySource, timeout, maxResponseBytes, invocation);
  }

  /**
   * {@code GET https://example.okta.com/api/v1/sessions/{sessionId} (SessionApi.getSession)}: the path template
   * when there is one, never the query, header values or body.
   */
  @Override
  public String toString() {
    String operation = invocation.operation();
    return method + " " + redactedUri() + (operation.isEmpty() ? "" : " (" + operation + ")");
  }

  /**
   * The URI as messages and logs may print it: scheme, host, port and the invocation's path template (or the
   * path when the request has no template); never user info, query or fragment.
   */
  public String redactedUri() {
    StringBuilder out = new StringBuilder(64).append(uri.getScheme()).append("://").append(uri.getHost());
    if (uri.getPort() != -1) {
      out.append(':').append(uri.getPort());
    }
    String template = invocation.pathTemplate();
    String path = template.isEmpty() ? uri.getRawPath() : template;
    return out.append(path == null ? "" : path).toString();
  }

  /** Builds {@link HttpRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable String method;
    private @Nullable URI uri;
    private HttpHeaders headers = HttpHeaders.empty();
    private byte @Nullable [] body;
    private @Nullable BodySource bodySource;
    private Duration timeout = Duration.ofSeconds(30);
    private long maxResponseBytes = ClientConfig.DEFAULT_MAX_RESPONSE_BODY_BYTES;
    private Invocation invocation = Invocation.none();

    private Builder() {}

    /** The method, an RFC 9110 token; upper-cased. */
    public Builder method(String method) {
      Objects.requireNonNull(method, "method");
      if (!HttpHeaders.isToken(method)) {
        throw new IllegalArgumentException("HTTP method \"" + method + "\" is not a token (letters, digits, !#$%&'*+-.^_`|~)");
      }
      this.method = method.toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * The absolute http or https URI, already percent-encoded. User info and fragments are refused: neither is
     * ever sent, so either one is a mistake (and user info a credential that would end up in logs).
     */
    public Builder uri(URI uri) {
      Objects.requireNonNull(uri, "uri");
      String scheme = uri.getScheme();
      if (!uri.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        throw new IllegalArgumentException(
            "request URI must be absolute with scheme http or https; got " + (scheme == null ? "no scheme" : "scheme " + scheme));
      }
      if (uri.getHost() == null) {
        throw new IllegalArgumentException(
            "request URI has no host, or a host that is not a valid name (underscores, for example, are not allowed)");
      }
      if (uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException("request URI for host " + uri.getHost() + " must not contain user info");
      }
      if (uri.getRawFragment() != null) {
        throw new IllegalArgumentException("request URI for host " + uri.getHost() + " must not have a fragment");
      }
      this.uri = uri;
      return this;
    }

    /** Replaces all headers. */
    public Builder headers(HttpHeaders headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /** Replaces every value of {@code name} with {@code value}. */
    public Builder header(String name, String value) {
      this.headers = headers.with(name, value);
      return this;
    }

    /** Adds a value of {@code name}. */
    public Builder addHeader(String name, String value) {
      this.headers = headers.plus(name, value);
      return this;
    }

    /** Removes every value of {@code name}. */
    public Builder removeHeader(String name) {
      this.headers = headers.without(name);
      return this;
    }

    /** The body bytes (copied), or {@code null} for none; replaces a {@link #bodySource}. */
    public Builder body(byte @Nullable [] body) {
      this.body = body == null ? null : body.clone();
      this.bodySource = null;
      return this;
    }

    /** A body streamed from {@code source} while it is sent, or {@code null} for none; replaces {@link #body}. */
    public Builder bodySource(BodySource source) {
      this.bodySource = source;
      this.body = null;
      return this;
    }

    /** Takes ownership of {@code body} without copying; the caller must not modify it afterwards. */
    Builder bodyOwned(byte @Nullable [] body) {
      this.body = body;
      this.bodySource = null;
      return this;
    }

    /** Time allowed for the exchange; positive. */
    public Builder timeout(Duration timeout) {
      this.timeout = Durations.positive(timeout, "timeout");
      return this;
    }

    /** The largest response body the transport may read; positive. */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive: " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * What made this request; see {@link HttpRequest#invocation()}. {@link ClientRuntime#request} sets it; an
     * interceptor that builds a new request for the same call passes the old one's on.
     */
    public Builder invocation(Invocation invocation) {
      this.invocation = Objects.requireNonNull(invocation, "invocation");
      return this;
    }

    /** The request. */
    public HttpRequest build() {
      if (method == null || uri == null) {
        throw new IllegalStateException("method and uri are required");
      }
      return new HttpRequest(this, method, uri);
    }
  }
}
