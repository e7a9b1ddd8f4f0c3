package io.typedclient.runtime;

/** {@link CallListener#none()}: the runtime skips a call whose observers all return it. */
enum NoListener implements CallListener {
  INSTANCE
}
