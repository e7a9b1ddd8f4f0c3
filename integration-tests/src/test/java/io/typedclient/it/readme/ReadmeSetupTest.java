package io.typedclient.it.readme;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.util.concurrent.TimeUnit.MINUTES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A project that follows the README literally builds with {@code -Xlint:all -Werror} on Maven 3.8 and 3.9": the
 * Maven snippet and the Java files of README.md's "Writing your own {@code @HttpApi} interfaces" section, taken
 * from the README itself (so that this test fails when the README drifts), become a project that Maven 3.8.8 and
 * 3.9.16, as distributed on Maven Central, compile with those two compiler arguments added.
 *
 * <p>The typedclient artifacts come from this build ({@link ReactorArtifacts}), installed into a local repository
 * of the test's own; everything else is read from the developer's local repository as a file repository, never
 * written there (see {@link MavenRun}). The build runs {@code mvn compiler:compile}: the compiler plugin, at the
 * version the README gives (or Maven's default when it gives none: 3.1 on Maven 3.8), is the part of the build
 * that the claim is about.
 */
@Timeout(value = 4, unit = MINUTES)
class ReadmeSetupTest {
  private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
  private static final String SECTION = "## Writing your own `@HttpApi` interfaces";
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile("^public (?:final |abstract )*(?:class|interface|record|enum|@interface) (\\w+)", Pattern.MULTILINE);
  private static final Pattern COMPILER_PLUGIN = Pattern.compile(
      "<artifactId>maven-compiler-plugin</artifactId>\\s*(?:<version>([^<]+)</version>)?", Pattern.DOTALL);

  @TempDir Path work;

  @Test
  void buildsWithMaven38() throws Exception {
    assertBuilds(System.getProperty("readme.maven.home.38"));
  }

  @Test
  void buildsWithMaven39() throws Exception {
    assertBuilds(System.getProperty("readme.maven.home.39"));
  }

  /**
   * Why the README gives the compiler plugin's version: without it, Maven 3.8 takes its default, 3.1, which
   * compiles for Java 5 and fails, as the README says.
   */
  @Test
  void withoutThePluginVersionMaven38Fails() throws Exception {
    Readme readme = Readme.section(ROOT.resolve("README.md"), SECTION);
    String snippet = readme.onlyBlock("xml", "<annotationProcessorPaths>");
    Matcher plugin = COMPILER_PLUGIN.matcher(snippet);
    assertThat(plugin.find()).isTrue();
    String unversioned = plugin.group(1) == null
        ? snippet
        : snippet.replace("<version>" + plugin.group(1) + "</version>", "");
    Path project = work.resolve("unversioned");
    Files.createDirectories(project);
    Files.writeString(project.resolve("pom.xml"), pom(unversioned), StandardCharsets.UTF_8);
    for (String source : readme.blocksStartingWith("java", "package ")) {
      write(project.resolve("src/main/java"), source);
    }
    Path repository = work.resolve("repository");
    new ReactorArtifacts(ROOT).install(snippet, repository);
    MavenRun run = new MavenRun(Paths.get(System.getProperty("readme.maven.home.38")), repository,
        work.resolve("settings.xml"));

    MavenRun.Result result = run.execute(project, "compiler:compile");

    assertWithMessage(result.output()).that(result.exitCode()).isNotEqualTo(0);
    assertThat(result.output()).contains("maven-compiler-plugin:3.1:compile");
    assertThat(result.output()).contains("Source option 5 is no longer supported");
  }

  private void assertBuilds(String mavenHome) throws Exception {
    assertWithMessage("Maven home, set by the module's pom").that(mavenHome).isNotNull();
    Readme readme = Readme.section(ROOT.resolve("README.md"), SECTION);
    String snippet = readme.onlyBlock("xml", "<annotationProcessorPaths>");
    Matcher plugin = COMPILER_PLUGIN.matcher(snippet);
    assertWithMessage("the README's Maven snippet configures maven-compiler-plugin").that(plugin.find()).isTrue();
    assertWithMessage("the README gives maven-compiler-plugin's version").that(plugin.group(1)).isNotNull();

    Path project = work.resolve("bookshop");
    Files.createDirectories(project);
    Files.writeString(project.resolve("pom.xml"), pom(snippet), StandardCharsets.UTF_8);
    List<String> types = new ArrayList<>();
    for (String source : readme.blocksStartingWith("java", "package ")) {
      types.add(write(project.resolve("src/main/java"), source));
    }
    assertThat(types).isNotEmpty();

    Path repository = work.resolve("repository");
    new ReactorArtifacts(ROOT).install(snippet, repository);
    MavenRun run = new MavenRun(Paths.get(mavenHome), repository, work.resolve("settings.xml"));

    MavenRun.Result result = run.execute(project, "compiler:compile");

    assertWithMessage("Maven %s on the README's project:\n%s", mavenHome, result.output())
        .that(result.exitCode()).isEqualTo(0);
    // Maven 3.8 prints "maven-compiler-plugin:3.14.0:compile", Maven 3.9 "compiler:3.14.0:compile".
    assertThat(result.output()).containsMatch("compiler(-plugin)?:" + Pattern.quote(plugin.group(1)) + ":compile");
    assertThat(result.output()).doesNotContain("COMPILATION WARNING");
    for (String type : types) {
      Path generated = project.resolve("target/classes").resolve(type.replace('.', '/') + ".class");
      assertWithMessage("compiled %s", type).that(Files.exists(generated)).isTrue();
    }
    for (String type : types) {
      if (type.endsWith("Api")) {
        assertWithMessage("generated %sClient", type)
            .that(Files.exists(project.resolve("target/classes").resolve(type.replace('.', '/') + "Client.class")))
            .isTrue();
      }
    }
  }

  /**
   * A project POM: the coordinates any project has, the README's snippet, and {@code -Xlint:all -Werror} in the
   * compiler plugin's configuration, as a user's strictest build adds them.
   */
  private static String pom(String snippet) {
    int configuration = snippet.indexOf("<configuration>");
    assertWithMessage("the compiler plugin in the README has a <configuration>").that(configuration).isAtLeast(0);
    int insert = configuration + "<configuration>".length();
    String strict = snippet.substring(0, insert)
        + "\n<compilerArgs><arg>-Xlint:all</arg><arg>-Werror</arg></compilerArgs>"
        + snippet.substring(insert);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "<modelVersion>4.0.0</modelVersion>\n"
        + "<groupId>com.example</groupId>\n"
        + "<artifactId>bookshop</artifactId>\n"
        + "<version>1.0</version>\n"
        + "<properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>\n"
        + strict
        + "\n</project>\n";
  }

  /** Writes {@code source} where javac expects it, and returns its public type's name. */
  private static String write(Path sources, String source) throws IOException {
    Matcher packageName = PACKAGE.matcher(source);
    Matcher type = PUBLIC_TYPE.matcher(source);
    assertWithMessage("a package and a public type in:\n%s", source).that(packageName.find() && type.find()).isTrue();
    Path directory = sources.resolve(packageName.group(1).replace('.', '/'));
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(type.group(1) + ".java"), source, StandardCharsets.UTF_8);
    return packageName.group(1) + "." + type.group(1);
  }

  /** The fenced code blocks of one section of a Markdown file. */
  static final class Readme {
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);
    private final List<Map.Entry<String, String>> blocks;

    private Readme(List<Map.Entry<String, String>> blocks) {
      this.blocks = blocks;
    }

    /** The blocks between the heading {@code heading} and the next heading of its level. */
    static Readme section(Path markdown, String heading) throws IOException {
      String text = Files.readString(markdown, StandardCharsets.UTF_8);
      int start = text.indexOf("\n" + heading + "\n");
      assertWithMessage("README.md has the section %s", heading).that(start).isAtLeast(0);
      int end = text.indexOf("\n## ", start + heading.length() + 1);
      String section = text.substring(start, end < 0 ? text.length() : end);
      List<Map.Entry<String, String>> blocks = new ArrayList<>();
      Matcher fence = FENCE.matcher(section);
      while (fence.find()) {
        blocks.add(Map.entry(fence.group(1), fence.group(2)));
      }
      return new Readme(blocks);
    }

    /** The one block in {@code language} that contains {@code text}. */
    String onlyBlock(String language, String text) {
      List<String> found = new ArrayList<>();
      for (Map.Entry<String, String> block : blocks) {
        if (block.getKey().equals(language) && block.getValue().contains(text)) {
          found.add(block.getValue());
        }
      }
      assertWithMessage("%s blocks containing %s", language, text).that(found).hasSize(1);
      return found.get(0);
    }

    /** The blocks in {@code language} that start with {@code prefix}. */
    List<String> blocksStartingWith(String language, String prefix) {
      List<String> found = new ArrayList<>();
      for (Map.Entry<String, String> block : blocks) {
        if (block.getKey().equals(language) && block.getValue().startsWith(prefix)) {
          found.add(block.getValue());
        }
      }
      return found;
    }
  }
}
