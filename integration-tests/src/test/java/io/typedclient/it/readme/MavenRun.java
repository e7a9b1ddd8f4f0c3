package io.typedclient.it.readme;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Maven distribution's own {@code bin/mvn} on a project, as a user would, with a local repository of the
 * test's own. Other artifacts are read from the developer's local repository (the one this build uses), named as a
 * file repository with snapshots off, so that nothing is written there and no stale typedclient snapshot is seen;
 * when this build runs offline, so does Maven, allowed the file repository only. Online, Maven Central is asked for
 * what that repository lacks.
 */
final class MavenRun {
  private static final String CENTRAL = "https://repo.maven.apache.org/maven2";

  private final Path home;
  private final Path repository;
  private final Path settings;
  private final boolean offline;

  MavenRun(Path home, Path repository, Path settings) throws IOException {
    this.home = home;
    this.repository = repository;
    this.settings = settings;
    this.offline = "offline=true".equals(System.getProperty("readme.offline"));
    String cache = System.getProperty("readme.local.repository");
    assertWithMessage("the local repository, set by the module's pom").that(cache).isNotNull();
    Files.writeString(settings, settings(Paths.get(cache).toUri().toString()), StandardCharsets.UTF_8);
  }

  /** What a run printed, and how it ended. */
  record Result(int exitCode, String output) {}

  /** Runs {@code goals} in {@code project}; at most three minutes. */
  Result execute(Path project, String... goals) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin/mvn").toString(), "-B",
        "--no-transfer-progress", "-s", settings.toString(), "-Dmaven.repo.local=" + repository));
    if (offline) {
      command.addAll(List.of("-o", "-Daether.offline.protocols=file"));
    }
    command.addAll(List.of(goals));
    Path log = project.resolveSibling(project.getFileName() + "-" + home.getFileName() + ".log");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(project.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    Map<String, String> environment = builder.environment();
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    // Nothing of this build's own Maven, nor the machine's mavenrc files, may reach the run.
    environment.put("MAVEN_SKIP_RC", "true");
    for (String inherited : List.of("MAVEN_OPTS", "MAVEN_ARGS", "MAVEN_CONFIG", "MAVEN_HOME", "M2_HOME",
        "MAVEN_BASEDIR", "MAVEN_PROJECTBASEDIR", "MAVEN_DEBUG_OPTS")) {
      environment.remove(inherited);
    }
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("Maven did not finish within three minutes:\n" + Files.readString(log));
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private String settings(String cache) {
    String repositories = repository("central", cache) + (offline ? "" : repository("maven-central", CENTRAL));
    return "<settings>\n"
        + "  <profiles>\n"
        + "    <profile>\n"
        + "      <id>cache-then-central</id>\n"
        + "      <repositories>" + repositories + "</repositories>\n"
        + "      <pluginRepositories>" + repositories.replace("repository>", "pluginRepository>")
        + "</pluginRepositories>\n"
        + "    </profile>\n"
        + "  </profiles>\n"
        + "  <activeProfiles><activeProfile>cache-then-central</activeProfile></activeProfiles>\n"
        + "</settings>\n";
  }

  private static String repository(String id, String url) {
    return "<repository><id>" + id + "</id><url>" + url + "</url>"
        + "<releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>"
        + "<snapshots><enabled>false</enabled></snapshots>"
        + "</repository>";
  }
}
