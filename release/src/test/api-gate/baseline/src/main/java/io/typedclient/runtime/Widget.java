package io.typedclient.runtime;

/** The API at the baseline. */
public final class Widget {
  /** A widget. */
  public Widget() {}

  /** Its size. */
  public int size() {
    return 1;
  }
}
