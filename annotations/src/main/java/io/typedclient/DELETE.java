package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method send an HTTP {@code DELETE} request to a path template relative to the client's base URL.
 *
 * <p>The template starts with {@code /} and may hold {@code {name}} placeholders, each filled by exactly one
 * {@link Path @Path("name")} parameter. Literal text is sent as written; it cannot hold a query
 * ({@code ?}) or fragment ({@code #}): use {@link Query @Query} parameters for queries.
 *
 * <pre>
 * &#64;DELETE("/api/v1/sessions/{sessionId}")
 * void endSession(@Path("sessionId") String sessionId);
 * </pre>
 *
 * <p>A {@code DELETE} method cannot take a {@link Body @Body}: many servers and proxies drop it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface DELETE {
  /**
   * The path template, for example {@code "/api/v1/sessions/{sessionId}"}; left out only when a
   * {@link Url @Url} parameter gives the whole URL.
   */
  String value() default "";
}
