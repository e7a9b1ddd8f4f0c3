package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends this parameter as the JSON request body, encoded with its generated adapter, with
 * {@code Content-Type: application/json; charset=utf-8}; a {@code io.typedclient.runtime.RequestBody} is sent as
 * it is instead (bytes, text or a stream, with its own content type). At most one per method, not on
 * {@link GET}, {@link HEAD} or {@link DELETE} methods, and not in a {@link FormUrlEncoded @FormUrlEncoded} or
 * {@link Multipart @Multipart} method. A {@code null} body is refused with an {@link IllegalArgumentException}. A
 * JSON body's type is one that generated code carries as JSON, the same rule as for {@link JsonModel @JsonModel}
 * properties (a model, a {@code String}, a primitive or box, a {@code List}, {@code Set} or {@code Map<String, V>}
 * of these, ...); other raw bodies such as {@code byte[]} are a compile error that names {@code RequestBody}.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Body {}
