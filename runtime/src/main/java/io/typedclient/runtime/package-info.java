/**
 * The runtime that generated clients call, and its API for configuring, extending and testing them.
 *
 * <ul>
 *   <li><b>Configuring a client:</b> {@link io.typedclient.runtime.ClientConfig} (base URL, transport, Moshi,
 *       interceptors, timeouts, body cap, error mapper, scheduler, retries, observers); a generated
 *       {@code XxxClient} takes one.
 *   <li><b>Requests and responses:</b> {@link io.typedclient.runtime.HttpRequest} and
 *       {@link io.typedclient.runtime.HttpResponse}, immutable, with {@link io.typedclient.runtime.HttpHeaders}.
 *       Every request carries its {@link io.typedclient.runtime.Invocation}: the interface and method that made
 *       it, the path template and each path and query value by name, for interceptors to read instead of parsing
 *       the URI. {@link io.typedclient.runtime.ApiResponse} is a decoded body with its status and headers.
 *   <li><b>Retries:</b> {@link io.typedclient.runtime.RetryPolicy}, set on the configuration;
 *       {@link io.typedclient.runtime.StandardRetryPolicy} (429 and {@code Retry-After}, 5xx and connection
 *       failures for idempotent requests, backoff with jitter, a budget) is the usual one, and an
 *       {@link io.typedclient.runtime.Attempt} is what a policy decides about.
 *   <li><b>Observing calls:</b> {@link io.typedclient.runtime.CallObserver}, added to the configuration, sees each
 *       call and attempt start and end ({@link io.typedclient.runtime.AttemptStart},
 *       {@link io.typedclient.runtime.AttemptEnd}, {@link io.typedclient.runtime.CallEnd}) through an
 *       {@link io.typedclient.runtime.ObservedRequest}, which carries names and never values; a
 *       {@link io.typedclient.runtime.RateLimitReader} adds the API's rate-limit state
 *       ({@link io.typedclient.runtime.RateLimitStatus}). The module {@code typedclient-opentelemetry} is one.
 *   <li><b>Interceptors:</b> {@link io.typedclient.runtime.Interceptor} (blocking and non-blocking forms, retries,
 *       waits through the {@link io.typedclient.runtime.Scheduler}) and
 *       {@link io.typedclient.runtime.RequestInterceptor} for those that only rewrite the request.
 *   <li><b>Transports:</b> {@link io.typedclient.runtime.HttpTransport} is the one seam to the network;
 *       {@link io.typedclient.runtime.JdkHttpTransport} is the default and
 *       {@link io.typedclient.runtime.UrlConnectionTransport} the one for Android. Another transport refuses the
 *       headers listed by {@link io.typedclient.runtime.RestrictedHeaders} and proves itself with the conformance
 *       suite of {@code io.typedclient:typedclient-transport-conformance} (extend its
 *       {@code HttpTransportConformanceTest}).
 *   <li><b>Errors:</b> every failure of a call is a {@link io.typedclient.runtime.TypedClientException}; an
 *       {@link io.typedclient.runtime.ErrorMapper} turns non-2xx responses into an API's own exceptions.
 *   <li><b>For generated code:</b> {@link io.typedclient.runtime.ClientRuntime} and
 *       {@link io.typedclient.runtime.RequestBuilder}; hand-written code may call them too.
 * </ul>
 *
 * Messages, logs and every {@code toString()} name a request by its path template and never print a header
 * value, a path or query value, or a body. {@code io.typedclient.runtime.internal} is not API: it holds what only
 * generated code and typedclient's own modules call, and may change in any version.
 */
@NullMarked
package io.typedclient.runtime;

import org.jspecify.annotations.NullMarked;
