package test;

import io.typedclient.JsonModel;

public final class Outer {
  @JsonModel
  public static final class Inner {
    final String name;

    Inner(String name) {
      this.name = name;
    }
  }
}
