package io.typedclient.runtime.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An {@link OffsetDateTime} as an RFC 3339 date-time, offset kept. Written with {@code ISO_OFFSET_DATE_TIME}
 * rather than {@code toString()}, which leaves out zero seconds ({@code 10:15+01:00}) and so is not RFC 3339.
 */
final class OffsetDateTimeJsonAdapter extends TemporalJsonAdapter<OffsetDateTime> {
  static final OffsetDateTimeJsonAdapter INSTANCE = new OffsetDateTimeJsonAdapter();

  private OffsetDateTimeJsonAdapter() {
    super("an ISO-8601 date-time with an offset, like 2019-08-24T14:15:22+02:00,");
  }

  @Override
  OffsetDateTime parse(String text) {
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  @Override
  String format(OffsetDateTime value) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }

  @Override
  public String toString() {
    return "JsonAdapters.offsetDateTime()";
  }
}
