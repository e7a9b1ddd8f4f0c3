package io.typedclient.it.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link JsonAdapter.Factory} that fails when Moshi is asked for an adapter of anything but a string, a
 * primitive or a box, and remembers every such request.
 *
 * <p>It must be registered with {@link Moshi.Builder#addLast}: Moshi 1.15.2 consults, in order, the factories
 * added with {@code add}, then those added with {@code addLast}, then its built-in ones, which it always
 * appends itself ({@code StandardJsonAdapters}, whose enum adapter and {@code @JsonClass} lookup reflect, then
 * the collection, map and array factories, then {@code RecordJsonAdapter} and {@code ClassJsonAdapter}, which
 * reflect). So the guard comes after every adapter the application registers and before anything of Moshi's
 * that could reflect: a request that reaches it is exactly one that Moshi would otherwise answer by reflection
 * (or by a lookup the generated code promised not to need). {@link NoReflectionGuardTest} checks that it is
 * consulted for a class, a record and an enum. Public for the end-to-end tests of the other packages.
 */
public final class ReflectionGuard implements JsonAdapter.Factory {
  private final List<Type> requests = new CopyOnWriteArrayList<>();

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    Class<?> raw = Types.getRawType(type);
    if (raw.isPrimitive() || raw == String.class || isBox(raw)) {
      // Moshi's standard adapters for these read and write directly, without reflection.
      return null;
    }
    requests.add(type);
    throw new AssertionError("Moshi was asked for an adapter of " + type + ", which it would have to find by "
        + "reflection; generated code must wire it directly");
  }

  /** Every type Moshi asked this guard about, which should be none. */
  public List<Type> requests() {
    return requests;
  }

  private static boolean isBox(Class<?> type) {
    return type == Boolean.class || type == Integer.class || type == Long.class || type == Double.class
        || type == Float.class || type == Short.class || type == Byte.class || type == Character.class;
  }
}
