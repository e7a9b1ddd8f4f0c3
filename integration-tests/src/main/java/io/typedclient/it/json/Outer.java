package io.typedclient.it.json;

import io.typedclient.JsonModel;

/** Holds nested models, whose adapters are {@code Outer_InnerJsonAdapter} and {@code Outer_Inner_DeepJsonAdapter}. */
public final class Outer {
  private Outer() {}

  /** A static nested record. */
  @JsonModel
  public record Inner(int depth, Deep deep) {
    /** Nested twice. */
    @JsonModel
    public record Deep(String name) {}
  }
}
