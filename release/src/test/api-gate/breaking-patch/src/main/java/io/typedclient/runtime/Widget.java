package io.typedclient.runtime;

/** A patch release that removes a public method: binary incompatible. */
public final class Widget {
  /** A widget. */
  public Widget() {}
}
