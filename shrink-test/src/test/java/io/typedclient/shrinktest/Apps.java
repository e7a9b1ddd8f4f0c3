package io.typedclient.shrinktest;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.squareup.moshi.Moshi;
import io.typedclient.okta.SessionApiClient;
import io.typedclient.runtime.ClientRuntime;
import io.typedclient.shrinktest.okta.SessionsDemo;
import io.typedclient.shrinktest.retrofit.RetrofitSessionsDemo;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/** The two apps the shrinkers are tried on, and what each ships: the jars on its run-time path. */
final class Apps {
  static final String OKTA_APP = "io/typedclient/shrinktest/okta";
  static final String RETROFIT_APP = "io/typedclient/shrinktest/retrofit";
  static final String OKTA_MAIN = SessionsDemo.class.getName();
  static final String RETROFIT_MAIN = RetrofitSessionsDemo.class.getName();

  private Apps() {}

  /** The Retrofit app's own rules: -dontwarn lines that let the shrinkers finish on the JVM, each with its reason. */
  static Path retrofitRules() throws URISyntaxException {
    return Paths.get(Apps.class.getResource("/retrofit-app.pro").toURI());
  }

  /** Where both apps' classes were compiled to. */
  static Path appClasses() {
    return Jars.of(SessionsDemo.class);
  }

  /**
   * The Okta client app's whole run-time path as Maven resolves it, each library by a class that only it has:
   * the client, the runtime, the annotations, JSpecify's nullness annotations, Moshi, okio, the Kotlin standard
   * library and the JetBrains annotations the standard library depends on. (Moshi also names kotlin-stdlib-jdk7 and
   * -jdk8, which are empty jars since Kotlin 1.8.)
   */
  static List<Path> oktaClientPath(Path workDir) throws IOException {
    return jars(workDir,
        Jars.of(SessionApiClient.class),
        Jars.of(ClientRuntime.class),
        Jars.of(io.typedclient.JsonModel.class),
        Jars.of(org.jspecify.annotations.Nullable.class),
        Jars.of(Moshi.class),
        Jars.of(okio.Buffer.class),
        Jars.of(kotlin.Unit.class),
        Jars.of(org.jetbrains.annotations.NotNull.class));
  }

  /** The Retrofit app's run-time path: Retrofit, converter-moshi, OkHttp, and the same Moshi, okio and Kotlin. */
  static List<Path> retrofitPath(Path workDir) throws IOException {
    return jars(workDir,
        Jars.of(Retrofit.class),
        Jars.of(MoshiConverterFactory.class),
        Jars.of(OkHttpClient.class),
        Jars.of(Moshi.class),
        Jars.of(okio.Buffer.class),
        Jars.of(kotlin.Unit.class),
        Jars.of(org.jetbrains.annotations.NotNull.class));
  }

  /** The runtime's jar, which carries the shrinker rules. */
  static Path runtimeJar(Path workDir) throws IOException {
    return Jars.asJar(Jars.of(ClientRuntime.class), workDir);
  }

  /** The jars of ours that an app ships: the client, the runtime and the annotations. */
  static List<Path> ourJars(Path workDir) throws IOException {
    return jars(workDir, Jars.of(SessionApiClient.class), Jars.of(ClientRuntime.class),
        Jars.of(io.typedclient.JsonModel.class));
  }

  private static List<Path> jars(Path workDir, Path... paths) throws IOException {
    List<Path> list = new ArrayList<>();
    for (Path path : paths) {
      list.add(Jars.asJar(path, workDir));
    }
    assertWithMessage("each library comes from its own jar").that(list).containsNoDuplicates();
    return list;
  }

  /** The classes of one app ({@code appPackage}, as a path) in a jar of its own, as an app module builds it. */
  static Path appJar(String appPackage, Path workDir) throws IOException {
    Path classes = appClasses();
    Path jar = workDir.resolve(appPackage.substring(appPackage.lastIndexOf('/') + 1) + "-app.jar");
    Files.createDirectories(workDir);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes.resolve(appPackage))) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }
    return jar;
  }

  /** What the Okta app prints when every step of the lifecycle did what Okta promises, over {@code transport}. */
  static void assertLifecycleCompleted(JavaRun run, String transport) {
    assertWithMessage("the shrunk app over %s: %s", transport, run).that(run.exitCode).isEqualTo(0);
    assertThat(run.output).contains("create: status=ACTIVE userId=00u1ada login=ada@example.com amr=[PASSWORD] "
        + "idp=OKTA user link name=Ada Lovelace");
    assertThat(run.output).contains("get: same session, blocking and async; status=ACTIVE");
    assertThat(run.output).contains("refresh: expiresAt=");
    assertThat(run.output).contains("end: done");
    assertThat(run.output).contains("get after end: 404 E0000007");
    assertThat(run.output).contains("lifecycle complete");
  }

  /**
   * The shrunk Okta app keeps none of the names of the client's, the runtime's, the annotations' or Moshi's classes
   * but one: Moshi's embedded rule {@code -keepclasseswithmembers class * { @com.squareup.moshi.* <methods>; }}
   * keeps {@code Session} and its constructor, whose {@code links} parameter carries Moshi's
   * {@code @Json(name = "_links")}. Every other class was renamed or removed.
   */
  static void assertObfuscated(List<String> classes, Path workDir) throws IOException {
    assertThat(classes).contains(OKTA_APP + "/SessionsDemo.class");
    Set<String> original = new HashSet<>();
    for (Path jar : ourJars(workDir)) {
      original.addAll(Jars.classesIn(jar));
    }
    original.addAll(Jars.classesIn(Jars.of(Moshi.class)));
    List<String> named = new ArrayList<>(classes);
    named.retainAll(original);
    assertWithMessage("classes of the client, the runtime, the annotations and Moshi that kept their names")
        .that(named).containsExactly("io/typedclient/okta/Session.class");
  }
}
