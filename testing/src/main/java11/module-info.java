/**
 * FakeOkta: an in-process Okta Sessions server for tests. JUnit 5 is optional: only
 * {@link io.typedclient.okta.testing.FakeOktaExtension} needs it.
 */
@SuppressWarnings("requires-automatic")
module io.typedclient.okta.testing {
  requires com.squareup.moshi;
  requires okio;
  requires static transitive org.junit.jupiter.api;

  exports io.typedclient.okta.testing;
}
