package io.typedclient.runtime.conformance;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.TlsConfig;
import io.typedclient.runtime.TransportException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * TLS trust per transport: a server whose CA the JVM does not know is refused until that CA is configured; host
 * names are verified whatever the trust; a configured client certificate is shown to a server that asks.
 */
interface TlsCases extends TransportFixture {
  @Test
  default void aCertificateFromACaTheJvmDoesNotKnowIsRefused() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("localhost");
        HttpTransport transport = configured(null, null)) {
      HttpRequest request = tlsRequest(origin, "localhost");

      TransportException e = assertThrows(TransportException.class, () -> transport.execute(request));

      assertThat(e).isNotInstanceOf(RequestTimeoutException.class);
      assertThat(causeOfType(e, SSLException.class)).isNotNull();
      assertThat(origin.server().getRequestCount()).isEqualTo(0);
    }
  }

  @Test
  default void theConfiguredCaIsTrustedOnTopOfTheJvmDefaults() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("localhost");
        HttpTransport transport = configured(null, origin.trust())) {
      origin.server().enqueue(ok("trusted"));
      origin.server().enqueue(ok("trusted too"));

      HttpResponse response = transport.execute(tlsRequest(origin, "localhost"));
      HttpResponse async = transport.executeAsync(tlsRequest(origin, "localhost")).get();

      assertThat(response.bodyString()).isEqualTo("trusted");
      assertThat(async.status()).isEqualTo(200);
    }
  }

  @Test
  default void replacingTheDefaultTrustTrustsTheConfiguredCaAlone() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("localhost");
        TlsOrigin stranger = TlsOrigin.start("localhost")) {
      TlsConfig only = TlsConfig.builder().trustPem(origin.ca().certificatePem(), "the origin's CA")
          .replaceDefaultTrust().build();
      try (HttpTransport transport = configured(null, only)) {
        origin.server().enqueue(ok("only this CA"));

        assertThat(transport.execute(tlsRequest(origin, "localhost")).bodyString()).isEqualTo("only this CA");
        TransportException e = assertThrows(TransportException.class, () -> transport.execute(tlsRequest(stranger, "localhost")));
        assertThat(causeOfType(e, SSLException.class)).isNotNull();
      }
    }
  }

  @Test
  default void aTrustedCertificateForAnotherHostIsRefused() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("other.test")) {
      // Trusted both ways: by the builder's PEM, and by a context of the caller's. Neither turns host names off.
      for (TlsConfig trust : new TlsConfig[] {origin.trust(), TlsConfig.of(origin.ca().trustingContext())}) {
        try (HttpTransport transport = configured(null, trust)) {
          TransportException e = assertThrows(TransportException.class, () -> transport.execute(tlsRequest(origin, "localhost")));

          assertThat(causeOfType(e, SSLException.class)).isNotNull();
        }
      }
      assertThat(origin.server().getRequestCount()).isEqualTo(0);
    }
  }

  @Test
  default void aCallersSslContextIsUsedAsGiven() throws Exception {
    try (TlsOrigin origin = TlsOrigin.start("localhost", "127.0.0.1");
        HttpTransport transport = configured(null, TlsConfig.of(origin.ca().trustingContext()))) {
      origin.server().enqueue(ok("by name"));
      origin.server().enqueue(ok("by address"));

      assertThat(transport.execute(tlsRequest(origin, "localhost")).bodyString()).isEqualTo("by name");
      assertThat(transport.execute(tlsRequest(origin, "127.0.0.1")).bodyString()).isEqualTo("by address");
    }
  }

  @Test
  default void theConfiguredClientCertificateIsShownToAServerThatRequiresOne() throws Exception {
    try (TlsOrigin origin = TlsOrigin.requiringClientCertificates("localhost")) {
      TestCertificateAuthority.Issued client = origin.ca().issueClient("typedclient conformance client");
      Path chain = Files.createTempFile("client-chain", ".pem");
      Path key = Files.createTempFile("client-key", ".pem");
      try {
        Files.write(chain, client.certificateChainPem().getBytes(StandardCharsets.US_ASCII));
        Files.write(key, client.privateKeyPem().getBytes(StandardCharsets.US_ASCII));
        TlsConfig mutual = TlsConfig.builder().trustPem(origin.ca().certificatePem(), "the test CA")
            .clientCertificate(chain, key).build();
        origin.server().enqueue(ok("known client"));

        try (HttpTransport anonymous = configured(null, origin.trust())) {
          assertThrows(TransportException.class, () -> anonymous.execute(tlsRequest(origin, "localhost")));
        }
        try (HttpTransport known = configured(null, mutual)) {
          assertThat(known.execute(tlsRequest(origin, "localhost")).bodyString()).isEqualTo("known client");
        }
        RecordedRequest recorded = origin.server().takeRequest();
        X509Certificate shown = (X509Certificate) recorded.getHandshake().peerCertificates().get(0);
        assertThat(shown).isEqualTo(client.certificate());
      } finally {
        Files.deleteIfExists(chain);
        Files.deleteIfExists(key);
      }
    }
  }

  /** A GET of {@code /tls} on {@code origin} under the name {@code host}, with a timeout of 5 s. */
  default HttpRequest tlsRequest(TlsOrigin origin, String host) {
    return HttpRequest.builder("GET", origin.url(host, "/tls")).timeout(Duration.ofSeconds(5)).build();
  }

  /** The first throwable of {@code type} in the cause chain of {@code e}, or null. */
  static Throwable causeOfType(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }
}
