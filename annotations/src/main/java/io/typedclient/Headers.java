package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Static headers sent with every request of the annotated interface, or of the annotated method. Each entry
 * is {@code "Name: value"}; the name is an RFC 9110 token and the value has no CR or LF (checked at compile
 * time). A method's entries are sent after its interface's; a {@link Header @Header} parameter with the
 * same name is sent as well, not instead.
 *
 * <pre>
 * &#64;Headers({"Accept: application/json", "X-Client: billing"})
 * </pre>
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface Headers {
  /** Entries of the form {@code "Name: value"}. */
  String[] value();
}
