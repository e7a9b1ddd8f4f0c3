package io.typedclient.it.readme;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * This build's typedclient artifacts, installed into a test's own local repository as {@code mvn install} would
 * lay them out, never into the developer's: those a Maven snippet names, the typedclient artifacts they depend on
 * (but for test and provided scopes), and their parent POMs. A module's jar holds the classes this build compiled.
 */
final class ReactorArtifacts {
  private static final String GROUP = "io.typedclient";
  private static final Pattern NAMED = Pattern.compile(
      "<groupId>" + Pattern.quote(GROUP) + "</groupId>\\s*<artifactId>([\\w.-]+)</artifactId>");

  private final String version;
  /** Each artifact of the build, by artifactId, with its POM. */
  private final Map<String, Path> poms = new HashMap<>();

  ReactorArtifacts(Path root) throws Exception {
    Element parent = read(root.resolve("pom.xml"));
    this.version = text(parent, "version");
    poms.put(text(parent, "artifactId"), root.resolve("pom.xml"));
    for (Element module : children(element(parent, "modules"), "module")) {
      Path pom = root.resolve(module.getTextContent().trim()).resolve("pom.xml");
      poms.put(text(read(pom), "artifactId"), pom);
    }
  }

  /** Installs what {@code snippet} names, and what that needs, into {@code repository}. */
  void install(String snippet, Path repository) throws Exception {
    Deque<String> pending = new ArrayDeque<>();
    Matcher named = NAMED.matcher(snippet);
    while (named.find()) {
      pending.add(named.group(1));
    }
    assertWithMessage("typedclient artifacts in the README's snippet").that(pending).isNotEmpty();
    Set<String> installed = new HashSet<>();
    while (!pending.isEmpty()) {
      String artifactId = pending.remove();
      if (!installed.add(artifactId)) {
        continue;
      }
      Path pom = poms.get(artifactId);
      assertWithMessage("a module of this build named %s", artifactId).that(pom).isNotNull();
      Element project = read(pom);
      Path directory = repository.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(version);
      Files.createDirectories(directory);
      Files.copy(pom, directory.resolve(artifactId + "-" + version + ".pom"));
      if (!"pom".equals(text(project, "packaging", "jar"))) {
        jar(pom.getParent(), directory.resolve(artifactId + "-" + version + ".jar"));
      }
      Element parent = element(project, "parent");
      if (parent != null && GROUP.equals(text(parent, "groupId"))) {
        pending.add(text(parent, "artifactId"));
      }
      for (Element dependency : children(element(project, "dependencies"), "dependency")) {
        String group = text(dependency, "groupId");
        String scope = text(dependency, "scope", "compile");
        if ((GROUP.equals(group) || "${project.groupId}".equals(group))
            && !scope.equals("test") && !scope.equals("provided")) {
          pending.add(text(dependency, "artifactId"));
        }
      }
    }
  }

  /**
   * The module's compiled classes as a jar: what the build compiled for this run, where a jar in {@code target/} may
   * be left from an earlier one that went as far as {@code package}.
   */
  private static void jar(Path module, Path target) throws IOException {
    Path classes = module.resolve("target/classes");
    assertWithMessage("%s is built (run this module with -am)", module).that(Files.isDirectory(classes)).isTrue();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out)) {
      for (Path file : files) {
        jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, jar);
        jar.closeEntry();
      }
    }
  }

  private static Element read(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
  }

  private static String text(Element element, String name) {
    Element child = element(element, name);
    assertWithMessage("<%s> in <%s>", name, element.getTagName()).that(child).isNotNull();
    return child.getTextContent().trim();
  }

  private static String text(Element element, String name, String otherwise) {
    Element child = element(element, name);
    return child == null ? otherwise : child.getTextContent().trim();
  }

  /** The first direct child of {@code element} named {@code name}, or {@code null}. */
  private static Element element(Element element, String name) {
    List<Element> found = children(element, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The direct children of {@code element} named {@code name}; none for a {@code null} element. */
  private static List<Element> children(Element element, String name) {
    List<Element> found = new ArrayList<>();
    if (element == null) {
      return found;
    }
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
        found.add((Element) node);
      }
    }
    return found;
  }
}
