package io.typedclient.runtime.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A {@link LocalDate} as an ISO-8601 date. */
final class LocalDateJsonAdapter extends TemporalJsonAdapter<LocalDate> {
  static final LocalDateJsonAdapter INSTANCE = new LocalDateJsonAdapter();

  private LocalDateJsonAdapter() {
    super("an ISO-8601 date, like 2019-08-24,");
  }

  @Override
  LocalDate parse(String text) {
    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
  }

  @Override
  String format(LocalDate value) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(value);
  }

  @Override
  public String toString() {
    return "JsonAdapters.localDate()";
  }
}
