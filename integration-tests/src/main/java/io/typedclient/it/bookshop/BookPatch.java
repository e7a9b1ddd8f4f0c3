package io.typedclient.it.bookshop;

import io.typedclient.JsonAdaptedBy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON merge patch (RFC 7396) of a {@link Book}: each property is left alone, set, or cleared with an explicit
 * {@code null}. A model cannot say this (a {@code null} property is left out), so the patch has a hand-written
 * adapter, {@link BookPatchJsonAdapter}, which writes exactly the changes, {@code null}s included.
 */
@JsonAdaptedBy(BookPatchJsonAdapter.class)
public final class BookPatch {
  private final Map<String, Object> changes;

  private BookPatch(Map<String, Object> changes) {
    this.changes = changes;
  }

  /** A patch that changes nothing. */
  public static BookPatch empty() {
    return new BookPatch(Map.of());
  }

  /** This patch, also setting the title. */
  public BookPatch title(String title) {
    return with("title", Objects.requireNonNull(title, "title"));
  }

  /** This patch, also clearing the subtitle: {@code "subtitle": null}. */
  public BookPatch clearSubtitle() {
    return with("subtitle", null);
  }

  /** The properties to change, in the order they were given; a {@code null} value clears the property. */
  Map<String, Object> changes() {
    return changes;
  }

  private BookPatch with(String name, Object value) {
    Map<String, Object> next = new LinkedHashMap<>(changes);
    next.put(name, value);
    return new BookPatch(Collections.unmodifiableMap(next));
  }
}
