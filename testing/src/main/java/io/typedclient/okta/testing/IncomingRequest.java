package io.typedclient.okta.testing;

import java.util.ArrayList;
import java.util.List;

/** One parsed HTTP/1.x request as it arrived on the socket. */
final class IncomingRequest {
  final String method;
  /** The request target exactly as sent, e.g. {@code /api/v1/users/00u1/sessions?oauthTokens=true}. */
  final String target;
  /** The raw (still percent-encoded) path of the target. */
  final String path;
  /** The raw query without {@code ?}, or null when the target has none. */
  final String rawQuery;
  final String version;
  /** Header name and value pairs in arrival order, names as sent. */
  final List<String[]> headers;
  final byte[] body;

  IncomingRequest(
      String method, String target, String path, String rawQuery, String version, List<String[]> headers, byte[] body) {
    this.method = method;
    this.target = target;
    this.path = path;
    this.rawQuery = rawQuery;
    this.version = version;
    this.headers = List.copyOf(headers);
    this.body = body;
  }

  /** The first value of the header, or null. */
  String header(String name) {
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase(name)) {
        return header[1];
      }
    }
    return null;
  }

  List<String> headerValues(String name) {
    List<String> values = new ArrayList<>();
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase(name)) {
        values.add(header[1]);
      }
    }
    return values;
  }

  boolean isHead() {
    return method.equals("HEAD");
  }

  /** HTTP/1.1 keeps the connection unless the client says {@code close}; HTTP/1.0 closes it. */
  boolean wantsClose() {
    if (version.equals("HTTP/1.0")) {
      return true;
    }
    for (String value : headerValues("Connection")) {
      for (String option : value.split(",")) {
        if (option.trim().equalsIgnoreCase("close")) {
          return true;
        }
      }
    }
    return false;
  }
}
