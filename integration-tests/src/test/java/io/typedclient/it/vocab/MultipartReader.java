package io.typedclient.it.vocab;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a received multipart/form-data body into its parts, independently of the runtime's writer. */
final class MultipartReader {
  /** One part: its header lines by lower-cased name, and its content. */
  record Part(Map<String, String> headers, byte[] content) {
    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private MultipartReader() {}

  static List<Part> parts(String contentType, byte[] body) {
    assertThat(contentType).startsWith("multipart/form-data; boundary=");
    String boundary = contentType.substring("multipart/form-data; boundary=".length());
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    List<Integer> starts = new ArrayList<>();
    for (int i = indexOf(body, delimiter, 0); i >= 0; i = indexOf(body, delimiter, i + 1)) {
      starts.add(i);
    }
    assertThat(starts.get(0)).isEqualTo(0);
    String end = new String(body, starts.get(starts.size() - 1), body.length - starts.get(starts.size() - 1),
        StandardCharsets.US_ASCII);
    assertThat(end).isEqualTo("--" + boundary + "--\r\n");
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i + 1 < starts.size(); i++) {
      int from = starts.get(i) + delimiter.length + 2; // the delimiter's CRLF
      int to = starts.get(i + 1) - 2; // the CRLF before the next delimiter
      byte[] headerEnd = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      int blank = indexOf(body, headerEnd, from);
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line : new String(body, from, blank - from, StandardCharsets.UTF_8).split("\r\n")) {
        int colon = line.indexOf(':');
        headers.put(line.substring(0, colon).toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).trim());
      }
      parts.add(new Part(headers, Arrays.copyOfRange(body, blank + 4, to)));
    }
    return parts;
  }

  private static int indexOf(byte[] data, byte[] needle, int from) {
    outer:
    for (int i = from; i + needle.length <= data.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
