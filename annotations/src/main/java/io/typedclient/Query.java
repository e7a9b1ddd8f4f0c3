package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds this parameter as a query parameter. The value is converted with {@link String#valueOf(Object)}, an enum
 * constant by its JSON name (its {@code @Json(name)}, or else its name), as a JSON body sends it, from names the
 * generated code holds (nothing is looked up at run time), and percent-encoded; a {@code null} value leaves the
 * parameter out. An {@link Iterable} (a {@code List}, {@code Set}) adds the parameter once per element, in order,
 * skipping {@code null} elements. Arrays are not accepted: pass a {@code List}.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Query {
  /** The query parameter's name, sent percent-encoded. */
  String value();
}
