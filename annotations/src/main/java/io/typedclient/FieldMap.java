package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fields of a {@link FormUrlEncoded @FormUrlEncoded} body, one per entry of a {@code Map<String, ?>}, in the
 * map's iteration order, encoded as {@link Field @Field} values are. An entry whose value is {@code null} is
 * left out; a {@code null} key or a {@code null} map is refused with an {@link IllegalArgumentException}.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface FieldMap {}
