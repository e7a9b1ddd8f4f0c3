package io.typedclient.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request body that is not JSON: bytes or text held in memory, or a stream of unknown length read as it is
 * sent, each with an explicit content type. An {@code @HttpApi} method sends one as its whole body
 * ({@code @Body RequestBody body}) or as a binary part of a {@code @Multipart} body
 * ({@code @Part("file") RequestBody file}). Immutable; the bytes are copied in.
 *
 * <pre>
 * RequestBody.of("image/png", bytes)
 * RequestBody.ofText("text/csv", csv)                         // sent as UTF-8, "; charset=utf-8" added
 * RequestBody.ofStream("application/zip", () -&gt; Files.newInputStream(path))
 * </pre>
 */
public final class RequestBody {
  private final String contentType;
  private final byte @Nullable [] bytes;
  private final @Nullable BodySource source;

  private RequestBody(String contentType, byte @Nullable [] bytes, @Nullable BodySource source) {
    this.contentType = checkContentType(contentType);
    this.bytes = bytes;
    this.source = source;
  }

  /** {@code bytes} (copied) as they are, labelled {@code contentType}. */
  public static RequestBody of(String contentType, byte[] bytes) {
    return new RequestBody(contentType, Objects.requireNonNull(bytes, "bytes").clone(), null);
  }

  /**
   * {@code text} encoded as UTF-8, labelled {@code contentType}; {@code ; charset=utf-8} is added when the
   * content type names no charset. A content type that names another charset is refused: the text is always
   * sent as UTF-8.
   */
  public static RequestBody ofText(String contentType, String text) {
    Objects.requireNonNull(text, "text");
    checkContentType(contentType);
    String lower = contentType.toLowerCase(Locale.ROOT);
    int charset = lower.indexOf("charset=");
    if (charset < 0) {
      contentType = contentType + "; charset=utf-8";
    } else if (!lower.startsWith("utf-8", charset + 8) && !lower.startsWith("\"utf-8\"", charset + 8)) {
      throw new IllegalArgumentException("content type \"" + contentType + "\" names a charset other than UTF-8;"
          + " text bodies are sent as UTF-8 (encode the text yourself and use RequestBody.of for another charset)");
    }
    return new RequestBody(contentType, text.getBytes(StandardCharsets.UTF_8), null);
  }

  /**
   * A body read from {@code source} while it is sent, never held in memory, of a length nobody needs to know in
   * advance: {@code JdkHttpTransport} and {@code UrlConnectionTransport} send it chunked. {@code source} is
   * opened once per attempt.
   */
  public static RequestBody ofStream(String contentType, BodySource source) {
    return new RequestBody(contentType, null, Objects.requireNonNull(source, "source"));
  }

  /** The value of the {@code Content-Type} header. */
  public String contentType() {
    return contentType;
  }

  /** Whether the body is streamed from a {@link BodySource} rather than held in memory. */
  public boolean isStreamed() {
    return source != null;
  }

  /** The length in bytes, or {@code -1} for a streamed body. */
  public long contentLength() {
    return bytes == null ? -1 : bytes.length;
  }

  /** A copy of the bytes; {@code null} for a streamed body. */
  public byte @Nullable [] bytes() {
    return bytes == null ? null : bytes.clone();
  }

  /** The bytes without copying, for the runtime, which never writes to them. */
  byte @Nullable [] bytesUnsafe() {
    return bytes;
  }

  /** The source of a streamed body; {@code null} for one in memory. */
  public @Nullable BodySource source() {
    return source;
  }

  /** {@code RequestBody{image/png, 1234 bytes}}: never the content. */
  @Override
  public String toString() {
    return "RequestBody{" + contentType + (bytes == null ? ", streamed}" : ", " + bytes.length + " bytes}");
  }

  private static String checkContentType(String contentType) {
    Objects.requireNonNull(contentType, "contentType");
    if (contentType.isEmpty() || contentType.indexOf('/') < 0) {
      throw new IllegalArgumentException("content type \"" + contentType + "\" is not a media type (type/subtype)");
    }
    HttpHeaders.checkValue("Content-Type", contentType); // the header rules: no CR, LF or NUL
    return contentType;
  }
}
