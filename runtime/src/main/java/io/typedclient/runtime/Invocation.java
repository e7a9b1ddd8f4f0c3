package io.typedclient.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What made a request: the interface and method of a generated client (or the operation name given to
 * {@link ClientRuntime#request(String, String, String)}), the path template, and the values that filled its
 * path and query, by name. Immutable. Every {@link HttpRequest} carries one ({@link HttpRequest#invocation()}),
 * so that interceptors, error messages and redaction read what the request was built from instead of parsing
 * the URI again:
 *
 * <pre>
 * Invocation invocation = chain.request().invocation();
 * if (invocation.pathTemplate().endsWith("/sessions/me")) { ... }
 * String userId = invocation.pathValues().get("userId");
 * </pre>
 *
 * <p>{@link ClientRuntime#request} builds it as the request is built. A request built by hand with
 * {@link HttpRequest#builder} has {@link #none()} (every name and the template empty, no values) unless it is
 * given one with {@link HttpRequest.Builder#invocation}; {@link HttpRequest#toBuilder()} keeps it.
 *
 * <p>Path and query values are the text that was encoded into the URI (an {@link Iterable} query value gives one
 * value per element); names are the template's. Values can be secrets (a session id is as good as the session's
 * cookie), so {@link #toString()} prints names only, never a value.
 */
public final class Invocation {
  private static final Invocation NONE =
      new Invocation("", "", "", "", Collections.emptyMap(), Collections.emptyMap(), false);

  private final String api;
  private final String apiMethod;
  private final String operation;
  private final String pathTemplate;
  private final Map<String, String> pathValues;
  private final Map<String, List<String>> queryValues;
  private final boolean idempotent;

  private Invocation(
      String api,
      String apiMethod,
      String operation,
      String pathTemplate,
      Map<String, String> pathValues,
      Map<String, List<String>> queryValues,
      boolean idempotent) {
    this.api = api;
    this.apiMethod = apiMethod;
    this.operation = operation;
    this.pathTemplate = pathTemplate;
    this.pathValues = pathValues;
    this.queryValues = queryValues;
    this.idempotent = idempotent;
  }

  /** The invocation of a request that was not made from an interface or a template: nothing is known. */
  public static Invocation none() {
    return NONE;
  }

  /**
   * A builder for a request made by {@code apiMethod} of the interface named {@code api}; the operation is
   * {@code api + "." + apiMethod}.
   */
  public static Builder builder(String api, String apiMethod) {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(apiMethod, "apiMethod");
    return new Builder(api, apiMethod, api + "." + apiMethod);
  }

  /** A builder for a request named {@code operation} in logs and messages, with no interface or method. */
  public static Builder builder(String operation) {
    return new Builder("", "", Objects.requireNonNull(operation, "operation"));
  }

  /** The simple name of the {@code @HttpApi} interface, such as {@code "SessionApi"}; empty when not known. */
  public String api() {
    return api;
  }

  /** The name of the interface's method, such as {@code "getSession"}; empty when not known. */
  public String apiMethod() {
    return apiMethod;
  }

  /** What made the request, for logs and messages: {@code "SessionApi.getSession"}; may be empty. */
  public String operation() {
    return operation;
  }

  /**
   * The whole path template the request's path was filled from, the base URL's own path included, such as
   * {@code "/api/v1/sessions/{sessionId}"}; empty when the request was not built from one. Messages and logs
   * print it instead of the filled path.
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * The values that filled the template's placeholders, by placeholder name, in the order they were appended;
   * each as the text that was encoded into one path segment. Unmodifiable; empty when there were none.
   */
  public Map<String, String> pathValues() {
    return pathValues;
  }

  /**
   * The query parameters that were sent, by name, in the order their names first appeared; each name's values in
   * the order they were sent. Parameters left out because their value was {@code null} are not here.
   * Unmodifiable; empty when there were none.
   */
  public Map<String, List<String>> queryValues() {
    return queryValues;
  }

  /**
   * Whether the interface method is marked {@code @Idempotent}: sending its request twice has the effect of
   * sending it once, whatever its HTTP method, so {@link StandardRetryPolicy} retries it after a 5xx or a
   * connection failure as it does a {@code GET}. False for every request not made by such a method.
   */
  public boolean idempotent() {
    return idempotent;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Invocation)) {
      return false;
    }
    Invocation other = (Invocation) o;
    return api.equals(other.api)
        && apiMethod.equals(other.apiMethod)
        && operation.equals(other.operation)
        && pathTemplate.equals(other.pathTemplate)
        && pathValues.equals(other.pathValues)
        && queryValues.equals(other.queryValues)
        && idempotent == other.idempotent;
  }

  @Override
  public int hashCode() {
    return Objects.hash(api, apiMethod, operation, pathTemplate, pathValues, queryValues, idempotent);
  }

  /**
   * {@code Invocation{SessionApi.getSession /api/v1/sessions/{sessionId}, path [sessionId], query [expand]}}:
   * the operation, the template and the names of the values, never a value; {@code , idempotent} at the end when
   * it is.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Invocation{").append(operation);
    if (!pathTemplate.isEmpty()) {
      out.append(operation.isEmpty() ? "" : " ").append(pathTemplate);
    }
    if (!pathValues.isEmpty()) {
      out.append(", path ").append(pathValues.keySet());
    }
    if (!queryValues.isEmpty()) {
      out.append(", query ").append(queryValues.keySet());
    }
    if (idempotent) {
      out.append(", idempotent");
    }
    return out.append('}').toString();
  }

  /** Builds an {@link Invocation}; not thread-safe. */
  public static final class Builder {
    private final String api;
    private final String apiMethod;
    private final String operation;
    private String pathTemplate = "";
    // Most requests have one path value or none: the first is kept in two fields, a map is made for a second.
    private @Nullable String firstPathName;
    private @Nullable String firstPathValue;
    private @Nullable Map<String, String> pathValues;
    /** Alternating name and value; null until the first one. */
    private @Nullable List<String> queryNamesAndValues;
    private boolean idempotent;

    private Builder(String api, String apiMethod, String operation) {
      this.api = api;
      this.apiMethod = apiMethod;
      this.operation = operation;
    }

    /** The operation the invocation will have, for messages about a request still being built. */
    String operation() {
      return operation;
    }

    /** The whole path template, base path included; see {@link Invocation#pathTemplate()}. */
    public Builder pathTemplate(String pathTemplate) {
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
      return this;
    }

    /** The value that filled placeholder {@code name}; a later value for the same name replaces it. */
    public Builder pathValue(String name, String value) {
      Objects.requireNonNull(name, "path parameter name");
      if (value == null) {
        throw new NullPointerException("value of path parameter " + name);
      }
      if (pathValues == null && (firstPathName == null || firstPathName.equals(name))) {
        firstPathName = name;
        firstPathValue = value;
        return this;
      }
      if (pathValues == null) {
        pathValues = new LinkedHashMap<>();
        pathValues.put(firstPathName, firstPathValue);
      }
      pathValues.put(name, value);
      return this;
    }

    /** One value sent for query parameter {@code name}; a name may have several. */
    public Builder queryValue(String name, String value) {
      Objects.requireNonNull(name, "query parameter name");
      if (value == null) {
        throw new NullPointerException("value of query parameter " + name);
      }
      if (queryNamesAndValues == null) {
        queryNamesAndValues = new ArrayList<>(4);
      }
      queryNamesAndValues.add(name);
      queryNamesAndValues.add(value);
      return this;
    }

    /** Marks the invocation {@link Invocation#idempotent() idempotent}, as {@code @Idempotent} does. */
    public Builder idempotent() {
      this.idempotent = true;
      return this;
    }

    /** The invocation. */
    public Invocation build() {
      return new Invocation(api, apiMethod, operation, pathTemplate, pathValues(), queryValues(), idempotent);
    }

    private Map<String, String> pathValues() {
      if (pathValues != null) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(pathValues));
      }
      return firstPathName == null ? Collections.emptyMap() : Collections.singletonMap(firstPathName, firstPathValue);
    }

    private Map<String, List<String>> queryValues() {
      List<String> pairs = queryNamesAndValues;
      if (pairs == null) {
        return Collections.emptyMap();
      }
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (int i = 0; i < pairs.size(); i += 2) {
        List<String> named = values.get(pairs.get(i));
        if (named == null) {
          named = new ArrayList<>(1);
          values.put(pairs.get(i), named);
        }
        named.add(pairs.get(i + 1));
      }
      for (Map.Entry<String, List<String>> entry : values.entrySet()) {
        entry.setValue(Collections.unmodifiableList(entry.getValue()));
      }
      return Collections.unmodifiableMap(values);
    }
  }
}
