package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sends this parameter as a request header. The value is converted with {@link String#valueOf(Object)}, an enum
 * constant by its JSON name (its {@code @Json(name)}, or else its name), as a JSON body sends it, from names the
 * generated code holds (nothing is looked up at run time); a {@code null} value leaves the header out. A value
 * containing CR, LF or NUL is refused with an {@link IllegalArgumentException} before anything is sent, so a header
 * can never be injected.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Header {
  /** The header name, an RFC 9110 token such as {@code "Cookie"}. */
  String value();
}
