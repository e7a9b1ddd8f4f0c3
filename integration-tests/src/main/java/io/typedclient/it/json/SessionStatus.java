package io.typedclient.it.json;

import io.typedclient.JsonFallback;
import io.typedclient.JsonModel;

/** Okta's session statuses, with a fallback for ones added later. */
@JsonModel
public enum SessionStatus {
  ACTIVE,
  MFA_ENROLL,
  MFA_REQUIRED,
  @JsonFallback
  UNKNOWN
}
