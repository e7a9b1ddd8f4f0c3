package io.typedclient.runtime;

import io.typedclient.runtime.internal.Ascii;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The hosts a {@link ProxyConfig} sends direct, read as curl reads {@code NO_PROXY}: entries separated by commas
 * (or spaces); {@code *} alone matches every host; a name matches itself and every name below it
 * ({@code example.com} matches {@code example.com} and {@code api.example.com}, not {@code notexample.com}), with
 * a leading {@code .} or {@code *.} ignored; an IP literal (IPv6 with or without brackets) matches that address,
 * and {@code address/bits} (CIDR, as curl 7.86 and later) every address in the block. A {@code :port} after an entry,
 * which other tools' lists may carry, is ignored. Matching is on the URL's host as written, without a DNS lookup, and
 * ignores case and a trailing dot. Immutable.
 */
final class NoProxyList {
  private static final NoProxyList EMPTY = new NoProxyList(Collections.<String>emptyList(), false,
      Collections.<String>emptyList(), Collections.<byte[]>emptyList(), new int[0]);

  private final List<String> entries;
  private final boolean everything;
  private final List<String> names;
  private final List<byte[]> networks;
  private final int[] prefixBits;

  private NoProxyList(List<String> entries, boolean everything, List<String> names, List<byte[]> networks,
      int[] prefixBits) {
    this.entries = entries;
    this.everything = everything;
    this.names = names;
    this.networks = networks;
    this.prefixBits = prefixBits;
  }

  static NoProxyList empty() {
    return EMPTY;
  }

  /**
   * The list of {@code lists}, each one or more entries separated by commas or whitespace.
   *
   * @throws IllegalArgumentException naming the entry that is not a host name, IP literal or CIDR block
   */
  static NoProxyList parse(Iterable<String> lists) {
    List<String> entries = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<byte[]> networks = new ArrayList<>();
    List<Integer> bits = new ArrayList<>();
    boolean everything = false;
    for (String list : lists) {
      if (list == null) {
        throw new NullPointerException("noProxy entry");
      }
      for (String raw : list.split("[,\\s]+")) {
        String entry = raw.trim();
        if (entry.isEmpty()) {
          continue;
        }
        entries.add(entry);
        if (entry.equals("*")) {
          everything = true;
          continue;
        }
        int slash = entry.indexOf('/');
        String host = normalize(withoutPort(slash < 0 ? entry : entry.substring(0, slash)));
        byte[] address = ipLiteral(host);
        if (slash >= 0) {
          String prefix = entry.substring(slash + 1);
          int max = address == null ? 0 : address.length * 8;
          if (address == null || !Ascii.isDigits(prefix) || prefix.length() > 3 || Integer.parseInt(prefix) > max) {
            throw new IllegalArgumentException("no-proxy entry \"" + entry + "\" is not a CIDR block such as "
                + "10.0.0.0/8 or fd00::/8");
          }
          networks.add(address);
          bits.add(Integer.parseInt(prefix));
        } else if (address != null) {
          networks.add(address);
          bits.add(address.length * 8);
        } else {
          String name = host.startsWith("*.") ? host.substring(2) : host.startsWith(".") ? host.substring(1) : host;
          if (!isHostName(name)) {
            throw new IllegalArgumentException("no-proxy entry \"" + entry + "\" is not a host name, *.suffix, IP "
                + "address or CIDR block");
          }
          names.add(name);
        }
      }
    }
    if (entries.isEmpty()) {
      return EMPTY;
    }
    int[] prefixBits = new int[bits.size()];
    for (int i = 0; i < prefixBits.length; i++) {
      prefixBits[i] = bits.get(i);
    }
    return new NoProxyList(Collections.unmodifiableList(entries), everything, Collections.unmodifiableList(names),
        Collections.unmodifiableList(networks), prefixBits);
  }

  /** Whether {@code host} (a URL's host, IPv6 in brackets or not) is on the list. */
  boolean matches(String host) {
    if (everything) {
      return true;
    }
    if (host == null || (names.isEmpty() && networks.isEmpty())) {
      return false;
    }
    String h = normalize(host);
    byte[] address = networks.isEmpty() ? null : ipLiteral(h);
    if (address != null) {
      for (int i = 0; i < networks.size(); i++) {
        if (inBlock(address, networks.get(i), prefixBits[i])) {
          return true;
        }
      }
      return false;
    }
    for (String name : names) {
      if (h.equals(name) || (h.endsWith(name) && h.charAt(h.length() - name.length() - 1) == '.')) {
        return true;
      }
    }
    return false;
  }

  /** The entries as given, for messages and {@code toString}. */
  List<String> entries() {
    return entries;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public String toString() {
    return entries.toString();
  }

  private static boolean inBlock(byte[] address, byte[] network, int bits) {
    if (address.length != network.length) {
      return false;
    }
    int whole = bits / 8;
    for (int i = 0; i < whole; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = bits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (address[whole] & mask) == (network[whole] & mask);
  }

  /**
   * {@code entry} without a {@code :port} after a name, an IPv4 address or a bracketed IPv6 address, as other
   * tools' {@code NO_PROXY} lists may carry one: the port is ignored, the host matched.
   */
  private static String withoutPort(String entry) {
    int colon = entry.lastIndexOf(':');
    if (colon < 0 || colon == entry.length() - 1 || !Ascii.isDigits(entry.substring(colon + 1))) {
      return entry;
    }
    String host = entry.substring(0, colon);
    boolean bracketed = host.startsWith("[") && host.endsWith("]");
    return bracketed || host.indexOf(':') < 0 ? host : entry;
  }

  /** Lower case, without IPv6 brackets or a trailing dot. */
  private static String normalize(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.endsWith(".") && h.length() > 1) {
      h = h.substring(0, h.length() - 1);
    }
    return h;
  }

  /**
   * The address an IPv4 dotted quad or an IPv6 literal stands for, or {@code null} for anything else; never a DNS
   * lookup (a name is recognised as such before the JDK is asked, and the JDK parses a text with a colon itself).
   */
  static byte @Nullable [] ipLiteral(String host) {
    if (host.indexOf(':') >= 0) {
      for (int i = 0; i < host.length(); i++) {
        char c = host.charAt(i);
        boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex && c != ':' && c != '.') {
          return null;
        }
      }
      try {
        return InetAddress.getByName(host).getAddress();
      } catch (UnknownHostException e) {
        return null;
      }
    }
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] address = new byte[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (!Ascii.isDigits(part) || part.length() > 3 || Integer.parseInt(part) > 255) {
        return null;
      }
      address[i] = (byte) Integer.parseInt(part);
    }
    return address;
  }

  private static boolean isHostName(String name) {
    if (name.isEmpty() || name.length() > 253) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return !name.startsWith(".") && !name.contains("..");
  }
}
