package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** How a demo numbers its steps and ends when one goes wrong, the same for {@code demo} and {@code demo --oauth}. */
class DemoStepsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final DemoSteps steps = new DemoSteps(new PrintWriter(out));

  @Test
  void numbersStepsAndIndentsTheirDetails() {
    steps.step("Create");
    steps.detail("created");
    steps.step("Read");

    assertThat(out.toString()).isEqualTo("\n1. Create\n     created\n\n2. Read\n");
    assertThat(steps.count()).isEqualTo(2);
  }

  @Test
  void anUnexpectedOutcomeNamesTheStepAndIsAnOktaError() {
    steps.step("Read it back");
    RuntimeException surprise =
        assertThrows(RuntimeException.class, () -> DemoSteps.expect(false, "status SUSPENDED, not ACTIVE"));

    int exitCode = steps.failed("okta-sessions demo", surprise, new PrintWriter(err, true), false);

    assertThat(exitCode).isEqualTo(ExitCode.OKTA_ERROR);
    assertThat(err.toString())
        .isEqualTo("okta-sessions demo: step 1 did not go as expected: status SUSPENDED, not ACTIVE" + System.lineSeparator());
  }

  @Test
  void aFailureKeepsItsOwnExitCode() {
    steps.step("Create");

    int exitCode = steps.failed("okta-sessions demo --oauth", new IllegalArgumentException("bad header"),
        new PrintWriter(err, true), false);

    assertThat(exitCode).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).startsWith("okta-sessions demo --oauth: step 1 failed.");
    assertThat(err.toString()).contains("invalid input: bad header");
  }
}
