package io.typedclient.runtime;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import io.typedclient.runtime.internal.UrlEncoding;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.function.Function;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Builds one request for a generated method: the path from literal parts and encoded segments, query
 * parameters, headers and a JSON body, and the request's {@link Invocation} from the same calls (each path and
 * query value by name). Created by {@link ClientRuntime#request}; not thread-safe, used once.
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
  private byte @Nullable [] body;

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
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      adapter.toJson(writer, value);
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory failed", e);
    }
    body = buffer.readByteArray();
    headers.set("Content-Type", JSON);
    return this;
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
    return HttpRequest.builder(method, uri)
        .headers(headers.build())
        .bodyOwned(body)
        .timeout(config.requestTimeout())
        .maxResponseBytes(config.maxResponseBodyBytes())
        .invocation(invocation.build())
        .build();
  }
}
