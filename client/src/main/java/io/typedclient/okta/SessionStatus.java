package io.typedclient.okta;

import io.typedclient.JsonFallback;
import io.typedclient.JsonModel;

/** The state of a {@link Session}. */
@JsonModel
public enum SessionStatus {
  /** The session is established and fully validated. */
  ACTIVE,
  /** The session is established, but the user needs to enroll a second factor. */
  MFA_ENROLL,
  /** The session is established, but requires second factor verification. */
  MFA_REQUIRED,
  /** A status this version of the client does not know (Okta added it later). */
  @JsonFallback
  UNKNOWN
}
