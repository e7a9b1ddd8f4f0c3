package io.typedclient.runtime.internal;

/** Not API: free to change. */
public final class Helper {
  /** Used by generated code of this version only. */
  public static int old() {
    return 1;
  }
}
