/**
 * Not API: what only generated code and typedclient's own modules call (JSON support for generated adapters,
 * logging, URL encoding, small helpers). Public because Java has no "friend" visibility; it may change in any
 * version, as Moshi's {@code com.squareup.moshi.internal} does. Applications use {@code io.typedclient.runtime}.
 */
@NullMarked
package io.typedclient.runtime.internal;

import org.jspecify.annotations.NullMarked;
