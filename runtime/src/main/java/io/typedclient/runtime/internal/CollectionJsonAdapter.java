package io.typedclient.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.EOFException;
import java.io.IOException;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A JSON array as a collection that the subclass creates and then makes unmodifiable. */
abstract class CollectionJsonAdapter<C extends Collection<E>, E> extends JsonAdapter<C> {
  private final JsonAdapter<E> element;
  private final String kind;

  CollectionJsonAdapter(JsonAdapter<E> element, String kind) {
    this.element = Objects.requireNonNull(element, "element");
    this.kind = kind;
  }

  /** A new, empty, modifiable collection. */
  abstract C newCollection();

  /** An unmodifiable view of {@code collection}, which nothing else references. */
  abstract C unmodifiable(C collection);

  /** The unmodifiable empty collection. */
  abstract C empty();

  /** An unmodifiable collection of {@code only}, which may be {@code null}. */
  abstract C singleton(@Nullable E only);

  // Arrays of zero or one element (Okta's amr, a link's allowed methods) are the common case: they get the JDK's
  // empty and singleton collections instead of an empty collection grown to a default capacity and a view of it.
  @Override
  public final C fromJson(JsonReader reader) throws IOException {
    try {
      reader.beginArray();
      if (!reader.hasNext()) {
        reader.endArray();
        return empty();
      }
      E first = element.fromJson(reader);
      if (!reader.hasNext()) {
        reader.endArray();
        return singleton(first);
      }
      C result = newCollection();
      result.add(first);
      while (reader.hasNext()) {
        result.add(element.fromJson(reader));
      }
      reader.endArray();
      return unmodifiable(result);
    } catch (EOFException e) {
      // Also an element adapter's (Moshi's own for Object, say): the array is where the input ended.
      throw JsonModelSupport.endedEarly(e, reader);
    }
  }

  @Override
  public final void toJson(JsonWriter writer, @Nullable C value) throws IOException {
    if (value == null) {
      throw JsonModelSupport.unexpectedNull(writer);
    }
    writer.beginArray();
    for (E e : value) {
      element.toJson(writer, e);
    }
    writer.endArray();
  }

  @Override
  public final String toString() {
    return "JsonAdapters." + kind + "(" + element + ")";
  }
}
