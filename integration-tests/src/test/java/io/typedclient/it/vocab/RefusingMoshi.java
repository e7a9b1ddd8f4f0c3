package io.typedclient.it.vocab;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * A Moshi that fails when it is asked for an adapter of anything but a string, a primitive or a box: what it
 * could only answer by reflection. The generated client must wire every model itself, JSON parts included.
 */
final class RefusingMoshi implements JsonAdapter.Factory {
  private RefusingMoshi() {}

  static Moshi create() {
    return new Moshi.Builder().addLast(new RefusingMoshi()).build();
  }

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (raw.isPrimitive() || raw == String.class || raw == Integer.class || raw == Long.class
        || raw == Boolean.class || raw == Double.class) {
      return null;
    }
    throw new AssertionError("Moshi was asked for an adapter of " + type + ", which it would find by reflection");
  }
}
