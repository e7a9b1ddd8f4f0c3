package io.typedclient.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A JSON array as an unmodifiable {@link Set} in the array's order. */
final class SetJsonAdapter<E> extends CollectionJsonAdapter<Set<E>, E> {
  SetJsonAdapter(JsonAdapter<E> element) {
    super(element, "setOf");
  }

  @Override
  Set<E> newCollection() {
    return new LinkedHashSet<>();
  }

  @Override
  Set<E> unmodifiable(Set<E> collection) {
    return Collections.unmodifiableSet(collection);
  }

  @Override
  Set<E> empty() {
    return Collections.emptySet();
  }

  @Override
  Set<E> singleton(@Nullable E only) {
    return Collections.singleton(only);
  }
}
