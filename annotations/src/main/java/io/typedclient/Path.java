package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fills the {@code {name}} placeholder of the method's path template with this parameter's value.
 *
 * <p>The value is converted with {@link String#valueOf(Object)}, an enum constant by its JSON name
 * ({@code @Json(name)}, or else its name), as a JSON body sends it, from names the generated code holds (nothing is
 * looked up at run time), and percent-encoded as exactly one path segment: a {@code /}, {@code ?}, {@code #},
 * {@code %}, space or non-ASCII character is encoded and can never change the path or add a query. A {@code null},
 * empty, {@code "."} or {@code ".."} value is refused with an {@link IllegalArgumentException} before anything is
 * sent.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Path {
  /** The placeholder's name, without braces. */
  String value();
}
