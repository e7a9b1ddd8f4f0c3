package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request URL, given at call time: absolute ({@code https://api.example.com/items?page=2}) or relative
 * to the base URL ({@code /items?page=2}, {@code items?page=2}), as a {@code String} or {@code java.net.URI}.
 * Pagination {@code next} links are the common case. The method's HTTP annotation then has no path
 * ({@code @GET}), and the method has no {@link Path @Path} parameter.
 *
 * <p>Only URLs of the base URL's origin (scheme, host and port) are accepted, and those of origins the client's
 * configuration trusts ({@code ClientConfig.Builder.allowUrlOrigin}): anything else is refused with an
 * {@link IllegalArgumentException} before it is sent, so that a link from a response cannot send the client's
 * credentials (added by its interceptors) to another host. A URL with user info or a fragment is refused too.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Url {}
