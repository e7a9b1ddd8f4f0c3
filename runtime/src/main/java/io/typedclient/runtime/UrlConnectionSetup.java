package io.typedclient.runtime;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ProtocolException;
import java.util.ArrayList;
import java.util.List;

/**
 * Configures an {@link HttpURLConnection} for a request, and reads its response headers: what
 * {@link UrlConnectionExchange} does before and after the network, refusing before anything is sent what
 * {@code HttpURLConnection} would not send faithfully.
 */
final class UrlConnectionSetup {
  private UrlConnectionSetup() {}

  /** A configured, unconnected connection for {@code request}; throws when the request cannot be sent as it is. */
  static HttpURLConnection open(
      HttpRequest request, UrlConnectionTransport.ConnectionFactory connectionFactory, NoAuthenticator noAuthenticator) {
    HttpURLConnection c;
    try {
      c = connectionFactory.open(request.uri().toURL());
    } catch (IOException e) {
      throw TransportException.of(request, e);
    }
    c.setInstanceFollowRedirects(false);
    c.setUseCaches(false);
    c.setAllowUserInteraction(false);
    c.setDoInput(true);
    noAuthenticator.installOn(c);
    String method = request.method();
    try {
      c.setRequestMethod(method);
    } catch (ProtocolException e) {
      throw new UnsupportedOperationException(
          method + " cannot be sent by this platform's HttpURLConnection, which refuses it (" + e.getMessage()
              + ") and has no supported way to send it; use JdkHttpTransport on the JVM (Android's "
              + "HttpURLConnection sends " + method + ")", e);
    }
    HttpHeaders headers = request.headers();
    boolean hasAccept = false;
    boolean hasContentType = false;
    for (int i = 0, size = headers.size(); i < size; i++) {
      String name = headers.name(i);
      RestrictedHeaders.check(name);
      String value = headers.value(i);
      checkAscii(name, value);
      c.addRequestProperty(name, value);
      if (isDroppedSilently(name) && c.getRequestProperty(name) == null) {
        throw new IllegalArgumentException(
            "header \"" + name + "\" cannot be set on a request: this platform's HttpURLConnection drops it");
      }
      hasAccept |= name.equalsIgnoreCase("Accept");
      hasContentType |= name.equalsIgnoreCase("Content-Type");
    }
    if (!hasAccept) {
      c.setRequestProperty("Accept", "*/*");
    }
    byte[] body = request.bodyUnsafe();
    if (request.hasBody()) {
      if (!hasContentType) {
        c.setRequestProperty("Content-Type", "application/octet-stream");
      }
      c.setDoOutput(true);
      if (body != null) {
        c.setFixedLengthStreamingMode(body.length);
      } else {
        c.setChunkedStreamingMode(0); // a streamed body: the platform's default chunk size
      }
    } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      c.setDoOutput(true);
      c.setFixedLengthStreamingMode(0);
    }
    return c;
  }

  /** Response headers in the order they came; the status line (key {@code null}) is left out. */
  static HttpHeaders headers(HttpURLConnection c) {
    List<String> namesAndValues = new ArrayList<>();
    for (int i = 0; ; i++) {
      String value = c.getHeaderField(i);
      if (value == null) {
        break;
      }
      String name = c.getHeaderFieldKey(i);
      if (name != null) {
        namesAndValues.add(name);
        namesAndValues.add(value);
      }
    }
    return HttpHeaders.fromResponseFields(namesAndValues);
  }

  /**
   * Refuses a value with a character outside ASCII, naming the header and never quoting the value: both platforms'
   * {@code HttpURLConnection} write header values as UTF-8, so "é" would reach the server as two octets that it
   * reads as other text (RFC 9110 makes a field value octets, ISO-8859-1 where they are not ASCII). Control
   * characters were refused when the request was built.
   */
  private static void checkAscii(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0x7e) {
        throw new IllegalArgumentException(
            "header \"" + name + "\" cannot be sent by HttpURLConnection: its value has a character outside ASCII at"
                + " index " + i + ", which HttpURLConnection would send as UTF-8 rather than as one octet; encode it"
                + " first (for example percent-encoding), or use JdkHttpTransport on the JVM");
      }
    }
  }

  /** Headers the JDK's HttpURLConnection drops without an error unless a system property allows them. */
  private static boolean isDroppedSilently(String name) {
    return name.equalsIgnoreCase("Origin")
        || name.equalsIgnoreCase("Via")
        || name.equalsIgnoreCase("Access-Control-Request-Headers")
        || name.equalsIgnoreCase("Access-Control-Request-Method")
        || name.equalsIgnoreCase("Content-Transfer-Encoding");
  }
}
