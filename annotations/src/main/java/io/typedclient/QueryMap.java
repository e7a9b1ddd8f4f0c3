package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Query parameters, one per entry of a {@code Map<String, ?>}, in the map's iteration order, each encoded as a
 * {@link Query @Query} parameter is: an {@link Iterable} value repeats the name per non-null element, a
 * {@code null} value leaves the entry out. A {@code null} key or map is refused with an
 * {@link IllegalArgumentException}.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface QueryMap {}
