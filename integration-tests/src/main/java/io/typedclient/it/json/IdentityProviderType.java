package io.typedclient.it.json;

import io.typedclient.JsonFallback;
import io.typedclient.JsonModel;

/** Okta's identity provider types. */
@JsonModel
public enum IdentityProviderType {
  ACTIVE_DIRECTORY,
  FEDERATION,
  LDAP,
  OKTA,
  SOCIAL,
  @JsonFallback
  UNKNOWN
}
