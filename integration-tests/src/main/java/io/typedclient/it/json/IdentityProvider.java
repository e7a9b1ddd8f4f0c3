package io.typedclient.it.json;

import io.typedclient.JsonModel;

/** A record model. */
@JsonModel
public record IdentityProvider(String id, IdentityProviderType type) {}
