package io.typedclient;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that sending the method's request more than once has the same effect on the server as sending it
 * once (RFC 9110, section 9.2.2), although its HTTP method does not say so: a {@code POST} that only searches, or
 * one the server deduplicates by an idempotency key the method sends. The retry policy may then send it again
 * after a 5xx or a lost connection, as it does a {@code GET}; without it a {@code POST} or {@code PATCH} is sent
 * once, since the server may have acted on it before its answer was lost.
 *
 * <pre>
 * &#64;Idempotent
 * &#64;POST("/payments")
 * Payment pay(&#64;Header("Idempotency-Key") String key, &#64;Body PaymentRequest request);
 * </pre>
 *
 * <p>It goes on the endpoint method itself, never on the interface: each method that is safe to repeat says so
 * where it is declared. On {@code GET}, {@code HEAD}, {@code PUT} and {@code DELETE} it changes nothing. The
 * generated request carries it as {@code io.typedclient.runtime.Invocation.idempotent()}, which
 * {@code io.typedclient.runtime.StandardRetryPolicy} and any policy of one's own read. Retries are configured on
 * the client ({@code ClientConfig.Builder.retryPolicy}); this annotation turns none on.
 *
 * <p>Nothing is read at run time: the annotation has {@code CLASS} retention, and the generated client marks the
 * request while it builds it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Idempotent {}
