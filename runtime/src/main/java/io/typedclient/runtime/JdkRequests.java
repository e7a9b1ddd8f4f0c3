package io.typedclient.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Set;
import org.codehaus.mojo.animal_sniffer.IgnoreJRERequirement;
import org.jspecify.annotations.Nullable;

/**
 * Turns a request into what {@link JdkHttpTransport} hands to {@code java.net.http}: refuses the headers it must not
 * or cannot send, and adds the proxy credentials when the request goes through a proxy that has them.
 */
@IgnoreJRERequirement // java.net.http: JdkHttpTransport's side of the Android API check
final class JdkRequests {
  /** Stateless, so one serves every body-less request. */
  private static final BodyPublisher NO_BODY = BodyPublishers.noBody();

  private JdkRequests() {}

  /**
   * The request for {@code java.net.http}. The credentials of {@code route} (a configured proxy, or null), if any,
   * go out as {@code Proxy-Authorization}: {@code java.net.http} puts it in the {@code CONNECT} of an https request (when
   * {@code jdk.http.auth.tunneling.disabledSchemes} allows Basic, which {@link JdkClients} checks) or in a plain http
   * request to the proxy, and never sends a {@code Proxy-*} header to a server through a tunnel or directly. An https
   * request to an authority in {@code http1Only} asks for HTTP/1.1 instead of offering h2.
   */
  static java.net.http.HttpRequest toJdk(HttpRequest request, @Nullable ProxyRoute route, Set<String> http1Only) {
    java.net.http.HttpRequest.Builder builder =
        java.net.http.HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
    if (!isHttps(request)) {
      // Cleartext is allowed for loopback only. Left at its default (HTTP/2), the JDK sends every such request
      // with an h2c upgrade offer (Connection: Upgrade, HTTP2-Settings, Upgrade: h2c) that
      // servers ignore and that costs headers to build, send and parse on every call.
      builder.version(HttpClient.Version.HTTP_1_1);
    } else if (!http1Only.isEmpty() && http1Only.contains(request.uri().getRawAuthority())) {
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
    if (route != null && route.authorization != null) {
      builder.setHeader("Proxy-Authorization", route.authorization);
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
      return BodyPublishers.ofInputStream(() -> new SourceStream(request, source));
    }
    byte[] body = request.bodyUnsafe();
    return body == null ? NO_BODY : BodyPublishers.ofByteArray(body);
  }

  /**
   * A streamed body as the JDK reads it. The JDK would wrap a failure of the source in an
   * {@code UncheckedIOException}; this one fails with the {@link TransportException} that the call throws. The
   * source is opened on the first read, on the JDK's thread, so that an open that fails fails the exchange.
   */
  private static final class SourceStream extends BulkInputStream {
    private final HttpRequest request;
    private final BodySource source;
    private @Nullable InputStream in;

    SourceStream(HttpRequest request, BodySource source) {
      this.request = request;
      this.source = source;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      try {
        if (in == null) {
          in = source.open();
          if (in == null) {
            throw new IOException("the BodySource opened no stream");
          }
        }
        return in.read(into, offset, length);
      } catch (IOException e) {
        throw TransportException.of(request, e);
      }
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      }
    }
  }

  /**
   * Remembers in {@code http1Only} an authority that answered an https request over HTTP/1.1 although h2 was
   * offered, so that {@link #toJdk} asks it for HTTP/1.1 from then on.
   */
  static void learnVersion(Set<String> http1Only, HttpRequest request, java.net.http.HttpResponse<?> response) {
    if (response.version() == HttpClient.Version.HTTP_1_1 && isHttps(request)) {
      String authority = request.uri().getRawAuthority();
      if (authority != null && !http1Only.contains(authority)) {
        http1Only.add(authority);
      }
    }
  }

  private static boolean isHttps(HttpRequest request) {
    return "https".equalsIgnoreCase(request.uri().getScheme());
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
