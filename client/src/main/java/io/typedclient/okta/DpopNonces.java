package io.typedclient.okta;

/** Checks a server's {@code DPoP-Nonce} before it goes into a proof: RFC 9449's {@code 1*NQCHAR}, bounded. */
final class DpopNonces {
  static final int MAX_LENGTH = 1024;

  private DpopNonces() {}

  /** Whether {@code nonce} is 1 to {@value #MAX_LENGTH} characters from %x21, %x23-5B, %x5D-7E. */
  static boolean isValid(String nonce) {
    if (nonce.isEmpty() || nonce.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < nonce.length(); i++) {
      char c = nonce.charAt(i);
      if (c < 0x21 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
