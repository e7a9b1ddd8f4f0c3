package io.typedclient.it.bookshop;

import com.squareup.moshi.Json;
import io.typedclient.JsonFallback;
import io.typedclient.JsonModel;

/** In bodies and in queries alike, {@code "sci-fi"}, never {@code SCIENCE_FICTION}. */
@JsonModel
public enum Genre {
  @Json(name = "sci-fi")
  SCIENCE_FICTION,
  @Json(name = "poetry")
  POETRY,
  @JsonFallback
  OTHER
}
