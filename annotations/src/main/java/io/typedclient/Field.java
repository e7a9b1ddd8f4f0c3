package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One field of a {@link FormUrlEncoded @FormUrlEncoded} body. The value is converted with
 * {@link String#valueOf(Object)}; {@code null} leaves the field out; an {@link Iterable} repeats the field once
 * per non-null element. Arrays are not accepted: pass a {@code List}.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Field {
  /** The field's name, sent form-encoded. */
  String value();
}
