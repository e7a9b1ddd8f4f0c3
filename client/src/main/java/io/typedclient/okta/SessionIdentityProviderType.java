package io.typedclient.okta;

import io.typedclient.JsonFallback;
import io.typedclient.JsonModel;

/** The kind of identity provider that authenticated a {@link Session}'s user. */
@JsonModel
public enum SessionIdentityProviderType {
  /** Active Directory. */
  ACTIVE_DIRECTORY,
  /** A federated identity provider (SAML or OpenID Connect). */
  FEDERATION,
  /** An LDAP directory. */
  LDAP,
  /** Okta itself; the provider id is then the org id. */
  OKTA,
  /** A social identity provider. */
  SOCIAL,
  /** A provider type this version of the client does not know (Okta added it later). */
  @JsonFallback
  UNKNOWN
}
