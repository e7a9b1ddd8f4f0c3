package io.typedclient.it.json;

import com.squareup.moshi.Json;
import io.typedclient.JsonModel;

/** Okta's {@code amr} values under Java names; no fallback, so an unknown value is an error. */
@JsonModel
public enum AuthenticationMethod {
  @Json(name = "pwd")
  PASSWORD,
  @Json(name = "mfa")
  MULTI_FACTOR,
  @Json(name = "otp")
  ONE_TIME_PASSWORD,
  @Json(name = "kba")
  KNOWLEDGE_BASED,
  @Json(name = "swk")
  SOFTWARE_KEY
}
