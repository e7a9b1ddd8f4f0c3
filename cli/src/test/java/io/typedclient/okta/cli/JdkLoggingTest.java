package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.UrlConnectionTransport;
import io.typedclient.runtime.conformance.HostileServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the JDK's own logging switches print, which no library can stop: each is shown to print the request's
 * token, cookie or session id, and the README's security section names each one and what to use instead (issue
 * 20, item 13). The redacted alternatives print none of them: the runtime's {@code io.typedclient} debug log, and
 * this command line's {@code --verbose}.
 */
@Timeout(value = 120, unit = SECONDS)
class JdkLoggingTest {
  static final String TOKEN = "00jdkLoggingTOKEN0123456789";
  static final String COOKIE = "102jdkLoggingCOOKIE0123456";
  static final String SESSION_ID = "102jdkLoggingSESSION012345";

  @TempDir
  Path directory;

  @Test
  void javaNetHttpLogsOfHeadersPrintTheTokenAndCookie() throws Exception {
    String output = child("jdk", "-Djdk.httpclient.HttpClient.log=headers");

    assertThat(output).contains(TOKEN);
    assertThat(output).contains(COOKIE);
    assertThat(readmeSecuritySection()).contains("-Djdk.httpclient.HttpClient.log=headers");
  }

  @Test
  void javaNetHttpLogsOfRequestsPrintThePathWithItsIds() throws Exception {
    String output = child("jdk", "-Djdk.httpclient.HttpClient.log=requests");

    assertThat(output).contains(SESSION_ID);
    assertThat(readmeSecuritySection()).contains("`requests`");
  }

  @Test
  void httpUrlConnectionsFineLogPrintsTheTokenAndCookie() throws Exception {
    Path properties = directory.resolve("logging.properties");
    Files.write(properties, ("handlers=java.util.logging.ConsoleHandler\n"
        + "java.util.logging.ConsoleHandler.level=ALL\n"
        + "sun.net.www.protocol.http.HttpURLConnection.level=ALL\n").getBytes(StandardCharsets.UTF_8));

    String output = child("urlconnection", "-Djava.util.logging.config.file=" + properties);

    assertThat(output).contains(TOKEN);
    assertThat(output).contains(COOKIE);
    assertThat(readmeSecuritySection()).contains("sun.net.www.protocol.http.HttpURLConnection");
  }

  @Test
  void theRuntimesDebugLogPrintsNoneOfThem() throws Exception {
    Path properties = directory.resolve("logging.properties");
    Files.write(properties, ("handlers=java.util.logging.ConsoleHandler\n"
        + "java.util.logging.ConsoleHandler.level=ALL\n"
        + "io.typedclient.level=ALL\n").getBytes(StandardCharsets.UTF_8));

    for (String transport : List.of("jdk", "urlconnection")) {
      String output = child(transport, "-Djava.util.logging.config.file=" + properties);

      // The call was logged, with its path template, and nothing it carried.
      assertThat(output).contains("GET http://127.0.0.1:");
      assertThat(output).contains("/api/v1/sessions/{sessionId}");
      assertThat(output).doesNotContain(TOKEN);
      assertThat(output).doesNotContain(COOKIE);
      assertThat(output).doesNotContain(SESSION_ID);
    }
    assertThat(readmeSecuritySection()).contains("`io.typedclient`");
  }

  private String child(String transport, String jvmOption) throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>(List.of(
        java, jvmOption, "-cp", System.getProperty("java.class.path"), Child.class.getName(), transport));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, SECONDS)).isTrue();
    assertThat(output).contains("call done");
    return output;
  }

  /** The README's section on what a hostile server gets, where the JDK's switches are listed. */
  private static String readmeSecuritySection() throws IOException {
    String readme = new String(Files.readAllBytes(Path.of("..", "README.md")), StandardCharsets.UTF_8);
    int start = readme.indexOf("### JDK logging");
    assertThat(start).isAtLeast(0);
    int end = readme.indexOf("\n#", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** Runs in the child JVM: one call that carries a token, a cookie and a session id, through the runtime. */
  public static final class Child {
    public static void main(String[] args) throws Exception {
      try (HostileServer server = HostileServer.start(connection -> {
            while (true) {
              connection.readRequest();
              connection.send("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
            }
          });
          HttpTransport transport = args[0].equals("jdk") ? JdkHttpTransport.create() : UrlConnectionTransport.create();
          io.typedclient.runtime.ClientRuntime runtime = new io.typedclient.runtime.ClientRuntime(
              io.typedclient.runtime.ClientConfig.builder()
                  .baseUrl(server.uri("").toString())
                  .transport(transport)
                  .build())) {
        HttpRequest request = runtime.request("GET", "/api/v1/sessions/{sessionId}", "Child.get")
            .appendPath("/api/v1/sessions/")
            .appendPathSegment("sessionId", SESSION_ID)
            .header("Authorization", "SSWS " + TOKEN)
            .header("Cookie", "sid=" + COOKIE)
            .build();
        runtime.send(request);
      }
      System.out.println("call done");
    }
  }
}
