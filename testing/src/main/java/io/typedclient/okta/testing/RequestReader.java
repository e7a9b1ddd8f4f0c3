package io.typedclient.okta.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads HTTP/1.1 requests (RFC 9112) from one connection: request line, headers, and a body framed by
 * {@code Content-Length} or chunked transfer coding. Anything else is refused with a status, never guessed at.
 */
final class RequestReader {
  static final int MAX_LINE = 8 * 1024;
  static final int MAX_HEADERS = 100;
  static final int MAX_BODY = 1024 * 1024;
  private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private final InputStream in;
  private final OutputStream out;

  RequestReader(InputStream in, OutputStream out) {
    this.in = in;
    this.out = out;
  }

  /** The next request, or null when the client closed the connection between requests. */
  IncomingRequest read() throws IOException, BadRequestException {
    String requestLine = readLine(true, 414);
    // RFC 9112 section 2.2: a server should ignore empty lines received before the request line.
    for (int skipped = 0; requestLine != null && requestLine.isEmpty(); skipped++) {
      if (skipped == 8) {
        throw new BadRequestException(400, "no request line");
      }
      requestLine = readLine(true, 414);
    }
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
      throw new BadRequestException(400, "malformed request line");
    }
    String method = parts[0];
    String target = parts[1];
    String version = parts[2];
    if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
      throw new BadRequestException(version.startsWith("HTTP/") ? 505 : 400, "unsupported protocol version");
    }
    String pathAndQuery = originForm(target);
    int question = pathAndQuery.indexOf('?');
    String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
    String query = question < 0 ? null : pathAndQuery.substring(question + 1);

    List<String[]> headers = readHeaders();
    IncomingRequest head = new IncomingRequest(method, target, path, query, version, headers, new byte[0]);
    byte[] body = readBody(head);
    return new IncomingRequest(method, target, path, query, version, headers, body);
  }

  private static String originForm(String target) throws BadRequestException {
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        throw new BadRequestException(400, "invalid character in request target");
      }
    }
    if (target.startsWith("/")) {
      return target;
    }
    if (target.equals("*")) {
      return "*";
    }
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      int pathStart = target.indexOf('/', target.indexOf("//") + 2);
      if (pathStart < 0) {
        int queryStart = target.indexOf('?', target.indexOf("//") + 2);
        return queryStart < 0 ? "/" : "/" + target.substring(queryStart);
      }
      return target.substring(pathStart);
    }
    throw new BadRequestException(400, "malformed request target");
  }

  private List<String[]> readHeaders() throws IOException, BadRequestException {
    List<String[]> headers = new ArrayList<>();
    while (true) {
      String line = readLine(false, 431);
      if (line.isEmpty()) {
        return headers;
      }
      if (headers.size() == MAX_HEADERS) {
        throw new BadRequestException(431, "too many header fields");
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        throw new BadRequestException(400, "obsolete line folding in header field");
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || !isToken(line.substring(0, colon))) {
        throw new BadRequestException(400, "malformed header field");
      }
      headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1).strip()});
    }
  }

  private byte[] readBody(IncomingRequest head) throws IOException, BadRequestException {
    List<String> transferEncodings = head.headerValues("Transfer-Encoding");
    List<String> contentLengths = head.headerValues("Content-Length");
    if (!transferEncodings.isEmpty()) {
      // Both framings at once is the classic request-smuggling shape; refuse rather than pick one.
      if (!contentLengths.isEmpty()) {
        throw new BadRequestException(400, "both Transfer-Encoding and Content-Length");
      }
      if (transferEncodings.size() != 1 || !transferEncodings.get(0).equalsIgnoreCase("chunked")) {
        throw new BadRequestException(501, "unsupported transfer coding");
      }
      sendContinueIfExpected(head);
      return readChunked();
    }
    if (contentLengths.isEmpty()) {
      return new byte[0];
    }
    long length = -1;
    for (String value : contentLengths) {
      long parsed = parseLength(value);
      if (length >= 0 && parsed != length) {
        throw new BadRequestException(400, "conflicting Content-Length values");
      }
      length = parsed;
    }
    if (length > MAX_BODY) {
      throw new BadRequestException(413, "request body larger than " + MAX_BODY + " bytes");
    }
    if (length > 0) {
      sendContinueIfExpected(head);
    }
    return readFully((int) length);
  }

  private static long parseLength(String value) throws BadRequestException {
    if (value.isEmpty() || value.length() > 18) {
      throw new BadRequestException(400, "malformed Content-Length");
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        throw new BadRequestException(400, "malformed Content-Length");
      }
    }
    return Long.parseLong(value);
  }

  private void sendContinueIfExpected(IncomingRequest head) throws IOException {
    String expect = head.header("Expect");
    if (expect != null && expect.equalsIgnoreCase("100-continue") && head.version.equals("HTTP/1.1")) {
      out.write(CONTINUE);
      out.flush();
    }
  }

  private byte[] readChunked() throws IOException, BadRequestException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(false, 400);
      int semicolon = sizeLine.indexOf(';');
      String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
      int size;
      try {
        size = hex.isEmpty() || hex.length() > 7 ? -1 : Integer.parseInt(hex, 16);
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 0) {
        throw new BadRequestException(400, "malformed chunk size");
      }
      if (size == 0) {
        while (!readLine(false, 431).isEmpty()) {
          // Trailer fields carry nothing FakeOkta uses.
        }
        return body.toByteArray();
      }
      if (body.size() + size > MAX_BODY) {
        throw new BadRequestException(413, "request body larger than " + MAX_BODY + " bytes");
      }
      body.write(readFully(size));
      if (!readLine(false, 400).isEmpty()) {
        throw new BadRequestException(400, "chunk data longer than its size");
      }
    }
  }

  private byte[] readFully(int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new EOFException("request body ended early");
    }
    return bytes;
  }

  /**
   * Reads one line ending in CRLF (a bare LF is accepted). Returns null only when {@code endAllowed} and the
   * stream ends before the first byte; a line over {@link #MAX_LINE} is refused with {@code tooLongStatus}.
   */
  private String readLine(boolean endAllowed, int tooLongStatus) throws IOException, BadRequestException {
    StringBuilder line = new StringBuilder();
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (endAllowed && line.length() == 0) {
          return null;
        }
        throw new EOFException("connection closed in the middle of a request");
      }
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      if (line.length() == MAX_LINE) {
        throw new BadRequestException(tooLongStatus, "line longer than " + MAX_LINE + " bytes");
      }
      // Header text is ISO-8859-1 on the wire; anything outside it is the client's problem, kept byte for byte.
      line.append((char) b);
    }
  }

  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
