package io.typedclient.it.http;

import java.util.Objects;

/** A small JSON model for the end-to-end tests; its Moshi adapter is written by hand in the tests. */
public final class Item {
  private final String id;
  private final String name;

  public Item(String id, String name) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = name;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Item && id.equals(((Item) other).id) && Objects.equals(name, ((Item) other).name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name);
  }

  @Override
  public String toString() {
    return "Item{id=" + id + ", name=" + name + "}";
  }
}
