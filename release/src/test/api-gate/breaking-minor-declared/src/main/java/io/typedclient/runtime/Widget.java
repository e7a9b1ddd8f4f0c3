package io.typedclient.runtime;

/** A 0.x minor release that removes a public method and declares it (typedclient.api.checkZeroVersions=false). */
public final class Widget {
  /** A widget. */
  public Widget() {}
}
