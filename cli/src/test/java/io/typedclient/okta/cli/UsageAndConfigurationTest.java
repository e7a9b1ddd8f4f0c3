package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static io.typedclient.okta.cli.OrgFixture.API_TOKEN;
import static io.typedclient.okta.cli.OrgFixture.START;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeOktaExtension;
import io.typedclient.okta.testing.ManualClock;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Usage and configuration errors: exit code 2, a message that says what to change, and nothing sent. */
@Timeout(20)
class UsageAndConfigurationTest {
  static final ManualClock clock = ManualClock.at(START);

  @RegisterExtension
  static final FakeOktaExtension fakeOkta = OrgFixture.fakeOkta(clock);

  FakeOkta okta;
  CliRunner configured;

  @BeforeEach
  void setUp() {
    okta = fakeOkta.server();
    configured = OrgFixture.configured(okta, clock);
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(okta.requestCount()).isEqualTo(0);
  }

  @Test
  void noOrgUrl() {
    CliRunner.Result result = new CliRunner(clock).env("OKTA_CLIENT_TOKEN", API_TOKEN).run("get", "102session0000");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo(
        "okta-sessions: no Okta org URL: pass --org-url https://dev-123456.okta.com or set OKTA_CLIENT_ORGURL\n"
            + "Run 'okta-sessions --help' for usage.\n");
  }

  @Test
  void noOrgUrlWithJsonIsOneJsonObject() throws IOException {
    CliRunner.Result result = new CliRunner(clock).run("--json", "get", "102session0000");

    assertThat(result.exitCode()).isEqualTo(2);
    Map<String, Object> error = Json.object(result.err());
    assertThat(error).containsEntry("error", "configuration");
    assertThat((String) error.get("message")).startsWith("no Okta org URL");
  }

  @Test
  void noToken() {
    CliRunner.Result result = new CliRunner(clock).run("--org-url", okta.orgUrl(), "get", "102session0000");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("okta-sessions: no Okta API token: pass --token TOKEN (or --access-token TOKEN "
        + "for an OAuth 2.0 access token, or --client-id ID --private-key FILE for a service app) or set "
        + "OKTA_CLIENT_TOKEN\n");
  }

  @Test
  void bothTokens() {
    CliRunner.Result result = configured.run("--token", API_TOKEN, "--access-token", "eyJsecondTOKEN", "get", "x");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith(
        "okta-sessions: --token=TOKEN, --access-token=TOKEN are mutually exclusive (specify only one)\n");
  }

  @Test
  void plainHttpOrgUrlFromTheOption() {
    CliRunner.Result result = configured.run("--org-url", "http://dev-123456.okta.com", "get", "102session0000");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("okta-sessions: Okta org URL from --org-url must use https://");
  }

  @Test
  void placeholderOrgUrlFromTheEnvironment() {
    CliRunner.Result result = configured.env("OKTA_CLIENT_ORGURL", "https://{yourOktaDomain}").run("get", "102session0000");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith(
        "okta-sessions: Okta org URL from OKTA_CLIENT_ORGURL still holds the {yourOktaDomain} placeholder");
  }

  @Test
  void tokenPastedWithItsScheme() {
    CliRunner.Result result = configured.run("--token", "SSWS " + API_TOKEN, "get", "102session0000");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("starts with its scheme");
    assertThat(result.all()).doesNotContain(API_TOKEN);
  }

  @Test
  void noCommand() {
    CliRunner.Result result = configured.run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo(
        "okta-sessions: missing command; the commands are create, get, refresh, end, revoke-user, me, demo\n"
            + "Run 'okta-sessions --help' for usage.\n");
  }

  @Test
  void unknownCommand() {
    CliRunner.Result result = configured.run("list");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith(
        "okta-sessions: unknown command; the commands are create, get, refresh, end, revoke-user, me, demo\n");
  }

  @Test
  void missingSessionId() {
    CliRunner.Result result = configured.run("get");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo(
        "okta-sessions: Missing required parameter: 'SESSION_ID'\nRun 'okta-sessions get --help' for usage.\n");
  }

  @Test
  void blankSessionId() {
    CliRunner.Result result = configured.run("refresh", " ");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("okta-sessions: SESSION_ID is empty\n");
  }

  @Test
  void missingSessionToken() {
    CliRunner.Result result = configured.run("create");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("okta-sessions: Missing required option: '--session-token=TOKEN'\n");
  }

  @Test
  void globalOptionAfterTheCommand() {
    CliRunner.Result result = configured.run("get", "102session0000", "--json");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("okta-sessions: unknown option --json for 'okta-sessions get'\n"
        + "Global options go before the command: okta-sessions --json get ...\n"
        + "Run 'okta-sessions get --help' for usage.\n");
  }

  @Test
  void misspelledOptionGetsASuggestion() {
    CliRunner.Result result = configured.run("--max-retry", "2", "get", "102session0000");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("okta-sessions: unknown option --max-retry\nDid you mean --max-retries?\n");
  }

  @Test
  void negativeMaxRetries() {
    CliRunner.Result result = configured.run("--max-retries", "-1", "get", "102session0000");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo(
        "okta-sessions: Invalid value for option '--max-retries': must be 0 (no retries) or more, not -1\n"
            + "Run 'okta-sessions --help' for usage.\n");
  }

  @Test
  void maxRetriesNotAWholeNumber() {
    for (String value : new String[] {"many", "1.5", "", "0x10"}) {
      CliRunner.Result result = configured.run("--max-retries", value, "get", "102session0000");

      assertWithMessage("--max-retries '%s'", value).that(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).startsWith("okta-sessions: Invalid value for option '--max-retries': '" + value
          + "' is not a whole number of retries, such as 0 (no retries) or 4\n");
    }
  }

  @Test
  void maxRetriesTooLargeToCount() {
    CliRunner.Result result = configured.run("--max-retries", "99999999999", "get", "102session0000");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("okta-sessions: Invalid value for option '--max-retries': must be at most "
        + Integer.MAX_VALUE + ", not 99999999999\n");
  }

  @Test
  void timeoutMustBeAPositiveNumberOfSeconds() {
    CliRunner.Result zero = configured.run("--timeout", "0", "get", "102session0000");
    CliRunner.Result word = configured.run("--timeout", "soon", "get", "102session0000");
    CliRunner.Result tooLong = configured.run("--timeout", "3601", "get", "102session0000");

    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).startsWith(
        "okta-sessions: Invalid value for option '--timeout': must be more than 0 and at most 3600 seconds, not 0\n");
    assertThat(word.exitCode()).isEqualTo(2);
    assertThat(word.err()).startsWith(
        "okta-sessions: Invalid value for option '--timeout': 'soon' is not a number of seconds, such as 10 or 0.5\n");
    assertThat(tooLong.exitCode()).isEqualTo(2);
    assertThat(tooLong.err()).startsWith(
        "okta-sessions: Invalid value for option '--timeout': must be more than 0 and at most 3600 seconds, not 3601\n");
  }

  @Test
  void negativeTimeout() {
    for (String value : new String[] {"-1", "-0.5", "-0"}) {
      CliRunner.Result result = configured.run("--timeout", value, "get", "102session0000");

      assertWithMessage("--timeout %s", value).that(result.exitCode()).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).isEqualTo("okta-sessions: Invalid value for option '--timeout': must be more than 0 "
          + "and at most 3600 seconds, not " + value + "\nRun 'okta-sessions --help' for usage.\n");
    }
  }

  @Test
  void timeoutNotANumber() {
    for (String value : new String[] {"", "10s", "NaN", "1,5", "1e99999999999"}) {
      CliRunner.Result result = configured.run("--timeout", value, "get", "102session0000");

      assertWithMessage("--timeout '%s'", value).that(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).startsWith("okta-sessions: Invalid value for option '--timeout': '" + value
          + "' is not a number of seconds, such as 10 or 0.5\n");
    }
  }

  @Test
  void badNumbersAreUsageErrorsInTextEvenWithJson() {
    // Like any command line that cannot be used as written: it never reached a command that could print JSON.
    CliRunner.Result retries = configured.run("--json", "--max-retries", "-3", "get", "102session0000");
    CliRunner.Result timeout = configured.run("--json", "--timeout", "-3", "get", "102session0000");

    assertThat(retries.exitCode()).isEqualTo(2);
    assertThat(retries.err()).startsWith("okta-sessions: Invalid value for option '--max-retries': ");
    assertThat(timeout.exitCode()).isEqualTo(2);
    assertThat(timeout.err()).startsWith("okta-sessions: Invalid value for option '--timeout': ");
  }

  @Test
  void aBadNumberIsReportedBeforeTheCommandRuns() {
    // The option is checked as it is parsed: neither the command's own arguments nor the configuration matter.
    CliRunner.Result result = new CliRunner(clock).run("--max-retries", "-1", "me", "get");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("okta-sessions: Invalid value for option '--max-retries': ");
  }

  @Test
  void meNeedsItsCookie() {
    CliRunner.Result missing = configured.run("me", "get");
    CliRunner.Result notACookie = configured.run("me", "end", "--cookie", "102justTheSessionId");
    CliRunner.Result noAction = configured.run("me");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith("okta-sessions: Missing required option: '--cookie=COOKIE'\n");
    assertThat(notACookie.exitCode()).isEqualTo(2);
    assertThat(notACookie.err()).startsWith(
        "okta-sessions: --cookie takes the Cookie header value, name and value, such as \"sid=...\"\n");
    assertThat(notACookie.all()).doesNotContain("102justTheSessionId");
    assertThat(noAction.exitCode()).isEqualTo(2);
    assertThat(noAction.err()).startsWith("okta-sessions: choose what to do with the session: get, refresh or end\n");
  }

  @Test
  void aCookieWithALineBreakIsRefusedBeforeAnythingIsSent() {
    CliRunner.Result result = configured.run("me", "get", "--cookie", "sid=102abcdef\r\nX-Injected: yes");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("okta-sessions: invalid input: ");
    assertThat(result.all()).doesNotContain("102abcdef");
    assertThat(result.all()).doesNotContain("X-Injected");
  }

  @Test
  void revokeUserTakesOneOfForgetDevicesAndItsNegation() {
    CliRunner.Result result = configured.run("revoke-user", "00u1", "--forget-devices", "--no-forget-devices");

    assertThat(result.exitCode()).isEqualTo(2);
  }

  @Test
  void demoRefusesConnectionOptions() {
    CliRunner.Result result = configured.run("--org-url", okta.orgUrl(), "demo");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith(
        "okta-sessions: demo runs against its own embedded FakeOkta and takes no --org-url\n");
  }
}
