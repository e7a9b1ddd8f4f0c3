package io.typedclient.okta;

/** Whether requests carry DPoP proofs (RFC 9449). */
enum DpopMode {
  /** Only once the token endpoint asks for them ({@code invalid_dpop_proof}: the proof is missing). */
  AUTO,
  /** Always, from the first token request. */
  ON,
  /** Never: a token endpoint that requires DPoP is an error. */
  OFF
}
