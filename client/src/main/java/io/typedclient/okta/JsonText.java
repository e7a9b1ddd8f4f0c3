package io.typedclient.okta;

/**
 * Writes the small JSON objects of JOSE headers and claims, members in the order written. Not a general JSON
 * writer: names are fixed ASCII; string values are escaped (RFC 8259, section 7).
 */
final class JsonText {
  private final StringBuilder out = new StringBuilder(256).append('{');

  JsonText string(String name, String value) {
    name(name);
    quote(value);
    return this;
  }

  JsonText number(String name, long value) {
    name(name);
    out.append(value);
    return this;
  }

  /** A member whose value is JSON already (an object written by another {@code JsonText}). */
  JsonText raw(String name, String json) {
    name(name);
    out.append(json);
    return this;
  }

  String end() {
    return out.append('}').toString();
  }

  private void name(String name) {
    if (out.length() > 1) {
      out.append(',');
    }
    out.append('"').append(name).append("\":");
  }

  private void quote(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
