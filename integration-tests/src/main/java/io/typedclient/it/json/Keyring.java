package io.typedclient.it.json;

import io.typedclient.JsonModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A class whose constructor validates, holding validating records in a list and a map: a refusal deep inside is
 * reported at the path of the object refused.
 */
@JsonModel
public final class Keyring {
  private final String name;
  private final List<ApiKey> keys;
  private final Map<String, ApiKey> byName;

  public Keyring(String name, List<ApiKey> keys, Map<String, ApiKey> byName) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    this.keys = List.copyOf(keys);
    this.byName = Map.copyOf(byName);
  }

  public String name() {
    return name;
  }

  public List<ApiKey> keys() {
    return keys;
  }

  public Map<String, ApiKey> byName() {
    return byName;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Keyring
        && name.equals(((Keyring) o).name)
        && keys.equals(((Keyring) o).keys)
        && byName.equals(((Keyring) o).byName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, keys, byName);
  }

  @Override
  public String toString() {
    return "Keyring{name=" + name + ", keys=" + keys.size() + ", byName=" + byName.keySet() + "}";
  }
}
