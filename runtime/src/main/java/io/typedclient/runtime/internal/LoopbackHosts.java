package io.typedclient.runtime.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which hosts count as loopback, for the one exception to "https only": credentials may go out in clear text only
 * where they never leave the machine. Not API: for typedclient's own modules.
 *
 * <p>A literal address counts when it is in {@code 127.0.0.0/8} or is {@code ::1}. The one name that counts is
 * {@code localhost}, and only when every address it resolves to here is a loopback address: a hosts file (or a
 * resolver) can point any name anywhere, {@code localhost} included, and a name under {@code .localhost} is not
 * resolved to loopback by every platform, so none is accepted. The name is resolved when the URL is checked, when
 * a client is configured; a hosts file changed after that is not noticed.
 */
public final class LoopbackHosts {
  private LoopbackHosts() {}

  /** Whether {@code host} (a URI's host: a name, an IPv4 address, or an IPv6 address in brackets) is loopback. */
  public static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    if (h.equals("localhost")) {
      return resolvesToLoopbackOnly(h);
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

  private static boolean resolvesToLoopbackOnly(String name) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(name);
    } catch (UnknownHostException | RuntimeException e) {
      // Unknown here, or not to be looked up on this thread (Android's main thread): not known to be loopback.
      return false;
    }
    for (InetAddress address : addresses) {
      if (!address.isLoopbackAddress()) {
        return false;
      }
    }
    return addresses.length > 0;
  }
}
