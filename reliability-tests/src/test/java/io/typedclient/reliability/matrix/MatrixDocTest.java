package io.typedclient.reliability.matrix;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's reliability section and {@code docs/reliability.md} show the fault matrix the tests hold the client
 * to: the table in each is
 * {@link MatrixDoc#render()} of {@link FaultMatrix}, character for character. After an intended change to the
 * matrix, regenerate it with
 * {@code ./mvnw -B -pl reliability-tests -am verify -Dtest=MatrixDocTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dreliability.updateDocs=true} and review the diff.
 */
class MatrixDocTest {
  private static final List<Path> DOCS =
      Arrays.stream(System.getProperty("reliability.docs", "../README.md,../docs/reliability.md").split(","))
          .map(Path::of)
          .collect(Collectors.toList());

  @Test
  void docsShowTheMatrixTheTestsCheck() throws IOException {
    for (Path doc : DOCS) {
      checkOrUpdate(doc);
    }
  }

  private static void checkOrUpdate(Path path) throws IOException {
    String doc = Files.readString(path, StandardCharsets.UTF_8);
    int begin = doc.indexOf(MatrixDoc.BEGIN);
    int end = doc.indexOf(MatrixDoc.END);
    assertWithMessage("%s has the markers of the generated table", path).that(begin >= 0 && end > begin).isTrue();
    String current = doc.substring(begin, end + MatrixDoc.END.length());
    String expected = MatrixDoc.render();
    if (Boolean.getBoolean("reliability.updateDocs") && !current.equals(expected)) {
      Files.writeString(path, doc.replace(current, expected), StandardCharsets.UTF_8);
      return;
    }
    assertWithMessage(
            "%s is out of date with FaultMatrix; regenerate it with -Dreliability.updateDocs=true (see MatrixDocTest)",
            path)
        .that(current)
        .isEqualTo(expected);
  }

  @Test
  void everyFaultAndEndpointIsInTheTable() {
    String table = MatrixDoc.render();
    for (FaultKind fault : FaultKind.values()) {
      assertThat(table).contains("**" + fault.label + "**");
    }
    assertThat(table.lines().count()).isEqualTo(FaultMatrix.ROWS.size() + FaultMatrix.URL_CONNECTION_ROWS.size() + 9);
  }
}
