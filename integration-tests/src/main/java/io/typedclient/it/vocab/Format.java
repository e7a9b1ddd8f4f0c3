package io.typedclient.it.vocab;

import com.squareup.moshi.Json;

/** Sent as a form field by its JSON name, as query values are. */
public enum Format {
  @Json(name = "pdf-file")
  PDF,
  TEXT
}
