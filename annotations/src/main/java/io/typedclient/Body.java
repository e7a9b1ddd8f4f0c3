package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends this parameter as the JSON request body, encoded with its Moshi adapter, with
 * {@code Content-Type: application/json; charset=utf-8}. At most one per method, and not on
 * {@link GET}, {@link HEAD} or {@link DELETE} methods. A {@code null} body is refused with an
 * {@link IllegalArgumentException}. The type is one that generated code carries as JSON, the same rule as for
 * {@link JsonModel @JsonModel} properties (a model, a {@code String}, a primitive or box, a {@code List},
 * {@code Set} or {@code Map<String, V>} of these, ...); raw (non-JSON) bodies such as {@code byte[]} are not
 * supported yet, and are a compile error that says so.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Body {}
