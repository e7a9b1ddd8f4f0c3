package io.typedclient.processor.jsontype;

/** How generated code obtains the adapter for a type; decided by {@link JsonTypeRule#wiringOf}. */
public enum Wiring {
  /** A {@code @JsonModel} type: its generated adapter, constructed directly. */
  MODEL,
  /** A {@code @JsonAdaptedBy} type: the adapter it names, constructed directly. */
  HAND_WRITTEN,
  /** {@code List<E>}: {@code JsonAdapters.listOf}. */
  LIST,
  /** {@code Set<E>}: {@code JsonAdapters.setOf}. */
  SET,
  /** {@code Map<K, V>}: {@code JsonAdapters.mapOf}, when {@code K} is {@code String}. */
  MAP,
  /** {@code java.time.Instant}: {@code JsonAdapters.instant()}. */
  INSTANT,
  /** {@code java.time.OffsetDateTime}: {@code JsonAdapters.offsetDateTime()}. */
  OFFSET_DATE_TIME,
  /** {@code java.time.LocalDate}: {@code JsonAdapters.localDate()}. */
  LOCAL_DATE,
  /**
   * A type parameter {@code T} of a generic {@code @JsonModel}, inside that model: the adapter its generated
   * adapter was given for {@code T}.
   */
  TYPE_PARAMETER,
  /** Anything else: asked of the application's Moshi. */
  MOSHI
}
