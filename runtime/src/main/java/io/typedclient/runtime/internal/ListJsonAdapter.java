package io.typedclient.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A JSON array as an unmodifiable {@link List}. */
final class ListJsonAdapter<E> extends CollectionJsonAdapter<List<E>, E> {
  ListJsonAdapter(JsonAdapter<E> element) {
    super(element, "listOf");
  }

  @Override
  List<E> newCollection() {
    return new ArrayList<>();
  }

  @Override
  List<E> unmodifiable(List<E> collection) {
    return Collections.unmodifiableList(collection);
  }

  @Override
  List<E> empty() {
    return Collections.emptyList();
  }

  @Override
  List<E> singleton(@Nullable E only) {
    return Collections.singletonList(only);
  }
}
