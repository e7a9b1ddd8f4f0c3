package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Help and version: exit code 0, on stdout. */
class HelpTest {
  private final CliRunner cli = new CliRunner(Clock.systemUTC());

  @Test
  void helpListsTheOptionsCommandsAndExitCodes() {
    CliRunner.Result result = cli.run("--help");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith(
        "Usage: okta-sessions [--org-url URL] [--token TOKEN | --access-token TOKEN |\n"
            + "                     --client-id ID --private-key FILE [--key-id KID]\n"
            + "                     [--scopes SCOPES] [--[no-]dpop]] [--json]\n"
            + "                     [--proxy URL] [--no-proxy LIST] [--ca-cert FILE]\n"
            + "                     [--max-retries N] [--timeout SECONDS] [-v] <command>\n");
    for (String option : new String[] {"--org-url", "--token", "--access-token", "--client-id", "--private-key",
        "--key-id", "--scopes", "--[no-]dpop", "--json", "--proxy", "--no-proxy", "--ca-cert", "--max-retries",
        "--timeout"}) {
      assertThat(result.out()).contains(option);
    }
    for (String command : new String[] {"create", "get", "refresh", "end", "revoke-user", "me", "demo"}) {
      assertThat(result.out()).containsMatch("(?m)^  " + command + " ");
    }
    assertThat(result.out()).contains("Exit codes:");
    assertThat(result.out()).contains("  3   network failure, or no answer within --timeout\n");
  }

  @Test
  void eachCommandHasHelp() {
    for (String[] command : new String[][] {
        {"create"}, {"get"}, {"refresh"}, {"end"}, {"revoke-user"}, {"me"}, {"me", "get"}, {"me", "refresh"},
        {"me", "end"}, {"demo"}}) {
      String[] args = new String[command.length + 1];
      System.arraycopy(command, 0, args, 0, command.length);
      args[command.length] = "--help";

      CliRunner.Result result = cli.run(args);

      assertThat(result.exitCode()).isEqualTo(0);
      assertThat(result.out()).startsWith("Usage: okta-sessions " + String.join(" ", command));
    }
  }

  @Test
  void revokeUserHelpShowsBothFormsOfForgetDevices() {
    CliRunner.Result result = cli.run("revoke-user", "--help");

    assertThat(result.out()).contains("--[no-]forget-devices");
    assertThat(result.out()).contains("--oauth-tokens");
  }

  @Test
  void versionNamesTheTool() {
    CliRunner.Result result = cli.run("--version");

    assertThat(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).matches("okta-sessions \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }
}
