package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method send an HTTP {@code HEAD} request to a path template relative to the client's base URL.
 *
 * <p>The template starts with {@code /} and may hold {@code {name}} placeholders, each filled by exactly one
 * {@link Path @Path("name")} parameter. Literal text is sent as written; it cannot hold a query
 * ({@code ?}) or fragment ({@code #}): use {@link Query @Query} parameters for queries.
 *
 * <pre>
 * &#64;HEAD("/api/v1/sessions/{sessionId}")
 * ApiResponse&lt;Void&gt; probeSession(@Path("sessionId") String sessionId);
 * </pre>
 *
 * <p>A {@code HEAD} method returns {@code void}, {@code ApiResponse<Void>} or their {@code CompletableFuture}
 * forms: a {@code HEAD} response has no body to decode.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface HEAD {
  /**
   * The path template, for example {@code "/api/v1/sessions/{sessionId}"}; left out only when a
   * {@link Url @Url} parameter gives the whole URL.
   */
  String value() default "";
}
