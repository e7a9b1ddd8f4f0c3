package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Parts of a {@link Multipart @Multipart} body, one per entry of a {@code Map<String, ?>}, in the map's iteration
 * order, the key naming the part: a {@code io.typedclient.runtime.RequestBody} or
 * {@code io.typedclient.runtime.FileUpload} value is a binary part, any other value a text part of
 * {@link String#valueOf(Object)}. An entry whose value is {@code null} is left out; a {@code null} key or map is
 * refused with an {@link IllegalArgumentException}.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface PartMap {}
