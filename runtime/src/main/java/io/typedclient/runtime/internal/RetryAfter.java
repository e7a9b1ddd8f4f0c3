package io.typedclient.runtime.internal;

import io.typedclient.runtime.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code Retry-After} (RFC 9110, section 10.2.3): how long the server asks the client to wait, given as
 * delay-seconds ({@code 120}) or as an HTTP-date. A date is measured against the response's own {@code Date} when
 * it has a readable one (the server's clock, so a skewed local clock does not matter), otherwise against the local
 * clock. Not API: for typedclient's own modules.
 *
 * <p>Hostile values never fail and never become an unbounded number: a value that is neither form (negative,
 * fractional, signed, text) reads as absent; a date in the past as zero; delay-seconds too long for a
 * {@link Duration} as the longest one. Bounding the wait is the caller's rule (a cap, a budget).
 */
public final class RetryAfter {
  /** The header's name. */
  public static final String NAME = "Retry-After";
  /** 18 digits always fit in a {@code long}; longer delay-seconds are read as {@link #FOREVER}. */
  private static final int MAX_DIGITS = 18;
  private static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE);

  private RetryAfter() {}

  /**
   * The wait the response's first {@code Retry-After} asks for, never negative; {@code null} when there is none
   * or it is neither delay-seconds nor an HTTP-date.
   *
   * @param localNow the local clock now, for a date when the response has no readable {@code Date}
   */
  public static @Nullable Duration of(HttpHeaders headers, Instant localNow) {
    String value = headers.first(NAME);
    if (value == null) {
      return null;
    }
    String text = value.trim();
    if (Ascii.isDigits(text)) {
      return text.length() > MAX_DIGITS ? FOREVER : Duration.ofSeconds(Long.parseLong(text));
    }
    Instant at = HttpDate.parse(text, localNow);
    if (at == null) {
      return null;
    }
    Instant serverNow = HttpDate.parse(headers.first("Date"), localNow);
    Duration wait = Duration.between(serverNow != null ? serverNow : localNow, at);
    return wait.isNegative() ? Duration.ZERO : wait;
  }
}
