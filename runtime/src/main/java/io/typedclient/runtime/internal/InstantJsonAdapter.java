package io.typedclient.runtime.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An {@link Instant} as an RFC 3339 date-time. Reading accepts any offset, since servers do not all write
 * {@code Z}; writing always uses UTC, with the fractional digits the value needs.
 */
final class InstantJsonAdapter extends TemporalJsonAdapter<Instant> {
  static final InstantJsonAdapter INSTANCE = new InstantJsonAdapter();

  private InstantJsonAdapter() {
    super("an ISO-8601 date-time with an offset, like 2019-08-24T14:15:22Z,");
  }

  @Override
  Instant parse(String text) {
    // The JDK parser allocates far more per value than the fast path, four times per Okta session
    // (benchmarks/FINDINGS.md, change 1); the fast path reads the usual shapes and leaves everything else, errors
    // included, to the JDK.
    Instant fast = Rfc3339FastPath.parse(text);
    return fast != null ? fast : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  @Override
  String format(Instant value) {
    return DateTimeFormatter.ISO_INSTANT.format(value);
  }

  @Override
  public String toString() {
    return "JsonAdapters.instant()";
  }
}
