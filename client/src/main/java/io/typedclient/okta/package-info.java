/**
 * The typed client for the Okta Sessions API: {@link io.typedclient.okta.OktaSessions#builder()} builds a
 * {@link io.typedclient.okta.SessionApiClient}, which implements {@link io.typedclient.okta.SessionApi}. Values are
 * never {@code null} unless their type says {@code @Nullable}.
 */
@NullMarked
package io.typedclient.okta;

import org.jspecify.annotations.NullMarked;
