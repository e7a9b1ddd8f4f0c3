package io.typedclient.it.bookshop;

import com.squareup.moshi.Json;

/** Not a {@code @JsonModel}: only sent in paths and headers, which need its JSON names and no adapter. */
public enum Format {
  @Json(name = "hard-cover")
  HARDCOVER,
  @Json(name = "e-book")
  EBOOK,
  AUDIO
}
