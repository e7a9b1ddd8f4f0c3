package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shaded jar as users do, {@code java [options] -jar okta-sessions.jar ...}, in a process of its own with
 * only the environment it is given (nothing from the machine running the build), for the {@code *IT} tests.
 */
final class PackagedJar {
  private static final Path JAR =
      Paths.get(System.getProperty("okta-sessions.jar", "target/okta-sessions.jar")).toAbsolutePath();

  private PackagedJar() {}

  /** Runs the jar with {@code args}, the JVM options {@code jvmOptions} and exactly the variables {@code env}. */
  static Run run(Map<String, String> env, List<String> jvmOptions, String... args) throws Exception {
    assertThat(Files.isRegularFile(JAR)).isTrue();
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(new File(System.getProperty("java.io.tmpdir")));
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("okta-sessions " + String.join(" ", args) + " did not exit within 60 s");
    }
    return new Run(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What one run printed, and its exit code. */
  record Run(int exitCode, String out, String err) {}
}
