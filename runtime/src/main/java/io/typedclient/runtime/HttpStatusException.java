package io.typedclient.runtime;

import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a status that is not 2xx. Carries the status, the response headers, a bounded
 * excerpt of the body (whatever it was: JSON, an HTML page from a proxy, nothing) and the request id the
 * server sent, if any.
 *
 * <p>The message starts with the first 200 characters of the body on one line, and ends with the request id, with
 * the request's secrets (sensitive header values, path values, query values, the strings of a JSON body) masked in
 * both in case the server echoed them; {@link #bodyExcerpt()} and {@link #requestId()} are the server's text as it
 * came.
 */
public class HttpStatusException extends TypedClientException {
  private static final long serialVersionUID = 1L;

  /** The most characters of the body kept in {@link #bodyExcerpt()}. */
  public static final int MAX_EXCERPT_CHARS = 2048;

  /** Response headers that carry a request id, tried in this order. */
  private static final List<String> REQUEST_ID_HEADERS =
      Collections.unmodifiableList(
          Arrays.asList("X-Okta-Request-Id", "X-Request-Id", "Request-Id", "X-Correlation-Id", "X-Amzn-RequestId"));

  /** The most characters of the request id shown in the message; real ones have a few dozen. */
  private static final int MAX_REQUEST_ID_CHARS = 100;

  private final int status;
  private final transient HttpHeaders headers;
  private final String bodyExcerpt;
  private final @Nullable String requestId;

  /** An exception for {@code response}, with the default message. */
  public HttpStatusException(HttpResponse response) {
    this(response, null);
  }

  /**
   * An exception for {@code response}; {@code detail}, when not null, is added to the message (an error code
   * and summary read from the body, say). It goes in as given, with the request's secrets masked: pass text
   * read from the server through {@link #oneLine(String)} so that it cannot break a log line.
   */
  protected HttpStatusException(HttpResponse response, @Nullable String detail) {
    this(response, detail, null);
  }

  /** As {@link #HttpStatusException(HttpResponse, String)}, with a cause. */
  protected HttpStatusException(HttpResponse response, @Nullable String detail, @Nullable Throwable cause) {
    super(message(response, detail), response.request(), cause);
    this.status = response.status();
    this.headers = response.headers();
    this.bodyExcerpt = excerpt(response.bodyUnsafe(), MAX_EXCERPT_CHARS);
    this.requestId = requestId(response.headers());
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The response headers. */
  public HttpHeaders headers() {
    return headers;
  }

  /** The first value of a response header, or {@code null}. */
  public @Nullable String header(String name) {
    return headers == null ? null : headers.first(name);
  }

  /**
   * At most {@value #MAX_EXCERPT_CHARS} characters of the body, decoded as UTF-8 with malformed bytes replaced;
   * empty when there was no body.
   */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }

  /** The server's request id ({@code X-Okta-Request-Id}, {@code X-Request-Id}, ...), or {@code null}. */
  public @Nullable String requestId() {
    return requestId;
  }

  private static String message(HttpResponse response, @Nullable String detail) {
    StringBuilder message = new StringBuilder("HTTP ").append(response.status());
    message.append(" for ").append(response.request());
    String text = detail != null && !detail.isEmpty() ? detail : oneLine(excerpt(response.bodyUnsafe(), 200));
    if (!text.isEmpty()) {
      // A server may echo what it was sent (a session id from the path, a token): mask the request's secrets.
      message.append(": ").append(SecretScrubber.scrub(response.request(), text));
    }
    String requestId = requestId(response.headers());
    if (requestId != null) {
      // The server chose it: keep a long or odd one from flooding a log line (requestId() has it whole), and a
      // hostile server from echoing the request's token there.
      String shown = oneLine(SecretScrubber.scrub(response.request(), requestId));
      if (shown.length() > MAX_REQUEST_ID_CHARS) {
        shown = shown.substring(0, MAX_REQUEST_ID_CHARS) + "…";
      }
      message.append(" (request id ").append(shown).append(')');
    }
    return message.toString();
  }

  private static @Nullable String requestId(HttpHeaders headers) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = headers.first(name);
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return null;
  }

  /**
   * Up to {@code maxChars} characters of UTF-8 text, followed by {@code …} when the body is longer, without
   * decoding more of the body than that needs.
   */
  static String excerpt(byte[] body, int maxChars) {
    if (body.length == 0) {
      return "";
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer chars = CharBuffer.allocate(maxChars);
    CoderResult result = decoder.decode(in, chars, true);
    boolean truncated = result.isOverflow() || in.hasRemaining();
    if (!truncated) {
      decoder.flush(chars);
    }
    // Through Buffer: CharBuffer.flip() returning CharBuffer is Java 9, and Android has only Buffer.flip().
    ((Buffer) chars).flip();
    return truncated ? chars + "…" : chars.toString();
  }

  /**
   * {@code text} on one line: each run of whitespace and control characters (line breaks, tabs, ESC, NUL)
   * becomes one space, and none is kept at either end. For error mappers and interceptors that put text chosen
   * by the server into a message or a log, where a line break could forge a log line.
   */
  public static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
