package io.typedclient.runtime;

import com.squareup.moshi.JsonReader;
import io.typedclient.runtime.internal.UrlEncoding;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a request's secrets out of text that ends up in exception messages: a server or a library may echo
 * what it was sent (a token from a header, a session id from the path, a session token from the body) in an
 * error body, a header, its status line or an I/O message, and the JDK quotes some of these in its own exceptions.
 */
final class SecretScrubber {
  static final String MASK = "██";

  /** Values shorter than this are not masked: they are flags and small numbers, not secrets. */
  private static final int MIN_SECRET_LENGTH = 8;

  private SecretScrubber() {}

  /**
   * {@code text} with every secret of {@code request} masked: values of sensitive headers (and each long word
   * in them, so {@code SSWS <token>} loses the token even where the scheme is not echoed), the values that
   * filled the path template (as given and as sent), query values, and the strings of a JSON body.
   */
  static String scrub(@Nullable HttpRequest request, String text) {
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
    byte[] body = request.bodyUnsafe();
    if (body != null && body.length > 0 && (body[0] == '{' || body[0] == '[')) {
      addJsonStrings(secrets, body);
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

  /**
   * {@code cause} as it may be kept inside an exception of ours: itself when no message in its chain holds a
   * secret of {@code request}, otherwise a copy of the chain with each message masked (and {@link #oneLine} applied
   * to it): a stack trace printed in a log shows the causes' messages too, and the JDK puts what a server sent into
   * some of them ({@code Invalid status line: "..."}). The copy keeps each stack trace, and the type wherever it is
   * one of the usual I/O exceptions; any other type is named in a {@link RedactedException}.
   */
  static @Nullable Throwable cause(@Nullable HttpRequest request, @Nullable Throwable cause) {
    if (cause == null || request == null || !holdsSecret(request, cause)) {
      return cause;
    }
    return copy(request, cause, 0);
  }

  private static boolean holdsSecret(HttpRequest request, Throwable chain) {
    List<String> secrets = null;
    for (Throwable t = chain; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.isEmpty()) {
        if (secrets == null) {
          secrets = secrets(request);
        }
        for (String secret : secrets) {
          if (message.contains(secret)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Throwable copy(HttpRequest request, Throwable original, int depth) {
    String originalMessage = original.getMessage();
    String message = originalMessage == null ? null : HttpStatusException.oneLine(scrub(request, originalMessage));
    Throwable copy = RedactedException.sameType(original, message);
    copy.setStackTrace(original.getStackTrace());
    Throwable next = original.getCause();
    if (next != null && next != original && depth < 16) {
      copy.initCause(copy(request, next, depth + 1));
    }
    return copy;
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
