package io.typedclient.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import io.typedclient.runtime.internal.UrlEncoding;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Builds one request for a generated method: the path from literal parts and encoded segments (or a whole
 * {@link #url URL} of the base URL's origin), query parameters, headers, one body (JSON, a {@link RequestBody},
 * form fields or multipart parts), a timeout of its own, and the request's {@link Invocation} from the same
 * calls (each path and query value by name). Created by {@link ClientRuntime#request}; not thread-safe, used
 * once.
 *
 * <p>Generated code calls it in this shape:
 * <pre>
 * HttpRequest request = runtime.request("GET", "/api/v1/sessions/{sessionId}", "SessionApi", "getSession")
 *     .appendPath("/api/v1/sessions/")
 *     .appendPathSegment("sessionId", sessionId)
 *     .query("expand", expand)
 *     .header("Accept", "application/json")
 *     .build();
 * </pre>
 */
public final class RequestBuilder {
  private static final String JSON = "application/json; charset=utf-8";

  private final ClientConfig config;
  private final String method;
  private final Invocation.Builder invocation;
  private final StringBuilder url;
  private final HttpHeaders.Builder headers = HttpHeaders.builder();
  private boolean hasQuery;
  private boolean hasPath;
  private byte @Nullable [] body;
  private @Nullable RequestBody rawBody;
  private @Nullable FormBody form;
  private @Nullable Multipart multipart;
  private @Nullable Duration timeout;

  /**
   * {@code api} is the simple name of the interface and {@code nameInApi} its method, or {@code api} is
   * {@code null} and {@code nameInApi} is the whole operation name.
   */
  RequestBuilder(ClientConfig config, String method, String pathTemplate, @Nullable String api, String nameInApi) {
    this.config = config;
    this.method = method;
    this.invocation = api == null ? Invocation.builder(nameInApi) : Invocation.builder(api, nameInApi);
    String basePath = config.basePath();
    invocation.pathTemplate(basePath.isEmpty() ? pathTemplate : basePath + pathTemplate);
    this.url = new StringBuilder(128).append(config.baseUrlText());
  }

  /** Appends literal path text, checked by the processor; sent as written. */
  public RequestBuilder appendPath(String literal) {
    checkNoQueryYet();
    hasPath = true;
    url.append(literal);
    return this;
  }

  /**
   * Appends {@code value} as exactly one percent-encoded path segment. A {@code null}, empty, {@code "."} or
   * {@code ".."} value is refused with {@link IllegalArgumentException}.
   */
  public RequestBuilder appendPathSegment(String name, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("path parameter \"" + name + "\" of " + invocation.operation() + " is null");
    }
    checkNoQueryYet();
    hasPath = true;
    String text = String.valueOf(value);
    url.append(UrlEncoding.pathSegment(name, text));
    invocation.pathValue(name, text);
    return this;
  }

  private void checkNoQueryYet() {
    if (hasQuery) {
      throw new IllegalStateException("the path of " + invocation.operation() + " must be complete before query parameters are added");
    }
  }

  /**
   * Adds a query parameter, name and value percent-encoded; {@code null} leaves it out. An {@link Iterable} or
   * an array adds one parameter per non-null element.
   */
  public RequestBuilder query(String name, @Nullable Object value) {
    Objects.requireNonNull(name, "query parameter name");
    if (value == null) {
      return this;
    }
    if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        query(name, element);
      }
      return this;
    }
    if (value instanceof Object[]) {
      for (Object element : (Object[]) value) {
        query(name, element);
      }
      return this;
    }
    String text = String.valueOf(value);
    url.append(hasQuery ? '&' : '?')
        .append(UrlEncoding.queryComponent(name, name))
        .append('=')
        .append(UrlEncoding.queryComponent(name, text));
    invocation.queryValue(name, text);
    hasQuery = true;
    return this;
  }

  /**
   * Adds a query parameter once per element of {@code values}, in order, each as {@code text} gives it; a
   * {@code null} {@code values}, element or text is left out. Generated code sends an {@code Iterable} of enums this
   * way, each by its JSON name: {@code .query("genre", genres, BookApiClient::genreJsonName)}.
   */
  public <T> RequestBuilder query(
      String name, @Nullable Iterable<? extends @Nullable T> values, Function<? super T, @Nullable String> text) {
    Objects.requireNonNull(name, "query parameter name");
    if (values == null) {
      return this;
    }
    for (T value : values) {
      if (value != null) {
        query(name, text.apply(value));
      }
    }
    return this;
  }

  /**
   * Adds one query parameter per entry of {@code map}, each as {@link #query} adds it ({@code null} values left
   * out); {@code parameter} names the map in messages. A {@code null} map or key is refused with
   * {@link IllegalArgumentException}.
   */
  public RequestBuilder queryMap(String parameter, @Nullable Map<String, ?> map) {
    for (Map.Entry<String, ?> entry : entries("@QueryMap", parameter, map)) {
      query(entry.getKey(), entry.getValue());
    }
    return this;
  }

  /**
   * Adds one header per entry of {@code map}, each as {@link #header} adds it ({@code null} values left out);
   * {@code parameter} names the map in messages. A {@code null} map or key, a name that is not a token or one
   * the transport owns ({@code Host}, {@code Content-Length}...), and a value with CR, LF or NUL are refused with
   * {@link IllegalArgumentException}.
   */
  public RequestBuilder headerMap(String parameter, @Nullable Map<String, ?> map) {
    for (Map.Entry<String, ?> entry : entries("@HeaderMap", parameter, map)) {
      RestrictedHeaders.check(entry.getKey());
      header(entry.getKey(), entry.getValue());
    }
    return this;
  }

  /**
   * Sends the request to {@code url} (a {@code String} or {@code URI}), absolute or relative to the base URL, in
   * place of a path: {@code "items?page=2"} under the base URL {@code https://h/api} is {@code /api/items?page=2},
   * {@code "/items"} is {@code /items}. Only URLs of the base URL's origin (scheme, host and port), or of an origin
   * the configuration trusts ({@link ClientConfig.Builder#allowUrlOrigin}), are accepted: anything else, and a
   * URL with user info or a fragment, is refused with {@link IllegalArgumentException} before it is sent, so that
   * a link from a response never takes the client's credentials elsewhere. The message names the two origins,
   * never the path or query.
   */
  public RequestBuilder url(Object url) {
    if (url == null) {
      throw new IllegalArgumentException("@Url of " + invocation.operation() + " is null");
    }
    if (hasPath || hasQuery) {
      throw new IllegalStateException("@Url of " + invocation.operation() + " must come before any path or query");
    }
    URI target;
    try {
      URI given = url instanceof URI ? (URI) url : new URI(String.valueOf(url));
      // Relative URLs resolve against the base URL as a directory: "items" under https://h/api is /api/items.
      String base = config.baseUrlText();
      target = URI.create(base.endsWith("/") ? base : base + "/").resolve(given);
    } catch (URISyntaxException | IllegalArgumentException e) {
      // The URL may hold secrets (a cursor, a token): only where it is wrong is said.
      String reason = e instanceof URISyntaxException ? ((URISyntaxException) e).getReason() : "not a valid URI";
      throw new IllegalArgumentException("@Url of " + invocation.operation() + " is not a valid URL: " + reason, null);
    }
    String origin = Origins.of(target);
    String base = Origins.of(config.baseUrl());
    if (!origin.equals(base) && !config.urlOrigins().contains(origin)) {
      throw new IllegalArgumentException("@Url of " + invocation.operation() + " has the origin " + origin
          + ", but the client's base URL has the origin " + base + "; @Url accepts only URLs of the base URL's"
          + " origin, so that the client's credentials are never sent elsewhere (ClientConfig.Builder"
          + ".allowUrlOrigin trusts another)");
    }
    if (target.getRawUserInfo() != null || target.getRawFragment() != null) {
      throw new IllegalArgumentException("@Url of " + invocation.operation() + " has "
          + (target.getRawUserInfo() != null ? "user info" : "a fragment") + ", which is never sent; remove it");
    }
    this.url.setLength(0);
    this.url.append(target.toASCIIString());
    hasPath = true;
    hasQuery = target.getRawQuery() != null;
    // The path given at call time may hold ids as secret as a filled template's: messages print "/{url}", and
    // the path is the value of "url", masked as path values are.
    invocation.pathTemplate("/{url}");
    invocation.pathValue("url", target.getRawPath() == null ? "" : target.getRawPath());
    return this;
  }

  /** The request timeout of this call, in place of the client's; positive. */
  public RequestBuilder timeout(Duration timeout) {
    this.timeout = Durations.positive(timeout, "timeout");
    return this;
  }

  /**
   * Adds a header; {@code null} leaves it out. A value with CR, LF or NUL is refused with
   * {@link IllegalArgumentException}.
   */
  public RequestBuilder header(String name, @Nullable Object value) {
    if (value != null) {
      headers.add(name, String.valueOf(value));
    }
    return this;
  }

  /**
   * Encodes {@code value} as the JSON body with {@code adapter} and sets {@code Content-Type}. A {@code null}
   * value is refused with {@link IllegalArgumentException}.
   */
  public <T> RequestBuilder jsonBody(JsonAdapter<T> adapter, T value) {
    if (value == null) {
      throw new IllegalArgumentException("body of " + invocation.operation() + " is null");
    }
    body = json(adapter, value);
    headers.set("Content-Type", JSON);
    return this;
  }

  private static <T> byte[] json(JsonAdapter<T> adapter, T value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      adapter.toJson(writer, value);
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory failed", e);
    }
    return buffer.readByteArray();
  }

  /**
   * Sends {@code body} as it is, labelled with its content type; a streamed one is read while it is sent. A
   * {@code null} body is refused with {@link IllegalArgumentException}.
   */
  public RequestBuilder body(RequestBody body) {
    if (body == null) {
      throw new IllegalArgumentException("body of " + invocation.operation() + " is null");
    }
    rawBody = body;
    return this;
  }

  /**
   * Adds a field to the {@code application/x-www-form-urlencoded} body: {@code null} leaves it out, an
   * {@link Iterable} adds one field per non-null element.
   */
  public RequestBuilder field(String name, @Nullable Object value) {
    Objects.requireNonNull(name, "field name");
    FormBody form = form();
    if (value instanceof Iterable) {
      for (Object element : (Iterable<?>) value) {
        field(name, element);
      }
    } else if (value != null) {
      form.add(name, String.valueOf(value), "form field \"" + name + "\" of " + invocation.operation());
    }
    return this;
  }

  /**
   * Adds a form field once per element of {@code values}, in order, each as {@code text} gives it; a {@code null}
   * {@code values}, element or text is left out. Generated code sends an {@code Iterable} of enums this way, each by
   * its JSON name.
   */
  public <T> RequestBuilder field(
      String name, @Nullable Iterable<? extends @Nullable T> values, Function<? super T, @Nullable String> text) {
    Objects.requireNonNull(name, "field name");
    form();
    if (values != null) {
      for (T value : values) {
        field(name, value == null ? null : text.apply(value));
      }
    }
    return this;
  }

  /** Adds one form field per entry of {@code map}, as {@link #field} does; a {@code null} map or key is refused. */
  public RequestBuilder fieldMap(String parameter, @Nullable Map<String, ?> map) {
    form();
    for (Map.Entry<String, ?> entry : entries("@FieldMap", parameter, map)) {
      field(entry.getKey(), entry.getValue());
    }
    return this;
  }

  /**
   * Adds a text part to the {@code multipart/form-data} body, {@code String.valueOf(value)} as UTF-8, labelled
   * {@code contentType} ({@code null} for {@code text/plain; charset=utf-8}); a {@code null} value leaves it out.
   */
  public RequestBuilder part(String name, @Nullable String contentType, @Nullable Object value) {
    Multipart parts = parts();
    if (value != null) {
      parts.add(name, null, null,
          RequestBody.ofText(contentType == null ? "text/plain" : contentType, String.valueOf(value)));
    }
    return this;
  }

  /**
   * Adds a JSON part written by {@code adapter}, labelled {@code contentType} ({@code null} for
   * {@code application/json; charset=utf-8}); a {@code null} value leaves it out.
   */
  public <T> RequestBuilder jsonPart(
      String name, @Nullable String contentType, JsonAdapter<T> adapter, @Nullable T value) {
    Multipart parts = parts();
    if (value != null) {
      parts.add(name, null, contentType == null ? JSON : contentType, RequestBody.of(JSON, json(adapter, value)));
    }
    return this;
  }

  /** Adds a binary part with the body's content type, in memory or streamed; {@code null} leaves it out. */
  public RequestBuilder part(String name, @Nullable RequestBody body) {
    Multipart parts = parts();
    if (body != null) {
      parts.add(name, null, null, body);
    }
    return this;
  }

  /** Adds a file part: the upload's body with its file name; {@code null} leaves it out. */
  public RequestBuilder part(String name, @Nullable FileUpload file) {
    Multipart parts = parts();
    if (file != null) {
      parts.add(name, file.fileName(), null, file.body());
    }
    return this;
  }

  /**
   * Adds one part per entry of {@code map}: a {@link RequestBody} or {@link FileUpload} value as a binary part,
   * anything else as a text part, as {@link #part(String, String, Object)} adds it; {@code null} values are left
   * out.
   */
  public RequestBuilder partMap(String parameter, @Nullable Map<String, ?> map) {
    for (Map.Entry<String, ?> entry : entries("@PartMap", parameter, map)) {
      Object value = entry.getValue();
      if (value instanceof RequestBody) {
        part(entry.getKey(), (RequestBody) value);
      } else if (value instanceof FileUpload) {
        part(entry.getKey(), (FileUpload) value);
      } else {
        part(entry.getKey(), null, value);
      }
    }
    return this;
  }

  private FormBody form() {
    FormBody existing = form;
    if (existing == null) {
      existing = new FormBody();
      form = existing;
    }
    return existing;
  }

  private Multipart parts() {
    if (multipart == null) {
      multipart = new Multipart();
    }
    return multipart;
  }

  private Iterable<? extends Map.Entry<String, ?>> entries(
      String kind, String parameter, @Nullable Map<String, ?> map) {
    if (map == null) {
      throw new IllegalArgumentException(kind + " parameter " + parameter + " of " + invocation.operation() + " is null");
    }
    for (String key : map.keySet()) {
      if (key == null) {
        throw new IllegalArgumentException(
            kind + " parameter " + parameter + " of " + invocation.operation() + " has a null key");
      }
    }
    return map.entrySet();
  }

  /**
   * Marks the request's {@link Invocation} {@linkplain Invocation#idempotent() idempotent}: generated code calls
   * this for a method marked {@code @Idempotent}, so that the retry policy may send it again.
   */
  public RequestBuilder idempotent() {
    invocation.idempotent();
    return this;
  }

  /** The request, with the client's request timeout and response body limit, and its {@link Invocation}. */
  public HttpRequest build() {
    URI uri;
    try {
      uri = new URI(url.toString());
    } catch (URISyntaxException e) {
      // Only literal path text can get here (every value is encoded); the URL itself may hold secrets.
      throw new IllegalArgumentException(
          "request URL of " + invocation.operation() + " is not valid: " + e.getReason() + " at index " + e.getIndex(), null);
    }
    RequestBody other = rawBody != null ? rawBody
        : form != null ? form.build()
        : multipart != null ? multipart.build()
        : null;
    if (other != null) {
      headers.set("Content-Type", other.contentType());
    }
    HttpRequest.Builder request = HttpRequest.builder(method, uri).headers(headers.build());
    if (other == null) {
      request.bodyOwned(body);
    } else if (other.source() != null) {
      request.bodySource(other.source());
    } else {
      request.bodyOwned(other.bytesUnsafe());
    }
    return request
        .timeout(timeout != null ? timeout : config.requestTimeout())
        .maxResponseBytes(config.maxResponseBodyBytes())
        .invocation(invocation.build())
        .build();
  }
}
