/**
 * OpenTelemetry for typedclient clients: {@link io.typedclient.opentelemetry.OpenTelemetryObserver}, a
 * {@link io.typedclient.runtime.CallObserver} that records a client span per attempt, propagates trace context and
 * records {@code http.client.request.duration}, by the stable HTTP semantic conventions. Optional: the runtime and
 * the Okta client never refer to OpenTelemetry; add this module and the observer to use it.
 */
@NullMarked
package io.typedclient.opentelemetry;

import org.jspecify.annotations.NullMarked;
