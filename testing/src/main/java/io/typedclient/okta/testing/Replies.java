package io.typedclient.okta.testing;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The ways a reply can reach the client: whole, not at all, cut short, or padded past a size. */
final class Replies {
  private static final Reply CLOSE = (out, headRequest) -> false;

  private Replies() {}

  static Reply complete(Response response) {
    return (out, headRequest) -> {
      byte[] body = response.mayHaveBody() ? response.body : new byte[0];
      out.write(response.head(body.length));
      if (!headRequest) {
        out.write(body);
      }
      return true;
    };
  }

  /** Reads the request, then closes the connection without sending a single byte. */
  static Reply closeBeforeResponse() {
    return CLOSE;
  }

  /**
   * Announces the full body, sends the headers and the first half of the body, then closes the connection. For a
   * response without a body, half of the header block goes out instead.
   */
  static Reply closeMidBody(Response response) {
    return (out, headRequest) -> {
      byte[] body = response.mayHaveBody() ? response.body : new byte[0];
      byte[] head = response.head(body.length);
      if (body.length == 0 || headRequest) {
        out.write(head, 0, head.length / 2);
      } else {
        out.write(head);
        out.write(body, 0, body.length / 2);
      }
      out.flush();
      return false;
    };
  }

  /**
   * The response with its JSON object body grown to exactly {@code totalBytes} by a leading {@code padding}
   * member, so the document stays valid and only its size is wrong. Streamed: the padding is never held in
   * memory. A body already at or over the size goes out unchanged.
   */
  static Reply padded(Response response, long totalBytes) {
    return (out, headRequest) -> {
      byte[] body = response.body.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : response.body;
      byte[] prefix = "{\"padding\":\"".getBytes(StandardCharsets.UTF_8);
      byte[] rest = body.length > 2
          ? ("\"," + new String(body, 1, body.length - 1, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
          : "\"}".getBytes(StandardCharsets.UTF_8);
      long padding = totalBytes - prefix.length - rest.length;
      if (padding <= 0 || body[0] != '{') {
        return complete(response.withBody(body)).writeTo(out, headRequest);
      }
      out.write(response.head(totalBytes));
      if (headRequest) {
        return true;
      }
      out.write(prefix);
      byte[] chunk = new byte[8192];
      Arrays.fill(chunk, (byte) 'x');
      for (long left = padding; left > 0; left -= chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
      out.write(rest);
      return true;
    };
  }
}
