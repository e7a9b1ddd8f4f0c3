package io.typedclient.runtime;

import com.squareup.moshi.JsonReader;
import io.typedclient.runtime.internal.RequestSecrets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a request's secrets ({@link RequestSecrets}) out of text that ends up in exception messages: a server or a
 * library may echo what it was sent in an error body, a header, its status line or an I/O message, and the JDK
 * quotes some of these in its own exceptions.
 */
final class SecretScrubber {
  private SecretScrubber() {}

  /** {@code text} with every secret of {@code request} masked ({@link RequestSecrets#of}). */
  static String scrub(@Nullable HttpRequest request, String text) {
    if (text == null || text.isEmpty() || request == null) {
      return text;
    }
    return RequestSecrets.mask(text, RequestSecrets.of(request));
  }

  /**
   * {@code cause} as it may be kept inside an exception of ours: itself when no message in its chain holds a
   * secret of {@code request}, otherwise a copy of the chain with each message masked (and {@link #oneLine} applied
   * to it): a stack trace printed in a log shows the causes' messages too, and the JDK puts what a server sent into
   * some of them ({@code Invalid status line: "..."}). The copy keeps each stack trace, and the type wherever it is
   * one of the usual I/O exceptions; any other type is named in a {@link RedactedException}.
   */
  static @Nullable Throwable cause(@Nullable HttpRequest request, @Nullable Throwable cause) {
    if (cause == null || request == null) {
      return cause;
    }
    // The secrets are read from the request (its JSON body parsed) only when a message could hold one, and once
    // for the whole chain and its copy.
    List<String> secrets = null;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.isEmpty()) {
        if (secrets == null) {
          secrets = RequestSecrets.of(request);
        }
        if (holdsAny(message, secrets)) {
          return copy(secrets, cause, 0);
        }
      }
    }
    return cause;
  }

  private static boolean holdsAny(String message, List<String> secrets) {
    for (String secret : secrets) {
      if (message.contains(secret)) {
        return true;
      }
    }
    return false;
  }

  private static Throwable copy(List<String> secrets, Throwable original, int depth) {
    String originalMessage = original.getMessage();
    String message =
        originalMessage == null ? null : HttpStatusException.oneLine(RequestSecrets.mask(originalMessage, secrets));
    Throwable copy = RedactedException.sameType(original, message);
    copy.setStackTrace(original.getStackTrace());
    Throwable next = original.getCause();
    if (next != null && next != original && depth < 16) {
      copy.initCause(copy(secrets, next, depth + 1));
    }
    return copy;
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
