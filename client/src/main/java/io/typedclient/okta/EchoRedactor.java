package io.typedclient.okta;

import com.squareup.moshi.JsonReader;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.internal.UrlEncoding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Removes what a caller sent from text that will be printed. Okta's error summaries repeat the values of a
 * request ({@code "Not found: Resource not found: l7FbDVqS8zHSy65uJD85 (Session)"}), and a proxy's HTML error page
 * may repeat its path; a session id or session token must not reach a log that way.
 */
final class EchoRedactor {
  static final String MASK = "██";

  /** Shorter values are left alone: they are not secrets, and masking them would garble unrelated words. */
  private static final int MIN_SECRET_LENGTH = 4;

  private EchoRedactor() {}

  /**
   * The values a request carries that may be secret: each value that filled a path placeholder (as given and as
   * sent, percent-encoded), each cookie value and credential, and each string in its JSON body.
   */
  static List<String> secretsOf(@Nullable HttpRequest request) {
    List<String> secrets = new ArrayList<>();
    if (request == null) {
      return secrets;
    }
    addPathValues(request, secrets);
    addCredentials(request, secrets);
    byte[] body = request.body();
    if (body != null) {
      addJsonStrings(body, secrets);
    }
    return secrets;
  }

  /** {@code text} with every occurrence of each secret replaced by {@link #MASK}. */
  static String redact(String text, List<String> secrets) {
    if (text == null || text.isEmpty() || secrets.isEmpty()) {
      return text;
    }
    List<String> longestFirst = new ArrayList<>(secrets);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    String result = text;
    for (String secret : longestFirst) {
      if (secret.length() >= MIN_SECRET_LENGTH) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  private static void addPathValues(HttpRequest request, List<String> secrets) {
    for (Map.Entry<String, String> value : request.invocation().pathValues().entrySet()) {
      secrets.add(value.getValue());
      try {
        String encoded = UrlEncoding.pathSegment(value.getKey(), value.getValue());
        if (!encoded.equals(value.getValue())) {
          secrets.add(encoded);
        }
      } catch (IllegalArgumentException e) {
        // Not sendable (an invocation built by hand can hold anything): it was never sent in another form.
      }
    }
  }

  /** Cookie values ({@code sid=<value>}) and the credentials after an {@code Authorization} scheme. */
  private static void addCredentials(HttpRequest request, List<String> secrets) {
    for (String cookies : request.headers().all("Cookie")) {
      for (String cookie : cookies.split(";", -1)) {
        int equals = cookie.indexOf('=');
        String value = (equals < 0 ? cookie : cookie.substring(equals + 1)).trim();
        if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        secrets.add(value);
      }
    }
    for (String authorization : request.headers().all("Authorization")) {
      int space = authorization.indexOf(' ');
      secrets.add(space < 0 ? authorization : authorization.substring(space + 1).trim());
    }
  }

  private static void addJsonStrings(byte[] body, List<String> secrets) {
    try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
      collectStrings(reader, secrets);
    } catch (IOException | RuntimeException e) {
      // Not JSON (or not all of it): whatever was read so far is kept.
    }
  }

  private static void collectStrings(JsonReader reader, List<String> secrets) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        reader.beginObject();
        while (reader.hasNext()) {
          reader.skipName();
          collectStrings(reader, secrets);
        }
        reader.endObject();
        break;
      case BEGIN_ARRAY:
        reader.beginArray();
        while (reader.hasNext()) {
          collectStrings(reader, secrets);
        }
        reader.endArray();
        break;
      case STRING:
        secrets.add(reader.nextString());
        break;
      default:
        reader.skipValue();
    }
  }
}
