package io.typedclient.okta.testing;

/** What an armed fault does to one request. */
interface FaultAction {
  Reply apply(RoutedRequest routed) throws InterruptedException;
}
