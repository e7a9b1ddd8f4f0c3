package io.typedclient.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.typedclient.runtime.ClientConfig;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain HTTP is allowed for loopback only, decided by where a name actually resolves, checked in JVMs whose name
 * resolution is a private hosts file ({@code -Djdk.net.hosts.file}): a hosts entry that points {@code localhost}
 * or a name under {@code .localhost} elsewhere gets no credentials in clear text (issue 20, item 9).
 */
@Timeout(value = 60, unit = SECONDS)
final class LoopbackHostsTest {
  @TempDir
  Path directory;

  @Test
  void localhostPointedElsewhereAndNamesUnderLocalhostAreRefused() throws Exception {
    String output = runWithHostsFile(
        "10.11.12.13 localhost\n127.0.0.1 api.localhost\n10.11.12.13 attacker.localhost\n",
        "http://localhost:8080", "http://LOCALHOST", "http://api.localhost", "http://attacker.localhost",
        "http://127.0.0.1:8080", "http://127.10.0.3", "http://[::1]:9000");

    assertThat(output).contains("http://localhost:8080 refused");
    assertThat(output).contains("http://LOCALHOST refused");
    assertThat(output).contains("http://api.localhost refused");
    assertThat(output).contains("http://attacker.localhost refused");
    assertThat(output).contains("http://127.0.0.1:8080 accepted");
    assertThat(output).contains("http://127.10.0.3 accepted");
    assertThat(output).contains("http://[::1]:9000 accepted");
  }

  @Test
  void localhostThatResolvesToLoopbackOnlyIsAccepted() throws Exception {
    String output = runWithHostsFile(
        "127.0.0.1 localhost\n::1 localhost\n", "http://localhost:8080", "http://api.localhost");

    assertThat(output).contains("http://localhost:8080 accepted");
    assertThat(output).contains("http://api.localhost refused");
  }

  private String runWithHostsFile(String hosts, String... urls) throws IOException, InterruptedException {
    Path file = directory.resolve("hosts");
    Files.write(file, hosts.getBytes(StandardCharsets.UTF_8));
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new java.util.ArrayList<>(List.of(
        java, "-Djdk.net.hosts.file=" + file, "-cp", System.getProperty("java.class.path"), Child.class.getName()));
    command.addAll(List.of(urls));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(0);
    return output;
  }

  /** Runs in the child JVM: whether a client may be configured with each URL. */
  public static final class Child {
    public static void main(String[] args) {
      for (String url : args) {
        try {
          ClientConfig.builder().baseUrl(url).build();
          System.out.println(url + " accepted");
        } catch (IllegalArgumentException e) {
          System.out.println(url + " refused: " + e.getMessage());
        }
      }
    }
  }
}
