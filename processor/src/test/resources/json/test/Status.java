package test;

import com.squareup.moshi.Json;
import io.typedclient.JsonFallback;
import io.typedclient.JsonModel;

@JsonModel
public enum Status {
  ACTIVE,
  @Json(name = "mfa_required")
  MFA_REQUIRED,
  @JsonFallback
  UNKNOWN
}
