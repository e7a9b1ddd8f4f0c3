package io.typedclient.it.json;

import io.typedclient.JsonModel;

/** A model without properties: any object reads as one, and it writes {@code {}}. */
@JsonModel
public final class Empty {
  @Override
  public boolean equals(Object o) {
    return o instanceof Empty;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
