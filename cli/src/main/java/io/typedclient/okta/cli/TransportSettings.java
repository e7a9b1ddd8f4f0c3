package io.typedclient.okta.cli;

import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.TlsConfig;
import java.time.Duration;

/**
 * What the transport of one run is made with.
 *
 * @param connectTimeout time allowed to open a connection
 * @param proxy the run's proxy, or {@code null} for the JVM's proxy settings
 * @param tls the run's trust, or {@code null} for the JVM's
 */
record TransportSettings(Duration connectTimeout, ProxyConfig proxy, TlsConfig tls) {}
