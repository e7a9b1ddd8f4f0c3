package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.runtime.HttpRequest;
import org.junit.jupiter.api.Test;

class UserAgentTest {

  @Test
  void namesClientJavaAndOperatingSystem() {
    assertThat(UserAgentInterceptor.userAgent("17.0.15", "Linux", "6.1.0-28-amd64"))
        .isEqualTo("typedclient-okta-sessions/" + Version.VERSION + " java/17.0.15 Linux/6.1.0-28-amd64");
  }

  @Test
  void partsAreMadeValidTokens() {
    assertThat(UserAgentInterceptor.userAgent("21", "Mac OS X", "14.1 (beta)"))
        .endsWith(" java/21 Mac_OS_X/14.1__beta_");
    assertThat(UserAgentInterceptor.userAgent(null, "", "x"))
        .endsWith(" java/unknown unknown/x");
  }

  @Test
  void thisJvmsUserAgentIsSet() {
    HttpRequest sent = UserAgentInterceptor.forThisJvm().rewrite(TestRequests.getSession("abc123"));
    assertThat(sent.headers().all("User-Agent")).hasSize(1);
    assertThat(sent.headers().first("User-Agent"))
        .startsWith("typedclient-okta-sessions/" + Version.VERSION + " java/" + System.getProperty("java.version"));
  }

  /** The constant must follow the pom: the build passes the project version in. */
  @Test
  void versionConstantMatchesTheMavenProjectVersion() {
    String projectVersion = System.getProperty("typedclient.project.version");
    assertThat(projectVersion).isNotNull();
    assertThat(Version.VERSION).isEqualTo(projectVersion);
  }
}
