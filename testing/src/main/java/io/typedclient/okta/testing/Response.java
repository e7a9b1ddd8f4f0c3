package io.typedclient.okta.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A complete HTTP response as FakeOkta means to send it: status, header fields in order (a name may repeat)
 * and body. {@code Content-Length} is not a field here; it is written from the body when the response goes out.
 * Immutable: faults derive damaged copies.
 */
final class Response {
  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(200, "OK"), Map.entry(204, "No Content"), Map.entry(301, "Moved Permanently"),
      Map.entry(302, "Found"), Map.entry(303, "See Other"), Map.entry(307, "Temporary Redirect"),
      Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
      Map.entry(409, "Conflict"), Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
      Map.entry(429, "Too Many Requests"), Map.entry(431, "Request Header Fields Too Large"),
      Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"),
      Map.entry(505, "HTTP Version Not Supported"));

  final int status;
  private final List<String[]> headers;
  final byte[] body;

  Response(int status, List<String[]> headers, byte[] body) {
    this.status = status;
    this.headers = Collections.unmodifiableList(new ArrayList<>(headers));
    this.body = body;
  }

  /** RFC 9110: 1xx, 204 and 304 responses never carry content, nor (1xx, 204) a Content-Length. */
  boolean mayHaveBody() {
    return status >= 200 && status != 204 && status != 304;
  }

  String header(String name) {
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase(name)) {
        return header[1];
      }
    }
    return null;
  }

  Response withStatus(int newStatus) {
    return new Response(newStatus, headers, body);
  }

  Response withBody(byte[] newBody) {
    return new Response(status, headers, newBody);
  }

  /** Adds a field after the existing ones; an existing field of the same name stays. */
  Response withHeader(String name, String value) {
    List<String[]> copy = new ArrayList<>(headers);
    copy.add(new String[] {name, value});
    return new Response(status, copy, body);
  }

  /** Replaces every field of that name with one field. */
  Response withHeaderSet(String name, String value) {
    return without(Set.of(name.toLowerCase(Locale.ROOT))).withHeader(name, value);
  }

  /** Drops every field whose lower-cased name is in the set. */
  Response without(Set<String> lowerCaseNames) {
    List<String[]> copy = new ArrayList<>();
    for (String[] header : headers) {
      if (!lowerCaseNames.contains(header[0].toLowerCase(Locale.ROOT))) {
        copy.add(header);
      }
    }
    return new Response(status, copy, body);
  }

  /** Status line and header block, announcing {@code contentLength} bytes of content. */
  byte[] head(long contentLength) {
    StringBuilder head = new StringBuilder(256);
    head.append("HTTP/1.1 ").append(status).append(' ').append(REASONS.getOrDefault(status, "Status")).append("\r\n");
    for (String[] header : headers) {
      head.append(header[0]).append(": ").append(header[1]).append("\r\n");
    }
    if (status >= 200 && status != 204) {
      head.append("Content-Length: ").append(contentLength).append("\r\n");
    }
    head.append("\r\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(head.length());
    bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    return bytes.toByteArray();
  }
}
