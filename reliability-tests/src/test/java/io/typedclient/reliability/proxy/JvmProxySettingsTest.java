package io.typedclient.reliability.proxy;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.okta.OktaSessions;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.runtime.ProxyConfig;
import io.typedclient.runtime.UrlConnectionTransport;
import io.typedclient.runtime.conformance.RecordingProxy;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the JVM-wide settings still do, in a JVM of its own started with them: {@code https.proxyHost} and
 * {@code https.proxyPort}, {@code http.nonProxyHosts} and {@code javax.net.ssl.trustStore} apply to a client that
 * configures no proxy or trust of its own, over both transports, as they did before per-client settings existed;
 * a client's own {@link ProxyConfig} replaces the JVM's proxy settings for that client alone, and without a
 * {@code TlsConfig} it still trusts the JVM's trust store.
 */
@Timeout(120)
class JvmProxySettingsTest {
  @TempDir Path dir;

  @Test
  void unconfiguredClientsFollowTheJvmSettingsAndAConfiguredOneItsOwnProxy() throws Exception {
    try (TlsOkta org = new TlsOkta();
        RecordingProxy jvmProxy = org.proxy().start();
        RecordingProxy clientProxy = org.proxy().start()) {
      String sessionId = org.okta().createSession(org.user()).id();
      Path trustStore = dir.resolve("trust.p12");
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("test-ca", org.ca().certificate());
      try (OutputStream out = Files.newOutputStream(trustStore)) {
        store.store(out, "changeit".toCharArray());
      }

      String output = runChild(
          List.of("-Dhttps.proxyHost=" + jvmProxy.host(), "-Dhttps.proxyPort=" + jvmProxy.port(),
              "-Dhttp.nonProxyHosts=localhost", "-Djavax.net.ssl.trustStore=" + trustStore,
              "-Djavax.net.ssl.trustStorePassword=changeit", "-Djavax.net.ssl.trustStoreType=PKCS12"),
          org.orgUrl(), org.orgUrl("localhost"), org.okta().apiToken(), sessionId,
          Integer.toString(clientProxy.port()));

      assertThat(output).contains("default transport, JVM proxy: " + sessionId);
      assertThat(output).contains("UrlConnectionTransport, JVM proxy: " + sessionId);
      assertThat(output).contains("default transport, http.nonProxyHosts: " + sessionId);
      assertThat(output).contains("default transport, its own proxy: " + sessionId);
      assertThat(output).contains("UrlConnectionTransport, its own proxy: " + sessionId);
      assertThat(jvmProxy.connects()).hasSize(2);
      assertThat(clientProxy.connects()).hasSize(2);
      for (RecordingProxy proxy : new RecordingProxy[] {jvmProxy, clientProxy}) {
        for (RecordingProxy.Connect connect : proxy.connects()) {
          assertThat(connect.target()).isEqualTo(TlsOkta.HOST + ":" + org.okta().port());
        }
      }
      assertThat(org.okta().requestCount()).isEqualTo(5);
    }
  }

  private static String runChild(List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Child.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        return "unreadable: " + e;
      }
    });
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the child JVM did not exit within 90 s");
    }
    String text = output.get(10, TimeUnit.SECONDS);
    assertThat(process.exitValue()).isEqualTo(0);
    return text;
  }

  /** Runs in the child JVM: {@code orgUrl localhostOrgUrl apiToken sessionId clientProxyPort}. */
  public static final class Child {
    public static void main(String[] args) {
      String orgUrl = args[0];
      String localhost = args[1];
      String token = args[2];
      String sessionId = args[3];
      ProxyConfig own = ProxyConfig.of("127.0.0.1", Integer.parseInt(args[4]));
      try (UrlConnectionTransport plain = UrlConnectionTransport.create();
          UrlConnectionTransport proxied = UrlConnectionTransport.builder().proxy(own).build()) {
        print("default transport, JVM proxy", client(orgUrl, token), sessionId);
        print("UrlConnectionTransport, JVM proxy", client(orgUrl, token).transport(plain), sessionId);
        print("default transport, http.nonProxyHosts", client(localhost, token), sessionId);
        print("default transport, its own proxy", client(orgUrl, token).proxy(own), sessionId);
        print("UrlConnectionTransport, its own proxy", client(orgUrl, token).transport(proxied), sessionId);
      }
    }

    private static OktaSessions.Builder client(String orgUrl, String token) {
      return OktaSessions.builder().environment(name -> null, name -> null).orgUrl(orgUrl).apiToken(token)
          .maxRetries(0);
    }

    private static void print(String what, OktaSessions.Builder builder, String sessionId) {
      try (SessionApiClient client = builder.build()) {
        System.out.println(what + ": " + client.getSession(sessionId).id());
      } catch (RuntimeException e) {
        System.out.println(what + ": failed: " + e);
      }
    }
  }
}
