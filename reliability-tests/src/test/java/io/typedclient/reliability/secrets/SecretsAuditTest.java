package io.typedclient.reliability.secrets;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The suite's last check, after every other test class of this module (Jupiter classes are ordered by
 * {@link ClassOrderer.OrderAnnotation}, this one last; the jqwik engine runs before the Jupiter engine, and the
 * first test here fails if that ever changes): in all the log output (every {@link System.Logger}, every level),
 * every exception message and stack trace and every {@code toString} the suite produced, no API token, bearer
 * token, session cookie, session id used as a cookie or session token appeared, and the deliberate leaks of
 * {@link LeakDetectorTest} were caught.
 */
@Order(Integer.MAX_VALUE)
class SecretsAuditTest {

  @Test
  void runsAfterEveryOtherTestClass() throws IOException, URISyntaxException {
    Path classes = Path.of(SecretsAuditTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> testClasses;
    try (Stream<Path> files = Files.walk(classes)) {
      testClasses = files
          .map(file -> classes.relativize(file).toString())
          .filter(name -> name.endsWith("Test.class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .filter(name -> !name.equals(SecretsAuditTest.class.getName()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> notFinished = new TreeSet<>(testClasses);
    notFinished.removeAll(Exposure.global().finishedClasses());
    assertWithMessage("test classes that had not run to their end before the audit (run the whole module)")
        .that(notFinished).isEmpty();
    assertThat(testClasses.size()).isAtLeast(10);
  }

  @Test
  void theRuntimesLoggersWereCapturedAtEveryLevel() {
    assertThat(System.LoggerFinder.getLoggerFinder()).isInstanceOf(RecordingLoggerFinder.class);
    for (String name : List.of("io.typedclient", "io.typedclient.okta")) {
      for (System.Logger.Level level : System.Logger.Level.values()) {
        assertWithMessage("%s enabled at %s", name, level).that(System.getLogger(name).isLoggable(level)).isTrue();
      }
    }
    Map<String, Long> records = Exposure.global().logRecords();
    assertWithMessage("calls logged by the runtime").that(records.getOrDefault("io.typedclient DEBUG", 0L)).isAtLeast(1000L);
    assertWithMessage("retries logged by the Okta client")
        .that(records.getOrDefault("io.typedclient.okta DEBUG", 0L)).isAtLeast(100L);
  }

  @Test
  void noSecretAppearedAndEveryDeliberateLeakWasCaught() {
    Exposure exposure = Exposure.global();
    List<Exposure.Finding> leaks =
        exposure.findings().stream().filter(finding -> !finding.isCanary()).collect(Collectors.toList());
    System.out.printf("SecretsAuditTest: %d secrets registered; scanned %d log records, %d exceptions, %d toStrings;"
            + " log records by logger and level %s; jqwik tries %s (%d in all)%n",
        exposure.secretCount(), exposure.count(Exposure.Channel.LOG), exposure.count(Exposure.Channel.EXCEPTION),
        exposure.count(Exposure.Channel.TO_STRING), exposure.logRecords(), exposure.propertyTries(),
        exposure.propertyTries().values().stream().mapToInt(Integer::intValue).sum());
    assertWithMessage("secrets seen in logs, exceptions or toString (the value itself is never shown; %s secrets in all)",
            exposure.leakedSecrets())
        .that(leaks).isEmpty();
    assertWithMessage("canaries LeakDetectorTest leaked on purpose but the capture did not find")
        .that(exposure.unfoundCanaries()).isEmpty();
    assertWithMessage("canaries").that(exposure.findings().stream().filter(Exposure.Finding::isCanary).count())
        .isAtLeast(3L);
    assertThat(exposure.count(Exposure.Channel.EXCEPTION)).isAtLeast(1000L);
    assertThat(exposure.secretCount()).isAtLeast(1000);
  }
}
