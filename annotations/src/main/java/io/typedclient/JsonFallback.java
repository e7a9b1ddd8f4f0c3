package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one constant of a {@link JsonModel @JsonModel} enum that unknown JSON values decode to, so that a
 * value the server adds later does not fail decoding. Without a fallback, an unknown value is a
 * {@code JsonDataException} naming the value and its JSON path. The fallback constant is never written for
 * an unknown value: encoding writes the constant's own name.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.CLASS)
public @interface JsonFallback {}
