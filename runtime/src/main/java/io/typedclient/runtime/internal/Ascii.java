package io.typedclient.runtime.internal;

/** Character checks on protocol text. Not API: for typedclient's own modules. */
public final class Ascii {
  private Ascii() {}

  /**
   * Whether {@code text} is one or more ASCII digits. A loop rather than {@code chars().allMatch}: a stream here
   * loads its classes on every cold start (benchmarks/FINDINGS.md, change 8).
   */
  public static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
