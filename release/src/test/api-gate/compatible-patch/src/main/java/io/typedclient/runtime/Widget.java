package io.typedclient.runtime;

/** A patch release that changes what a method does, not its signature. */
public final class Widget {
  /** A widget. */
  public Widget() {}

  /** Its size. */
  public int size() {
    return 2;
  }
}
