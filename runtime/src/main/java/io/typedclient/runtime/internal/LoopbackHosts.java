package io.typedclient.runtime.internal;

import java.util.Locale;

/** Which hosts count as loopback, for the one exception to "https only". Not API: for typedclient's own modules. */
public final class LoopbackHosts {
  private LoopbackHosts() {}

  /**
   * Whether {@code host} is a loopback name or address, decided from the text alone (no DNS lookup):
   * {@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8}, {@code ::1}.
   */
  public static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !Ascii.isDigits(part) || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}
