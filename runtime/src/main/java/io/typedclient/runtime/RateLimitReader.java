package io.typedclient.runtime;

/**
 * Reads an API's rate-limit headers, whose names and meaning differ from one API to the next (Okta's
 * {@code X-Rate-Limit-Reset} is an epoch second, the IETF draft's {@code RateLimit-Reset} a number of seconds).
 * Set one with {@link ClientConfig.Builder#rateLimitReader}; observers then get its answer for each response
 * from {@link AttemptEnd#rateLimit()}. It is asked only when an observer asks, and only for responses.
 */
@FunctionalInterface
public interface RateLimitReader {

  /**
   * The state {@code headers} report, or {@link RateLimitStatus#unknown()}. Must not throw for headers it does
   * not understand (what it throws is dropped, and the state is unknown).
   */
  RateLimitStatus read(HttpHeaders headers);
}
