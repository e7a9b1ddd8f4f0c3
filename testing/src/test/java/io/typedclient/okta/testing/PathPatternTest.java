package io.typedclient.okta.testing;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {
  @ParameterizedTest
  @CsvSource({
      "/api/v1/sessions/*, /api/v1/sessions/102abc, true",
      "/api/v1/sessions/*, /api/v1/sessions/me, true",
      "/api/v1/sessions/*, /api/v1/sessions, false",
      "/api/v1/sessions/*, /api/v1/sessions/, false",
      "/api/v1/sessions/*, /api/v1/sessions/102abc/lifecycle/refresh, false",
      "/api/v1/sessions/*/lifecycle/refresh, /api/v1/sessions/102abc/lifecycle/refresh, true",
      "/api/v1/sessions/**, /api/v1/sessions, true",
      "/api/v1/sessions/**, /api/v1/sessions/102abc/lifecycle/refresh, true",
      "/**/refresh, /api/v1/sessions/me/lifecycle/refresh, true",
      "/**/refresh, /api/v1/sessions/me, false",
      "/api/v1/sessions, /api/v1/sessions, true",
      "/api/v1/sessions, /api/v1/sessions/x, false",
      "/api/*/sessions, /api/v1/sessions, true",
  })
  void matchesSegmentBySegment(String pattern, String path, boolean matches) {
    assertThat(PathPattern.compile(pattern).matches(path)).isEqualTo(matches);
  }
}
