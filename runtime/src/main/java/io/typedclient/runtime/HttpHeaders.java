package io.typedclient.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Immutable, ordered HTTP header fields. Names compare case-insensitively and keep the spelling they were
 * added with; a name may have several values. Names must be RFC 9110 tokens and values RFC 9110 field values
 * (no CR, LF, NUL or other control characters, nothing above U+00FF): anything else is refused with an
 * {@link IllegalArgumentException} when it is added, so a header can never be injected through a value.
 *
 * <p>{@link #toString()} never prints the values of sensitive headers ({@link #isSensitive}): {@code Authorization},
 * {@code Cookie}, {@code Set-Cookie}, API keys and the like.
 */
public final class HttpHeaders {
  private static final HttpHeaders EMPTY = new HttpHeaders(new String[0]);
  private static final Set<String> SENSITIVE =
      Collections.unmodifiableSet(new HashSet<>(Arrays.asList("authorization", "proxy-authorization", "cookie", "set-cookie", "dpop")));
  private static final List<String> SENSITIVE_WORDS =
      Collections.unmodifiableList(
          Arrays.asList("auth", "token", "secret", "key", "password", "session", "signature", "credential", "cookie"));

  /** Alternating name, value; never mutated after construction. */
  private final String[] namesAndValues;

  private HttpHeaders(String[] namesAndValues) {
    this.namesAndValues = namesAndValues;
  }

  /** No headers. */
  public static HttpHeaders empty() {
    return EMPTY;
  }

  /** Headers from alternating names and values: {@code of("Accept", "application/json", ...)}. */
  public static HttpHeaders of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("expected alternating names and values, got an odd count");
    }
    Builder builder = builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      builder.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return builder.build();
  }

  /**
   * Headers as a transport received them. Unlike {@link Builder#add}, values that a lenient server sent with
   * odd characters are kept (only CR and LF, which no parser passes on, are dropped with the value).
   */
  public static HttpHeaders fromResponse(Map<String, List<String>> map) {
    int values = 0;
    for (List<String> list : map.values()) {
      values += list == null ? 0 : list.size();
    }
    String[] pairs = new String[values * 2];
    int size = 0;
    for (Map.Entry<String, List<String>> entry : map.entrySet()) {
      String name = entry.getKey();
      if (name == null || name.isEmpty() || name.startsWith(":") || entry.getValue() == null) {
        continue; // HttpURLConnection's status line, HTTP/2 pseudo-headers
      }
      for (String value : entry.getValue()) {
        if (value != null && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
          pairs[size++] = name;
          pairs[size++] = value;
        }
      }
    }
    if (size == 0) {
      return EMPTY;
    }
    return new HttpHeaders(size == pairs.length ? pairs : java.util.Arrays.copyOf(pairs, size));
  }

  /** As {@link #fromResponse(Map)}, from alternating names and values in the order they came. */
  static HttpHeaders fromResponseFields(List<String> namesAndValues) {
    List<String> pairs = new ArrayList<>(namesAndValues.size());
    for (int i = 0; i + 1 < namesAndValues.size(); i += 2) {
      String name = namesAndValues.get(i);
      String value = namesAndValues.get(i + 1);
      if (name != null && !name.isEmpty() && value != null && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
        pairs.add(name);
        pairs.add(value);
      }
    }
    return pairs.isEmpty() ? EMPTY : new HttpHeaders(pairs.toArray(new String[0]));
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these headers. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    Collections.addAll(builder.namesAndValues, namesAndValues);
    return builder;
  }

  /**
   * These headers with every value of {@code name} replaced by {@code value} at the end, as
   * {@code toBuilder().set(name, value).build()} but in one copy: only the new field is checked, the others were
   * checked when they were added. For {@link HttpRequest.Builder#header}, which interceptors call on every request.
   */
  HttpHeaders with(String name, String value) {
    checkName(name);
    checkValue(name, value);
    int kept = 0;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!namesAndValues[i].equalsIgnoreCase(name)) {
        kept += 2;
      }
    }
    String[] pairs = new String[kept + 2];
    int size = 0;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!namesAndValues[i].equalsIgnoreCase(name)) {
        pairs[size++] = namesAndValues[i];
        pairs[size++] = namesAndValues[i + 1];
      }
    }
    pairs[size++] = name;
    pairs[size] = value;
    return new HttpHeaders(pairs);
  }

  /** These headers and {@code name: value} after them, in one copy; only the new field is checked. */
  HttpHeaders plus(String name, String value) {
    checkName(name);
    checkValue(name, value);
    String[] pairs = Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
    pairs[namesAndValues.length] = name;
    pairs[namesAndValues.length + 1] = value;
    return new HttpHeaders(pairs);
  }

  /** These headers without any value of {@code name}; this instance when it has none. */
  HttpHeaders without(String name) {
    if (!contains(name)) {
      return this;
    }
    return toBuilder().removeAll(name).build();
  }

  /** The first value of {@code name}, or {@code null}. */
  public @Nullable String first(String name) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equalsIgnoreCase(name)) {
        return namesAndValues[i + 1];
      }
    }
    return null;
  }

  /** Every value of {@code name}, in order; empty when there is none. */
  public List<String> all(String name) {
    List<String> values = null;
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equalsIgnoreCase(name)) {
        if (values == null) {
          values = new ArrayList<>(2);
        }
        values.add(namesAndValues[i + 1]);
      }
    }
    return values == null ? Collections.<String>emptyList() : Collections.unmodifiableList(values);
  }

  /** Whether {@code name} has at least one value. */
  public boolean contains(String name) {
    return first(name) != null;
  }

  /** The distinct names, in first-seen order, with their first spelling. */
  public Set<String> names() {
    Map<String, String> seen = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      seen.putIfAbsent(namesAndValues[i].toLowerCase(Locale.ROOT), namesAndValues[i]);
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(seen.values()));
  }

  /** Number of name-value pairs. */
  public int size() {
    return namesAndValues.length / 2;
  }

  /** The name of pair {@code index}. */
  public String name(int index) {
    return namesAndValues[index * 2];
  }

  /** The value of pair {@code index}. */
  public String value(int index) {
    return namesAndValues[index * 2 + 1];
  }

  /** Every name with its values, in order; names keep their first spelling. */
  public Map<String, List<String>> toMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String name : names()) {
      map.put(name, all(name));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Whether this header's value must never be printed: {@code Authorization}, {@code Proxy-Authorization},
   * {@code Cookie}, {@code Set-Cookie}, and any name that mentions a token, secret, key, password, session,
   * signature or credential ({@code X-Api-Key}, {@code X-Auth-Token}, {@code X-Okta-Session}...).
   */
  public static boolean isSensitive(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (SENSITIVE.contains(lower)) {
      return true;
    }
    for (String word : SENSITIVE_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof HttpHeaders
        && java.util.Arrays.equals(namesAndValues, ((HttpHeaders) other).namesAndValues);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(namesAndValues);
  }

  /** {@code {Accept=[application/json], Authorization=[██]}}: sensitive values are redacted. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (String name : names()) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(name).append('=');
      out.append(isSensitive(name) ? "[██]" : all(name).toString());
    }
    return out.append('}').toString();
  }

  /** Checks an RFC 9110 field name. */
  static void checkName(String name) {
    Objects.requireNonNull(name, "header name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("header name is empty");
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isTokenChar(name.charAt(i))) {
        throw new IllegalArgumentException(
            "header name \"" + printable(name) + "\" has a character not allowed in a header name at index " + i);
      }
    }
  }

  /** Whether {@code text} is a non-empty RFC 9110 token, the grammar of header names and methods. */
  static boolean isToken(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isTokenChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  /**
   * Checks a field value as RFC 9110 defines it: visible ASCII, space, tab, and the bytes 0x80-0xFF. CR, LF
   * and NUL would let a value start a new header or request; other control characters and characters above
   * U+00FF cannot be sent as one octet, and HTTP stacks refuse or mangle them.
   */
  static void checkValue(String name, String value) {
    Objects.requireNonNull(value, () -> "value of header " + name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        String what = c == '\r' ? "CR" : c == '\n' ? "LF" : "NUL";
        // The value itself is never quoted: it may be a token or a cookie.
        throw new IllegalArgumentException(
            "value of header " + name + " contains " + what + " at index " + i + "; refused to prevent header injection");
      }
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        throw new IllegalArgumentException(
            "value of header " + name + " contains control character U+" + hex4(c) + " at index " + i);
      }
      if (c > 0xff) {
        throw new IllegalArgumentException(
            "value of header " + name + " contains a character above U+00FF at index " + i
                + ", which HTTP cannot carry in a header; encode it first (for example percent-encoding)");
      }
    }
  }

  private static String hex4(char c) {
    String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
    return "0000".substring(hex.length()) + hex;
  }

  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && i < 64; i++) {
      char c = s.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }

  /** Builds {@link HttpHeaders}; not thread-safe. */
  public static final class Builder {
    private final List<String> namesAndValues = new ArrayList<>();

    private Builder() {}

    /** Adds a value, keeping existing values of the same name. */
    public Builder add(String name, String value) {
      checkName(name);
      checkValue(name, value);
      namesAndValues.add(name);
      namesAndValues.add(value);
      return this;
    }

    /** Replaces every value of {@code name} with this one. */
    public Builder set(String name, String value) {
      checkName(name);
      checkValue(name, value);
      removeAll(name);
      namesAndValues.add(name);
      namesAndValues.add(value);
      return this;
    }

    /** Removes every value of {@code name}. */
    public Builder removeAll(String name) {
      for (int i = namesAndValues.size() - 2; i >= 0; i -= 2) {
        if (namesAndValues.get(i).equalsIgnoreCase(name)) {
          namesAndValues.remove(i + 1);
          namesAndValues.remove(i);
        }
      }
      return this;
    }

    /** The headers added so far. */
    public HttpHeaders build() {
      return namesAndValues.isEmpty() ? EMPTY : new HttpHeaders(namesAndValues.toArray(new String[0]));
    }
  }
}
