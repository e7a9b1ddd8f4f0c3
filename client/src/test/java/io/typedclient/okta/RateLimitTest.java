package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;

import io.typedclient.runtime.ApiResponse;
import io.typedclient.runtime.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void readsTheThreeHeaders() {
    RateLimit limit = RateLimit.from(HttpHeaders.of(
        "x-rate-limit-limit", "600", "X-Rate-Limit-Remaining", "599", "X-RATE-LIMIT-RESET", "1748779260"));

    assertThat(limit.isPresent()).isTrue();
    assertThat(limit.limit().getAsLong()).isEqualTo(600);
    assertThat(limit.remaining().getAsLong()).isEqualTo(599);
    assertThat(limit.resetAt()).hasValue(Instant.ofEpochSecond(1748779260));
    assertThat(limit.toString()).isEqualTo("RateLimit{limit=600, remaining=599, resetAt=2025-06-01T12:01:00Z}");
  }

  @Test
  void severalValuesGiveTheMostRestrictive() {
    RateLimit limit = RateLimit.from(HttpHeaders.of(
        "X-Rate-Limit-Limit", "600", "X-Rate-Limit-Limit", "100",
        "X-Rate-Limit-Remaining", "50, 3",
        "X-Rate-Limit-Reset", "1748779300,1748779260"));

    assertThat(limit.limit().getAsLong()).isEqualTo(100);
    assertThat(limit.remaining().getAsLong()).isEqualTo(3);
    assertThat(limit.resetAt()).hasValue(Instant.ofEpochSecond(1748779260));
  }

  @Test
  void absentOrUnreadableValuesAreEmpty() {
    RateLimit none = RateLimit.from(HttpHeaders.empty());
    RateLimit garbage = RateLimit.from(HttpHeaders.of(
        "X-Rate-Limit-Limit", "-1", "X-Rate-Limit-Remaining", "lots", "X-Rate-Limit-Reset", "99999999999999999999"));

    assertThat(none.isPresent()).isFalse();
    assertThat(none.limit().isPresent()).isFalse();
    assertThat(none.resetAt()).isEmpty();
    assertThat(none.toString()).isEqualTo("RateLimit{none}");
    assertThat(garbage).isEqualTo(none);
  }

  @Test
  void comesFromAnApiResponse() {
    var response = ApiResponse.of("body", TestRequests.response(
        TestRequests.getSession("abc123"), 200, "{}", "X-Rate-Limit-Remaining", "7"));
    assertThat(RateLimit.of(response).remaining().getAsLong()).isEqualTo(7);
  }

  @Test
  void survivesSerializationWithItsException() throws Exception {
    RateLimit limit = RateLimit.from(HttpHeaders.of("X-Rate-Limit-Reset", "1748779260"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(limit);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      RateLimit read = (RateLimit) in.readObject();
      assertThat(read).isEqualTo(limit);
      assertThat(read.isPresent()).isTrue();
    }
  }
}
