package io.typedclient.runtime.internal;

import com.squareup.moshi.JsonReader;
import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.HttpRequest;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The values of a request that may be secret, and text with them masked. A server, a proxy or a library may echo
 * what it was sent (a token from a header, a session id from the path, a session token from the body) in an error
 * body, a header, its status line or an I/O message; whatever of that text reaches an exception message goes
 * through {@link #mask}. Not API: for typedclient's own modules, so that the runtime and the clients built on it
 * mask the same values.
 */
public final class RequestSecrets {
  /** What stands in for a secret. */
  public static final String MASK = "██";

  private static final String FORM = "application/x-www-form-urlencoded";

  /** Values shorter than this are not masked: they are flags and small numbers, not secrets. */
  private static final int MIN_SECRET_LENGTH = 8;

  private RequestSecrets() {}

  /**
   * The values of {@code request} that may be secret, longest first (so that a value that contains another is masked
   * whole): values of sensitive headers ({@link HttpHeaders#isSensitive}) and each word in them, unquoted, so that
   * {@code SSWS <token>} loses the token and {@code Cookie: idx="<value>"} the value even where they are echoed
   * alone; the values that filled the path template, as given and as sent; query values and the values of a form
   * body, as sent and decoded; and every string of a JSON body. Empty for a {@code null} request.
   */
  public static List<String> of(HttpRequest request) {
    List<String> secrets = new ArrayList<>();
    if (request == null) {
      return secrets;
    }
    HttpHeaders headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      if (HttpHeaders.isSensitive(headers.name(i))) {
        String value = headers.value(i);
        add(secrets, value);
        for (String word : value.split("[\\s;,=]+")) {
          add(secrets, unquoted(word));
        }
      }
    }
    for (Map.Entry<String, String> value : request.invocation().pathValues().entrySet()) {
      addPathValue(secrets, value.getKey(), value.getValue());
    }
    // The query as sent rather than the invocation's values: it also holds what interceptors added.
    addFormValues(secrets, request.uri().getRawQuery(), false);
    byte[] body = request.hasBody() ? request.body() : null;
    if (body != null && body.length > 0 && (body[0] == '{' || body[0] == '[')) {
      addJsonStrings(secrets, body);
    } else if (body != null && isForm(request.headers().first("Content-Type"))) {
      addFormValues(secrets, new String(body, StandardCharsets.US_ASCII), true);
    }
    secrets.sort((a, b) -> b.length() - a.length());
    return secrets;
  }

  /** {@code text} with every occurrence of each of {@code secrets} (longest first, as {@link #of} gives them) masked. */
  public static String mask(String text, List<String> secrets) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : secrets) {
      if (secret.length() >= MIN_SECRET_LENGTH && result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  /**
   * The values of {@code name=value&...} (a query, or a form body: a password sent in a form), as sent and decoded;
   * a {@code +} is a space in a form body only.
   */
  private static void addFormValues(List<String> secrets, String pairs, boolean plusIsSpace) {
    if (pairs == null) {
      return;
    }
    for (String pair : pairs.split("&")) {
      int eq = pair.indexOf('=');
      addEncoded(secrets, eq < 0 ? pair : pair.substring(eq + 1), plusIsSpace);
    }
  }

  private static boolean isForm(@Nullable String contentType) {
    return contentType != null && contentType.regionMatches(true, 0, FORM, 0, FORM.length());
  }

  /** A path value as given and as it was sent, percent-encoded. */
  private static void addPathValue(List<String> secrets, String name, String value) {
    add(secrets, value);
    try {
      add(secrets, UrlEncoding.pathSegment(name, value));
    } catch (IllegalArgumentException e) {
      // Not sendable (an invocation built by hand can hold anything): it was never sent in another form.
    }
  }

  private static void addEncoded(List<String> secrets, String encoded, boolean plusIsSpace) {
    add(secrets, encoded);
    try {
      // The charset-name form: decode(String, Charset) is Java 10, and Android has only this one.
      add(secrets, URLDecoder.decode(plusIsSpace ? encoded : encoded.replace("+", "%2B"), "UTF-8"));
    } catch (IllegalArgumentException e) {
      // not valid percent-encoding: the raw form is masked already
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError("every Java platform has UTF-8", e);
    }
  }

  /** Each string of a JSON body ({@code createSession}'s session token, say); what is not JSON adds nothing more. */
  private static void addJsonStrings(List<String> secrets, byte[] body) {
    try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
      while (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        switch (reader.peek()) {
          case BEGIN_OBJECT:
            reader.beginObject();
            break;
          case END_OBJECT:
            reader.endObject();
            break;
          case BEGIN_ARRAY:
            reader.beginArray();
            break;
          case END_ARRAY:
            reader.endArray();
            break;
          case NAME:
            reader.skipName();
            break;
          case STRING:
            add(secrets, reader.nextString());
            break;
          default:
            reader.skipValue();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not JSON, or not all of it: the strings read so far are kept.
    }
  }

  private static String unquoted(String word) {
    return word.length() > 1 && word.startsWith("\"") && word.endsWith("\"") ? word.substring(1, word.length() - 1) : word;
  }

  private static void add(List<String> secrets, String value) {
    if (value != null && value.length() >= MIN_SECRET_LENGTH) {
      secrets.add(value);
    }
  }
}
