package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Test classes that {@link FakeOktaExtensionTest} runs through the JUnit engine; each test reports what it saw.
 * The name keeps the build from running them on their own.
 */
final class ExtensionFixtures {
  private ExtensionFixtures() {}

  private static void report(TestReporter reporter, FakeOkta okta) {
    reporter.publishEntry("orgUrl", okta.orgUrl());
    reporter.publishEntry("sessionsAtStart", Integer.toString(okta.sessions().size()));
    reporter.publishEntry("requestsAtStart", Integer.toString(okta.requestCount()));
    reporter.publishEntry("faultTriggered", Integer.toString(okta.faults().next(1).respond(503).timesTriggered()));
    okta.createSession(okta.addUser("00u1", "ada@example.com", "Ada Lovelace"));
  }

  static class StaticField {
    @RegisterExtension
    static final FakeOktaExtension okta = FakeOktaExtension.create(FakeOkta.builder().apiToken("00fixtureToken"));

    @Test
    void first(TestReporter reporter) {
      report(reporter, okta.server());
      reporter.publishEntry("apiToken", okta.server().apiToken());
    }

    @Test
    void second(TestReporter reporter) {
      report(reporter, okta.server());
    }

    @Test
    void injected(FakeOkta injected, TestReporter reporter) {
      reporter.publishEntry("sameAsField", Boolean.toString(injected == okta.server()));
      report(reporter, injected);
    }
  }

  static class InstanceField {
    @RegisterExtension
    final FakeOktaExtension okta = FakeOktaExtension.create();

    @Test
    void first(TestReporter reporter) {
      report(reporter, okta.server());
    }

    @Test
    void second(TestReporter reporter) {
      report(reporter, okta.server());
    }
  }

  @ExtendWith(FakeOktaExtension.class)
  static class Declarative {
    private final FakeOkta fromConstructor;

    Declarative(FakeOkta fromConstructor) {
      this.fromConstructor = fromConstructor;
    }

    @Test
    void first(FakeOkta okta, TestReporter reporter) {
      reporter.publishEntry("sameAsConstructor", Boolean.toString(okta == fromConstructor));
      report(reporter, okta);
    }

    @Test
    void second(FakeOkta okta, TestReporter reporter) {
      report(reporter, okta);
    }

    @Nested
    class Inner {
      @Test
      void nested(FakeOkta okta, TestReporter reporter) {
        report(reporter, okta);
      }
    }
  }

  static class FailingTest {
    @RegisterExtension
    static final FakeOktaExtension okta = FakeOktaExtension.create();

    @Test
    void fails(TestReporter reporter) {
      reporter.publishEntry("orgUrl", okta.server().orgUrl());
      assertThat(okta.server().sessions()).isNotEmpty();
    }
  }
}
