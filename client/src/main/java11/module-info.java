/**
 * The typed client for the Okta Sessions API: {@link io.typedclient.okta.OktaSessions#builder()} builds a
 * {@link io.typedclient.okta.SessionApiClient}. The runtime, the annotations and Moshi come with it
 * ({@code requires transitive}).
 */
@SuppressWarnings("requires-automatic")
module io.typedclient.okta {
  requires transitive io.typedclient.runtime;
  requires okio;
  requires static transitive org.jspecify;

  exports io.typedclient.okta;
}
