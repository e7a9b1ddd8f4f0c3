package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scripts branch on the exit codes, so every code the CLI can return ({@link ExitCode}'s constants: commands,
 * the usage handler and the failure classification return only those) is listed by {@code --help}, by
 * {@code cli/README.md} and by the root README's CLI section, each with the same meaning and no other code.
 * Surefire runs in the module's directory, hence the paths.
 */
class ExitCodesDocumentedTest {
  private static final Path CLI_README = Path.of("README.md");
  private static final Path ROOT_README = Path.of("../README.md");

  @Test
  void helpListsEveryExitCodeAndNoOther() {
    assertThat(helpExitCodes().keySet()).containsExactlyElementsIn(declaredExitCodes()).inOrder();
  }

  @Test
  void theRootReadmeListsTheCodesAsHelpDoes() throws IOException {
    Map<Integer, String> readme = listed(
        section(ROOT_README, "## The `okta-sessions` command line"), Pattern.compile("(?m)^- `(\\d+)` (.+)$"));

    assertThat(readme).containsExactlyEntriesIn(helpExitCodes()).inOrder();
  }

  @Test
  void theCliReadmeTableListsTheCodesAsHelpDoes() throws IOException {
    Map<Integer, String> table = listed(
        section(CLI_README, "## Errors and exit codes"), Pattern.compile("(?m)^\\| (\\d+) \\| ([^|]+?) \\|"));
    Map<Integer, String> help = helpExitCodes();

    assertThat(table.keySet()).containsExactlyElementsIn(help.keySet()).inOrder();
    for (Map.Entry<Integer, String> code : help.entrySet()) {
      // The table's meaning column leaves what stderr shows to the next column.
      String meaning = code.getValue().split("; ")[0];
      assertWithMessage("meaning of exit code %s in %s", code.getKey(), CLI_README)
          .that(table.get(code.getKey())).startsWith(meaning);
    }
  }

  /** The codes and meanings under "Exit codes:" in {@code okta-sessions --help}, in order. */
  private static Map<Integer, String> helpExitCodes() {
    CliRunner.Result result = new CliRunner(Clock.systemUTC()).run("--help");
    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    String out = result.out();
    int start = out.indexOf("\nExit codes:\n");
    assertWithMessage("--help has an exit code section:\n%s", out).that(start).isAtLeast(0);
    String rest = out.substring(start + "\nExit codes:\n".length());
    int end = rest.indexOf("\n\n");
    return listed(end < 0 ? rest : rest.substring(0, end), Pattern.compile("(?m)^  (\\d+) +(.+)$"));
  }

  /** The values of {@link ExitCode}'s constants, in declaration order. */
  private static Iterable<Integer> declaredExitCodes() {
    Map<Integer, String> codes = new LinkedHashMap<>();
    for (Field field : ExitCode.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == int.class) {
        try {
          codes.put(field.getInt(null), field.getName());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    assertThat(codes).isNotEmpty();
    return codes.keySet();
  }

  /** Code and meaning of each match of {@code line} in {@code text}; backticks dropped, duplicates refused. */
  private static Map<Integer, String> listed(String text, Pattern line) {
    Map<Integer, String> codes = new LinkedHashMap<>();
    Matcher matcher = line.matcher(text);
    while (matcher.find()) {
      int code = Integer.parseInt(matcher.group(1));
      String previous = codes.put(code, matcher.group(2).replace("`", "").trim());
      assertWithMessage("exit code %s listed twice in:\n%s", code, text).that(previous).isNull();
    }
    return codes;
  }

  /** The part of {@code path} from {@code heading} to the next heading of the same level. */
  private static String section(Path path, String heading) throws IOException {
    String doc = Files.readString(path, StandardCharsets.UTF_8);
    int start = doc.indexOf("\n" + heading + "\n");
    assertWithMessage("%s has the heading %s", path, heading).that(start).isAtLeast(0);
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    int end = doc.indexOf("\n" + level, start + heading.length() + 1);
    return end < 0 ? doc.substring(start) : doc.substring(start, end);
  }
}
