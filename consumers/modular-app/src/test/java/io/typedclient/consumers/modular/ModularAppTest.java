package io.typedclient.consumers.modular;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.typedclient.consumers.support.Resolved;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The application module, compiled with the processor against the published jars, runs on the module path: the
 * generated client lives in the application's module, typedclient's jars are named modules (not automatic ones),
 * and the runtime uses the JDK's {@code HttpClient} when {@code java.net.http} is resolved and
 * {@code HttpURLConnection} when it is not.
 */
@Timeout(120)
class ModularAppTest {
  private static final String MODULE = "io.typedclient.consumers.modular";
  private static final String BOOK = "{\"id\":\"42\",\"title\":\"A Wizard of Earthsea\",\"pages\":183}";

  private final ConcurrentLinkedQueue<String> userAgents = new ConcurrentLinkedQueue<>();
  private HttpServer server;

  @BeforeEach
  void startBookshop() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/books", this::answer);
    server.start();
  }

  @AfterEach
  void stopBookshop() {
    server.stop(0);
  }

  @Test
  void runsOnTheModulePathOverTheJdkHttpClient() throws Exception {
    List<String> output = run("--add-modules", "java.net.http");

    assertThat(output)
        .containsExactly(
            "book: Book[id=42, title=A Wizard of Earthsea, pages=183]",
            "added: Book[id=43, title=The Left Hand of Darkness, pages=304]",
            "async: A Wizard of Earthsea",
            "client module: " + MODULE,
            "runtime module: io.typedclient.runtime",
            "java.net.http in the boot layer: true")
        .inOrder();
    // java.net.http's HttpClient announces itself as Java-http-client; HttpURLConnection as Java/<version>.
    assertThat(userAgents).hasSize(3);
    assertThat(userAgents.stream().allMatch(agent -> agent.startsWith("Java-http-client/"))).isTrue();
  }

  @Test
  void withoutJavaNetHttpTheRuntimeTakesHttpUrlConnection() throws Exception {
    List<String> output = run();

    assertThat(output).contains("java.net.http in the boot layer: false");
    assertThat(output).contains("async: A Wizard of Earthsea");
    assertThat(userAgents).hasSize(3);
    assertThat(userAgents.stream().allMatch(agent -> agent.startsWith("Java/"))).isTrue();
  }

  @Test
  void everyTypedclientJarIsANamedModuleWithADescriptor() {
    for (Path jar : typedclientJars()) {
      java.lang.module.ModuleReference module =
          java.lang.module.ModuleFinder.of(jar).findAll().iterator().next();
      assertWithMessage("%s is an automatic module", jar).that(module.descriptor().isAutomatic()).isFalse();
    }
  }

  private List<String> run(String... javaOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--module-path");
    command.add(modulePath());
    command.addAll(List.of(javaOptions));
    command.add("--module");
    command.add(MODULE + "/" + MODULE + ".Main");
    command.add("http://127.0.0.1:" + server.getAddress().getPort());
    Path log = Files.createTempFile("modular-app", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the application did not end in 90 s; it printed:\n" + Files.readString(log));
      }
      List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
      assertWithMessage("exit code of %s; it printed:\n%s", command, String.join("\n", output))
          .that(process.exitValue())
          .isEqualTo(0);
      return output;
    } finally {
      Files.delete(log);
    }
  }

  /** The application's classes (an exploded module: module-info.class at the root) and its run-time jars. */
  private static String modulePath() {
    List<String> entries = new ArrayList<>();
    entries.add(Resolved.property("consumer.module"));
    for (Path jar : Resolved.read().jars()) {
      entries.add(jar.toString());
    }
    typedclientJars();
    return String.join(File.pathSeparator, entries);
  }

  /** typedclient's jars on the run-time path; a reactor module's classes directory there cannot be used. */
  private static List<Path> typedclientJars() {
    List<Path> ours =
        Resolved.read().jars().stream()
            .filter(jar -> jar.getFileName().toString().startsWith("typedclient-")
                || jar.toString().contains(File.separator + "target" + File.separator))
            .collect(Collectors.toList());
    assertThat(ours).isNotEmpty();
    for (Path jar : ours) {
      assertWithMessage("the module descriptors are in the jars: run this test with `package` or later (%s)", jar)
          .that(jar.getFileName().toString())
          .endsWith(".jar");
    }
    return ours;
  }

  private void answer(HttpExchange exchange) throws IOException {
    userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    String path = exchange.getRequestURI().getPath();
    byte[] answer;
    if (exchange.getRequestMethod().equals("GET") && path.equals("/books/42")) {
      answer = BOOK.getBytes(StandardCharsets.UTF_8);
    } else if (exchange.getRequestMethod().equals("POST") && path.equals("/books")) {
      answer = body;
    } else {
      answer = new byte[0];
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }
}
