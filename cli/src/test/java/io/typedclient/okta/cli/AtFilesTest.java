package io.typedclient.okta.cli;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.okta.cli.OrgFixture.START;

import io.typedclient.okta.testing.FakeOkta;
import io.typedclient.okta.testing.FakeOktaExtension;
import io.typedclient.okta.testing.ManualClock;
import io.typedclient.okta.testing.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An argument that starts with {@code @} is taken as it is, never as a file of arguments to read (picocli's
 * {@code @file} expansion is off): {@code get @/etc/passwd} must not read a local file into the command line
 * (issue 20, item 12).
 */
@Timeout(20)
class AtFilesTest {
  static final ManualClock clock = ManualClock.at(START);

  @RegisterExtension
  static final FakeOktaExtension fakeOkta = OrgFixture.fakeOkta(clock);

  @TempDir
  Path directory;

  @Test
  void anAtArgumentIsAnIdNotAFileToRead() throws IOException {
    FakeOkta okta = fakeOkta.server();
    Path file = directory.resolve("arguments.txt");
    Files.write(file, "102sessionReadFromAFile\n--verbose\n".getBytes(StandardCharsets.UTF_8));

    CliRunner.Result result = OrgFixture.configured(okta, clock).run("get", "@" + file);

    // Sent as the id it is (percent-encoded, one path segment): Okta has no such session.
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(okta.requestCount()).isEqualTo(1);
    RecordedRequest request = okta.takeRequest();
    assertThat(request.path()).isEqualTo("/api/v1/sessions/%40" + file.toString().replace("/", "%2F"));
    assertThat(result.all()).doesNotContain("102sessionReadFromAFile");
    assertThat(result.err()).doesNotContain("> GET"); // --verbose from the file was not read either
  }

  @Test
  void anAtOptionValueIsTakenAsItIs() throws IOException {
    FakeOkta okta = fakeOkta.server();
    Path file = directory.resolve("token.txt");
    Files.write(file, "00tokenReadFromAFile0000000000".getBytes(StandardCharsets.UTF_8));

    CliRunner.Result result = new CliRunner(clock)
        .env("OKTA_CLIENT_ORGURL", okta.orgUrl())
        .run("--token", "@" + file, "get", "102session0000000000");

    // "@<path>" is the token: Okta refuses it; the file's content never went out.
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(okta.takeRequest().header("Authorization")).isEqualTo("SSWS @" + file);
    assertThat(result.all()).doesNotContain("00tokenReadFromAFile");
  }
}
