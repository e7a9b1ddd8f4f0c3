package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One part of a {@link Multipart @Multipart} body, named by {@link #value()}. What the part holds follows from
 * the parameter's type:
 * <ul>
 *   <li>{@code String}, a primitive or its box: a text part, {@code text/plain; charset=utf-8};
 *   <li>{@code io.typedclient.runtime.RequestBody}: a binary part with the body's content type, in memory or
 *       streamed ({@code RequestBody.ofStream}) so that a large file is never held in memory;
 *   <li>{@code io.typedclient.runtime.FileUpload}: the same with a file name ({@code filename=} in the part's
 *       {@code Content-Disposition});
 *   <li>any other type: a JSON part, {@code application/json; charset=utf-8}, written by the adapter the
 *       processor generates, under the same rule as a {@link Body @Body}.
 * </ul>
 * {@link #contentType()} replaces the content type of a text or JSON part. {@code null} leaves the part out.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Part {
  /** The part's name ({@code name=} in its {@code Content-Disposition}). */
  String value();

  /** The content type of a text or JSON part; empty for the default. Not allowed on a binary part. */
  String contentType() default "";
}
