package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The request timeout of this method's calls, in place of the client's
 * ({@code ClientConfig.requestTimeout}): the time from sending the request to the end of the response body.
 * A download that streams for minutes needs one; an endpoint that must answer fast can have a shorter one.
 *
 * <pre>
 * &#64;Timeout(value = 10, unit = ChronoUnit.MINUTES)
 * &#64;GET("/exports/{id}")
 * StreamingResponse download(@Path("id") String id);
 * </pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Timeout {
  /** The amount of {@link #unit()}; positive. */
  long value();

  /** The unit: {@code NANOS} to {@code DAYS}; longer units have no exact length and are refused. */
  java.time.temporal.ChronoUnit unit() default java.time.temporal.ChronoUnit.SECONDS;
}
