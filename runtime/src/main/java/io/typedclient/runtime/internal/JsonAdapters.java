package io.typedclient.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reflection-free Moshi adapters for the types a {@code @JsonModel} property may have beyond strings, numbers
 * and other models: lists, sets, string-keyed maps and {@code java.time} values. Generated adapters and
 * generated clients wire these directly instead of asking Moshi, whose own collection adapters are found by
 * lookup; applications may use them the same way.
 *
 * <p>Every adapter returned here handles a non-null value only: decoding a JSON {@code null} or encoding a
 * Java {@code null} is a {@link com.squareup.moshi.JsonDataException}. Call {@link JsonAdapter#nullSafe()} on
 * it where {@code null} is a valid value. Collection adapters hand every element (or map value) to the element
 * adapter as it is, so the element adapter decides about {@code null} elements: pass
 * {@code element.nonNull()} to refuse them, {@code element.nullSafe()} to keep them.
 */
public final class JsonAdapters {
  private JsonAdapters() {}

  /** A JSON array as an unmodifiable {@link List}, in order. */
  public static <E> JsonAdapter<List<E>> listOf(JsonAdapter<E> element) {
    return new ListJsonAdapter<>(element);
  }

  /**
   * A JSON array as an unmodifiable {@link Set} that keeps the array's order; an element that appears twice
   * is kept once.
   */
  public static <E> JsonAdapter<Set<E>> setOf(JsonAdapter<E> element) {
    return new SetJsonAdapter<>(element);
  }

  /**
   * A JSON object as an unmodifiable {@link Map} from property name to value, in document order. A name that
   * appears twice is a {@link com.squareup.moshi.JsonDataException}.
   */
  public static <V> JsonAdapter<Map<String, V>> mapOf(JsonAdapter<V> value) {
    return new StringMapJsonAdapter<>(value);
  }

  /**
   * An {@link Instant} as an ISO-8601 / RFC 3339 date-time string. Reads any offset ({@code Z},
   * {@code +02:00}) and zero to nine fractional digits; writes UTC with as many fractional digits as the
   * value needs ({@code 2019-08-24T14:15:22Z}, {@code 2015-08-30T18:41:35.818Z}).
   */
  public static JsonAdapter<Instant> instant() {
    return InstantJsonAdapter.INSTANCE;
  }

  /**
   * An {@link OffsetDateTime} as an ISO-8601 / RFC 3339 date-time string; the offset is kept as written, in
   * both directions.
   */
  public static JsonAdapter<OffsetDateTime> offsetDateTime() {
    return OffsetDateTimeJsonAdapter.INSTANCE;
  }

  /** A {@link LocalDate} as an ISO-8601 date string ({@code 2019-08-24}). */
  public static JsonAdapter<LocalDate> localDate() {
    return LocalDateJsonAdapter.INSTANCE;
  }
}
