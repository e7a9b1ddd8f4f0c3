package io.typedclient.processor.report;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule ids are what users search for: each is well formed and unique, processor/README.md lists exactly
 * these, and each has a negative test that asserts it, but for the few that no source javac accepts can reach.
 */
class RuleTest {
  /** Rules that javac, or a working file system, stops first; README says so. */
  private static final Set<String> UNREACHABLE =
      Set.of("not-a-type", "value-not-constant", "model-local", "internal-error", "write-failed");
  private static final Pattern README_ROW = Pattern.compile("^\\| `([a-z-]+)` \\|", Pattern.MULTILINE);

  @Test
  void idsAreLowerCaseWordsAndUnique() {
    Set<String> ids = new LinkedHashSet<>();
    for (Rule rule : Rule.values()) {
      assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
      assertWithMessage("id %s used twice", rule.id()).that(ids.add(rule.id())).isTrue();
      assertThat(rule.tag()).isEqualTo("[typedclient:" + rule.id() + "] ");
    }
  }

  @Test
  void readmeListsEveryRuleAndNoOther() throws IOException {
    String readme = Files.readString(Paths.get("README.md"), StandardCharsets.UTF_8);
    List<String> documented = new ArrayList<>();
    Matcher row = README_ROW.matcher(readme);
    while (row.find()) {
      documented.add(row.group(1));
    }
    assertThat(documented).containsExactlyElementsIn(ids()).inOrder();
  }

  @Test
  void everyReachableRuleHasANegativeTest() throws IOException {
    String tests;
    try (Stream<Path> files = Files.walk(Paths.get("src", "test", "java"))) {
      tests = files.filter(f -> f.toString().endsWith("Test.java"))
          .filter(f -> !f.endsWith("RuleTest.java"))
          .map(RuleTest::read)
          .collect(Collectors.joining("\n"));
    }
    for (String id : ids()) {
      boolean asserted = tests.contains("[typedclient:" + id + "]") || tests.contains("\"" + id + "\"");
      assertWithMessage("a test asserting [typedclient:%s]", id).that(asserted || UNREACHABLE.contains(id)).isTrue();
      assertWithMessage("%s is listed as unreachable but has a test", id)
          .that(asserted && UNREACHABLE.contains(id)).isFalse();
    }
  }

  private static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      ids.add(rule.id());
    }
    return ids;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
