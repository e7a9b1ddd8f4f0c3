package io.typedclient.runtime;

import com.squareup.moshi.JsonReader;
import io.typedclient.runtime.internal.UrlEncoding;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps a request's secrets out of text that ends up in exception messages: a server or a library may echo
 * what it was sent (a token from a header, a session id from the path) in an error body or an I/O message.
 */
final class SecretScrubber {
  static final String MASK = "██";

  /** Values shorter than this are not masked: they are flags and small numbers, not secrets. */
  private static final int MIN_SECRET_LENGTH = 8;

  private SecretScrubber() {}

  /**
   * {@code text} with every secret of {@code request} masked: values of sensitive headers (and each long word
   * in them, so {@code SSWS <token>} loses the token even where the scheme is not echoed), the values that
   * filled the path template (as given and as sent), and query values.
   */
  static String scrub(HttpRequest request, String text) {
    if (text == null || text.isEmpty() || request == null) {
      return text;
    }
    List<String> secrets = secrets(request);
    String result = text;
    for (String secret : secrets) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  private static List<String> secrets(HttpRequest request) {
    List<String> secrets = new ArrayList<>();
    HttpHeaders headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      if (HttpHeaders.isSensitive(headers.name(i))) {
        String value = headers.value(i);
        add(secrets, value);
        for (String word : value.split("[\\s;,=]+")) {
          add(secrets, word);
        }
      }
    }
    for (Map.Entry<String, String> value : request.invocation().pathValues().entrySet()) {
      addPathValue(secrets, value.getKey(), value.getValue());
    }
    // The query as sent rather than the invocation's values: it also holds what interceptors added.
    String query = request.uri().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        addEncoded(secrets, eq < 0 ? pair : pair.substring(eq + 1));
      }
    }
    // Longest first, so a value that contains another is masked whole.
    secrets.sort((a, b) -> b.length() - a.length());
    return secrets;
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

  private static void addEncoded(List<String> secrets, String encoded) {
    add(secrets, encoded);
    try {
      // The charset-name form: decode(String, Charset) is Java 10, and Android has only this one.
      add(secrets, URLDecoder.decode(encoded.replace("+", "%2B"), "UTF-8"));
    } catch (IllegalArgumentException e) {
      // not valid percent-encoding: the raw form is masked already
    } catch (UnsupportedEncodingException e) {
      throw new AssertionError("every Java platform has UTF-8", e);
    }
  }

  private static void add(List<String> secrets, String value) {
    if (value != null && value.length() >= MIN_SECRET_LENGTH) {
      secrets.add(value);
    }
  }

  /**
   * A JSON error message without the offending value: Moshi writes {@code Expected an int but was <value> at
   * path $.x}, and the value may be a token or a session id. Token names ({@code STRING}, {@code BEGIN_OBJECT},
   * ...) and {@code null} are kept, since they say what came without revealing it.
   */
  static String jsonMessage(String message) {
    if (message == null) {
      return null;
    }
    int butWas = message.indexOf(" but was ");
    int atPath = message.lastIndexOf(" at path ");
    if (butWas < 0 || atPath < butWas + " but was ".length()) {
      return message;
    }
    String found = message.substring(butWas + " but was ".length(), atPath);
    if (isTokenName(found)) {
      return message;
    }
    return message.substring(0, butWas) + " but was another value (not shown)" + message.substring(atPath);
  }

  private static boolean isTokenName(String text) {
    if (text.equals("null")) {
      return true;
    }
    for (JsonReader.Token token : JsonReader.Token.values()) {
      if (token.name().equals(text)) {
        return true;
      }
    }
    return false;
  }
}
