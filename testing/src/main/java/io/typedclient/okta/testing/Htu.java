package io.typedclient.okta.testing;

import java.util.Locale;

/**
 * Compares {@code htu} claims the way RFC 9449 section 4.3 asks: after syntax-based and scheme-based
 * normalization (RFC 3986, sections 6.2.2 and 6.2.3), without query and fragment.
 */
final class Htu {
  private Htu() {}

  static String normalize(String url) {
    String text = url;
    int cut = text.length();
    for (char c : new char[] {'?', '#'}) {
      int at = text.indexOf(c);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    text = text.substring(0, cut);
    int schemeEnd = text.indexOf("://");
    if (schemeEnd < 0) {
      return text;
    }
    String scheme = text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
    int pathStart = text.indexOf('/', schemeEnd + 3);
    String authority = (pathStart < 0 ? text.substring(schemeEnd + 3) : text.substring(schemeEnd + 3, pathStart))
        .toLowerCase(Locale.ROOT);
    String path = pathStart < 0 ? "/" : text.substring(pathStart);
    if ((scheme.equals("https") && authority.endsWith(":443")) || (scheme.equals("http") && authority.endsWith(":80"))) {
      authority = authority.substring(0, authority.lastIndexOf(':'));
    }
    return scheme + "://" + authority + percentNormalized(path);
  }

  /** Percent-escapes upper-cased, and escapes of unreserved characters decoded. */
  private static String percentNormalized(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '%' && i + 2 < path.length()) {
        int hi = Character.digit(path.charAt(i + 1), 16);
        int lo = Character.digit(path.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0) {
          char decoded = (char) (hi * 16 + lo);
          if (Character.isLetterOrDigit(decoded) && decoded < 0x80 || "-._~".indexOf(decoded) >= 0) {
            out.append(decoded);
          } else {
            out.append('%').append(Character.toUpperCase(path.charAt(i + 1))).append(Character.toUpperCase(path.charAt(i + 2)));
          }
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
