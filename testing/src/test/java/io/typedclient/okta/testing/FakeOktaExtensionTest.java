package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

@Timeout(60)
class FakeOktaExtensionTest {
  private static EngineExecutionResults run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }

  /** Every value each test published under the key, in execution order. */
  private static List<String> reported(EngineExecutionResults results, String key) {
    List<String> values = new ArrayList<>();
    results.allEvents().reportingEntryPublished().stream()
        .map(event -> event.getPayload(ReportEntry.class).orElseThrow())
        .map(ReportEntry::getKeyValuePairs)
        .map((Map<String, String> pairs) -> pairs.get(key))
        .filter(value -> value != null)
        .forEach(values::add);
    return values;
  }

  private static void assertClosed(String orgUrl) {
    int port = URI.create(orgUrl).getPort();
    assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
  }

  @Test
  void staticFieldSharesOneServerResetBeforeEachTestAndClosesItAfterTheClass() {
    EngineExecutionResults results = run(ExtensionFixtures.StaticField.class);

    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    List<String> orgUrls = reported(results, "orgUrl");
    assertThat(orgUrls).hasSize(3);
    assertThat(orgUrls.stream().distinct().count()).isEqualTo(1);
    assertThat(reported(results, "sessionsAtStart")).containsExactly("0", "0", "0");
    assertThat(reported(results, "requestsAtStart")).containsExactly("0", "0", "0");
    assertThat(reported(results, "faultTriggered")).containsExactly("0", "0", "0");
    assertThat(reported(results, "apiToken")).containsExactly("00fixtureToken");
    assertThat(reported(results, "sameAsField")).containsExactly("true");
    assertClosed(orgUrls.get(0));
  }

  @Test
  void instanceFieldGivesEachTestItsOwnServer() {
    EngineExecutionResults results = run(ExtensionFixtures.InstanceField.class);

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    List<String> orgUrls = reported(results, "orgUrl");
    assertThat(orgUrls).hasSize(2);
    assertThat(orgUrls.get(0)).isNotEqualTo(orgUrls.get(1));
    orgUrls.forEach(FakeOktaExtensionTest::assertClosed);
  }

  @Test
  void extendWithInjectsOneServerIntoConstructorsMethodsAndNestedClasses() {
    EngineExecutionResults results = run(ExtensionFixtures.Declarative.class);

    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    List<String> orgUrls = reported(results, "orgUrl");
    assertThat(orgUrls).hasSize(3);
    assertThat(orgUrls.stream().distinct().count()).isEqualTo(1);
    assertThat(reported(results, "sameAsConstructor")).containsExactly("true");
    assertThat(reported(results, "sessionsAtStart")).containsExactly("0", "0", "0");
    assertClosed(orgUrls.get(0));
  }

  @Test
  void serverIsClosedAfterAFailedTestToo() {
    EngineExecutionResults results = run(ExtensionFixtures.FailingTest.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    assertClosed(reported(results, "orgUrl").get(0));
  }

  @Test
  void serverOutsideTheLifecycleSaysWhy() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> FakeOktaExtension.create().server());

    assertThat(error).hasMessageThat().contains("@RegisterExtension");
  }
}
