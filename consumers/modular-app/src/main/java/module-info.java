/**
 * An application module on typedclient. It requires the runtime (which brings the annotations and Moshi); the
 * processor writes {@code BookApiClient} and {@code BookJsonAdapter} into this module. For the JDK's
 * {@code HttpClient} transport an application also requires {@code java.net.http} (or runs with
 * {@code --add-modules java.net.http}); this one leaves that to its command line, so that the tests can run it both
 * ways.
 */
module io.typedclient.consumers.modular {
  requires io.typedclient.runtime;
}
