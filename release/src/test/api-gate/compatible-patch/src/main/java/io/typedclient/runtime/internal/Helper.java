package io.typedclient.runtime.internal;

/** Not API: its method was replaced, which the gate must allow in any release. */
public final class Helper {
  /** The replacement. */
  public static int renamed() {
    return 1;
  }
}
