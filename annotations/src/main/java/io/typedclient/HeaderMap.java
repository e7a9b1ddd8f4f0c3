package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Request headers, one per entry of a {@code Map<String, ?>}, in the map's iteration order, each checked as a
 * {@link Header @Header} is: names must be RFC 9110 tokens, values must not hold CR, LF or NUL, and headers
 * the transport owns ({@code Host}, {@code Content-Length}...) are refused, with an
 * {@link IllegalArgumentException} before anything is sent. A {@code null} value leaves the entry out; a
 * {@code null} key or map is refused.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface HeaderMap {}
