package io.typedclient.it.json;

import io.typedclient.JsonModel;

/**
 * A record whose compact constructor validates, as a user's model may. Its message quotes the rejected key, as a
 * careless model's would: decoding must report the refusal as a {@code JsonDataException} that does not repeat it.
 */
@JsonModel
public record ApiKey(String owner, String key) {
  public ApiKey {
    if (!key.startsWith("key-")) {
      throw new IllegalArgumentException("malformed key " + key + " of " + owner);
    }
  }
}
