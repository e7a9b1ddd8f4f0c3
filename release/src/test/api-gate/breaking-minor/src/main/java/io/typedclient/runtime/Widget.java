package io.typedclient.runtime;

/** A 0.x minor release that removes a public method without saying so: the gate holds 0.x to semantic versioning. */
public final class Widget {
  /** A widget. */
  public Widget() {}
}
