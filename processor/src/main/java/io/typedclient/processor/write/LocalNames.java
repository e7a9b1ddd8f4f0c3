package io.typedclient.processor.write;

import java.util.Collection;
import java.util.Set;

/** Names in a generated method that stay clear of its parameters: the request local, and the client's fields. */
final class LocalNames {
  private final Set<String> parameters;
  private final String request;

  LocalNames(Collection<String> parameters) {
    this.parameters = Set.copyOf(parameters);
    this.request = free("request", "httpRequest");
  }

  /** The local that holds the request: {@code request}, or {@code httpRequest} where a parameter is so named. */
  String request() {
    return request;
  }

  /** {@code name}, or {@code this.name} where a parameter of that name hides the field. */
  String field(String name) {
    return parameters.contains(name) ? "this." + name : name;
  }

  /** {@code preferred}, or {@code fallback}, {@code fallback2}, ... whichever no parameter has. */
  String free(String preferred, String fallback) {
    if (!parameters.contains(preferred)) {
      return preferred;
    }
    String name = fallback;
    for (int i = 2; parameters.contains(name); i++) {
      name = fallback + i;
    }
    return name;
  }
}
