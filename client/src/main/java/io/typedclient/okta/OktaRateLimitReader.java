package io.typedclient.okta;

import io.typedclient.runtime.HttpHeaders;
import io.typedclient.runtime.RateLimitReader;
import io.typedclient.runtime.RateLimitStatus;
import java.time.Instant;

/**
 * Okta's {@code X-Rate-Limit-Limit}, {@code -Remaining} and {@code -Reset} for the client's observers, read as
 * {@link RateLimit} reads them (the most restrictive value when there are several), so that an observer's
 * {@code AttemptEnd.rateLimit()} says what {@link RateLimit#from} and {@link OktaApiException#rateLimit()} say.
 */
final class OktaRateLimitReader implements RateLimitReader {
  static final OktaRateLimitReader INSTANCE = new OktaRateLimitReader();

  private OktaRateLimitReader() {}

  @Override
  public RateLimitStatus read(HttpHeaders headers) {
    RateLimit rateLimit = RateLimit.from(headers);
    if (!rateLimit.isPresent()) {
      return RateLimitStatus.unknown();
    }
    return RateLimitStatus.of(
        rateLimit.limit().isPresent() ? rateLimit.limit().getAsLong() : null,
        rateLimit.remaining().isPresent() ? rateLimit.remaining().getAsLong() : null,
        rateLimit.resetAt().orElse(null));
  }

  @Override
  public String toString() {
    return "OktaRateLimitReader{X-Rate-Limit-*}";
  }
}
