package io.typedclient.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;

/** Our {@link HttpRequest} as a {@code java.net.http} request, for {@link JdkHttpTransport}. */
@IgnoreJRERequirement // java.net.http: the JDK transport only, never on Android
final class JdkRequests {
  /** Stateless, so one serves every body-less request. */
  private static final BodyPublisher NO_BODY = BodyPublishers.noBody();

  private JdkRequests() {}

  static java.net.http.HttpRequest toJdk(HttpRequest request) {
    java.net.http.HttpRequest.Builder builder =
        java.net.http.HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
    if (!"https".equalsIgnoreCase(request.uri().getScheme())) {
      // Cleartext is allowed for loopback only. Left at its default (HTTP/2), the JDK sends every such request
      // with an h2c upgrade offer (Connection: Upgrade, HTTP2-Settings, Upgrade: h2c) that
      // servers ignore and that costs headers to build, send and parse on every call.
      builder.version(HttpClient.Version.HTTP_1_1);
    }
    HttpHeaders headers = request.headers();
    for (int i = 0, size = headers.size(); i < size; i++) {
      String name = headers.name(i);
      RestrictedHeaders.check(name);
      String value = headers.value(i);
      checkAscii(name, value);
      try {
        builder.header(name, value);
      } catch (IllegalArgumentException e) {
        // The JDK's own message may quote the value, which can be a secret: name the header only.
        throw new IllegalArgumentException("header \"" + name + "\" cannot be sent by java.net.http on this JVM", null);
      }
    }
    return builder.method(request.method(), publisher(request)).build();
  }

  /**
   * The body: none, the array (wrapped without copying; HttpRequest never hands it out for writing), or a
   * stream of unknown length, which the JDK sends chunked as it reads it.
   */
  private static BodyPublisher publisher(HttpRequest request) {
    BodySource source = request.bodySource();
    if (source != null) {
      return BodyPublishers.ofInputStream(() -> {
        try {
          InputStream in = source.open();
          return in != null ? in : failing(new IOException("the BodySource of " + request + " opened no stream"));
        } catch (IOException e) {
          // The supplier cannot throw it; the first read does, and the exchange fails with it.
          return failing(e);
        }
      });
    }
    byte[] body = request.bodyUnsafe();
    return body == null ? NO_BODY : BodyPublishers.ofByteArray(body);
  }

  private static InputStream failing(IOException failure) {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        throw failure;
      }
    };
  }

  /**
   * Refuses a value with a character above U+007F. {@link HttpHeaders} accepts the Latin-1 range (RFC 9110's
   * obs-text), but java.net.http writes header values as US-ASCII and would send each such character as
   * {@code ?}: a silently different value, such as a cookie that no longer matches.
   */
  private static void checkAscii(String name, String value) {
    for (int i = 0, length = value.length(); i < length; i++) {
      if (value.charAt(i) > 0x7f) {
        // The value itself is never quoted: it may be a token or a cookie.
        throw new IllegalArgumentException("value of header " + name + " has a non-ASCII character at index " + i
            + ", which java.net.http cannot send (it would go out as '?'); encode it first, or use"
            + " UrlConnectionTransport, which sends Latin-1", null);
      }
    }
  }
}
