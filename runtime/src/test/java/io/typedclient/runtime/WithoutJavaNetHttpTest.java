package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The runtime in a JVM that has no {@code java.net.http}, as on Android: a client with no transport configured
 * falls back to {@link UrlConnectionTransport} and works.
 */
@Timeout(value = 60, unit = SECONDS)
final class WithoutJavaNetHttpTest {

  @Test
  void defaultTransportFallsBackToHttpUrlConnection() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process =
        new ProcessBuilder(
                java,
                "--limit-modules", "java.base,java.logging,jdk.httpserver",
                "-cp", System.getProperty("java.class.path"),
                Child.class.getName())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, SECONDS)).isTrue();

    assertThat(output).contains("java.net.http present: false");
    assertThat(output).contains("answer: 200 hello from Java/");
    assertThat(process.exitValue()).isEqualTo(0);
  }

  /** Runs in the child JVM. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      System.out.println("java.net.http present: " + ModuleLayer.boot().findModule("java.net.http").isPresent());
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/", exchange -> {
        List<String> agent = exchange.getRequestHeaders().get("User-Agent");
        byte[] body = ("hello from " + (agent == null ? "?" : agent.get(0))).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
      try (ClientRuntime runtime =
          new ClientRuntime(
              ClientConfig.builder().baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build())) {
        HttpResponse response = runtime.send(runtime.request("GET", "/hello", "Child.hello").appendPath("/hello").build());
        System.out.println("answer: " + response.status() + " " + response.bodyString());
      } finally {
        server.stop(0);
      }
    }
  }
}
