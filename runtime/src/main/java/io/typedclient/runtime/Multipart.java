package io.typedclient.runtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@code multipart/form-data} body (RFC 7578) as {@link RequestBuilder} assembles it: text, JSON and binary
 * parts, each with its name, optional file name and content type. When every part is in memory the body is one
 * array; when one is streamed, the body is a {@link BodySource} that reads the parts in turn, opening each
 * streamed part only when it is reached.
 *
 * <p>The boundary is 32 random characters (192 bits from a {@link SecureRandom}); a boundary that occurs in a
 * part held in memory is drawn again. A streamed part cannot be checked before it is sent: the chance that its
 * data holds a random 192-bit boundary is what keeps it out.
 */
final class Multipart {
  private static final char[] BOUNDARY_CHARS =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".toCharArray();
  /** Thread-safe; one per class loader because seeding one is slow. */
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One part: headers, then bytes or a source. */
  private static final class Segment {
    final byte @Nullable [] bytes;
    final @Nullable BodySource source;

    Segment(byte @Nullable [] bytes, @Nullable BodySource source) {
      this.bytes = bytes;
      this.source = source;
    }
  }

  private final List<String> headers = new ArrayList<>();
  private final List<Segment> contents = new ArrayList<>();
  private final Supplier<String> boundaries;

  /** A body whose boundaries are drawn at random. */
  Multipart() {
    this(Multipart::boundary);
  }

  /** A body whose boundaries come from {@code boundaries}, a new one for each draw; for tests. */
  Multipart(Supplier<String> boundaries) {
    this.boundaries = boundaries;
  }

  /** Adds a part; {@code fileName} and {@code contentType} may be null. */
  void add(String name, @Nullable String fileName, @Nullable String contentType, RequestBody body) {
    StringBuilder header = new StringBuilder(96).append("Content-Disposition: form-data; name=\"")
        .append(escape(name)).append('"');
    if (fileName != null) {
      header.append("; filename=\"").append(escape(fileName)).append('"');
    }
    header.append("\r\nContent-Type: ").append(contentType != null ? contentType : body.contentType());
    headers.add(header.append("\r\n\r\n").toString());
    contents.add(new Segment(body.bytesUnsafe(), body.source()));
  }

  boolean isEmpty() {
    return headers.isEmpty();
  }

  /** The body, with a boundary that occurs in no part held in memory. */
  RequestBody build() {
    String boundary = boundaries.get();
    for (int tries = 1; occursIn(boundary); tries++) {
      if (tries == 16) {
        throw new IllegalStateException("no multipart boundary found that the parts do not contain");
      }
      boundary = boundaries.get();
    }
    String contentType = "multipart/form-data; boundary=" + boundary;
    List<Segment> segments = segments(boundary);
    if (segments.stream().noneMatch(s -> s.source != null)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Segment segment : segments) {
        byte[] bytes = segment.bytes;
        if (bytes != null) {
          out.write(bytes, 0, bytes.length);
        }
      }
      return RequestBody.of(contentType, out.toByteArray());
    }
    return RequestBody.ofStream(contentType, () -> new SegmentStream(segments));
  }

  /** Delimiters, part headers and contents in the order they are sent. */
  private List<Segment> segments(String boundary) {
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      String delimiter = (i == 0 ? "--" : "\r\n--") + boundary + "\r\n";
      segments.add(new Segment((delimiter + headers.get(i)).getBytes(StandardCharsets.UTF_8), null));
      segments.add(contents.get(i));
    }
    segments.add(new Segment(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8), null));
    return segments;
  }

  private boolean occursIn(String boundary) {
    byte[] needle = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < contents.size(); i++) {
      byte[] data = contents.get(i).bytes;
      if ((data != null && indexOf(data, needle) >= 0) || headers.get(i).contains(boundary)) {
        return true;
      }
    }
    return false;
  }

  static int indexOf(byte[] data, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= data.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String boundary() {
    char[] chars = new char[32];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = BOUNDARY_CHARS[RANDOM.nextInt(BOUNDARY_CHARS.length)];
    }
    return new String(chars);
  }

  /** Names in a quoted string as the WHATWG HTML standard writes them: {@code "}, CR and LF percent-encoded. */
  static String escape(String value) {
    return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Reads the segments in turn, opening a streamed one only when it is reached and closing it at its end. */
  private static final class SegmentStream extends BulkInputStream {
    private final List<Segment> segments;
    private int index = -1;
    private @Nullable InputStream current;

    SegmentStream(List<Segment> segments) {
      this.segments = segments;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (true) {
        InputStream in = current;
        if (in == null) {
          in = next();
          if (in == null) {
            return -1;
          }
        }
        int n = in.read(buffer, offset, length);
        if (n >= 0) {
          return n;
        }
        in.close();
        current = null;
      }
    }

    /** Opens the next segment as {@link #current}; {@code null} after the last. */
    private @Nullable InputStream next() throws IOException {
      if (index + 1 >= segments.size()) {
        return null;
      }
      Segment segment = segments.get(++index);
      InputStream opened = segment.source != null ? segment.source.open() : new ByteArrayInputStream(segment.bytes);
      if (opened == null) {
        throw new IOException("the BodySource of multipart part #" + (index / 2 + 1) + " opened no stream");
      }
      current = opened;
      return opened;
    }

    @Override
    public void close() throws IOException {
      InputStream in = current;
      if (in != null) {
        in.close();
        current = null;
      }
      index = segments.size();
    }
  }
}
