package io.typedclient;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the hand-written Moshi {@code JsonAdapter} of this type, for JSON that no model class describes (an object
 * whose names are open-ended, a value that is sometimes a string and sometimes an object). Wherever the type
 * appears (a property of a {@link JsonModel @JsonModel}, a body or result of an {@link HttpApi @HttpApi} method, an
 * element of a {@code List}), generated code constructs the adapter directly, {@code new FooJsonAdapter(moshi)} or
 * {@code new FooJsonAdapter()}, and wraps it with {@code nullSafe()}: Moshi is never asked for the type, so it can
 * never fall back to reflection for it, however the application built its Moshi.
 *
 * <pre>
 * &#64;JsonAdaptedBy(LinksJsonAdapter.class)
 * public final class Links { ... }
 *
 * final class LinksJsonAdapter extends JsonAdapter&lt;Links&gt; { ... }
 * </pre>
 *
 * <p>The adapter must be a class (top level or static nested, not abstract) that extends {@code JsonAdapter} of
 * exactly this type, with a constructor that takes a {@code Moshi} or nothing; the class and the constructor must
 * be visible to the generated code, which sits in the package of the model or interface that uses the type
 * (package-private is enough within one package). The processor checks all of this where the type is declared
 * and where it is used, and reports a compile error otherwise. A type is either {@code @JsonModel} or
 * {@code @JsonAdaptedBy}, never both. {@code CLASS} retention: nothing reads it at run time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface JsonAdaptedBy {
  /**
   * The adapter class: a {@code com.squareup.moshi.JsonAdapter} of exactly this type. Declared as {@code Class<?>}
   * so that the annotations depend on nothing; the processor checks the type and refuses any other class.
   */
  Class<?> value();
}
