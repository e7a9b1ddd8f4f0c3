/**
 * FakeOkta: an in-process Okta Sessions server for tests. Start one with {@link
 * io.typedclient.okta.testing.FakeOkta#start()} (or {@link io.typedclient.okta.testing.FakeOktaExtension} in
 * JUnit 5), register users, hand out session tokens, inject faults with {@link
 * io.typedclient.okta.testing.FakeOkta#faults()}, and assert on {@link
 * io.typedclient.okta.testing.RecordedRequest}s.
 */
package io.typedclient.okta.testing;
