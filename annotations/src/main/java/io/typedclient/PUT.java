package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method send an HTTP {@code PUT} request to a path template relative to the client's base URL.
 *
 * <p>The template starts with {@code /} and may hold {@code {name}} placeholders, each filled by exactly one
 * {@link Path @Path("name")} parameter. Literal text is sent as written; it cannot hold a query
 * ({@code ?}) or fragment ({@code #}): use {@link Query @Query} parameters for queries.
 *
 * <pre>
 * &#64;PUT("/api/v1/users/{userId}")
 * User replaceUser(@Path("userId") String userId, @Body User user);
 * </pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface PUT {
  /**
   * The path template, for example {@code "/api/v1/users/{userId}"}; left out only when a
   * {@link Url @Url} parameter gives the whole URL.
   */
  String value() default "";
}
