package io.typedclient.it.json;

import io.typedclient.JsonModel;
import java.util.List;
import java.util.UUID;

/**
 * A model with a type typedclient has no adapter for, {@link UUID}: {@code fromMoshi} names it, so its adapter asks
 * the application's Moshi for it, which must have one registered.
 */
@JsonModel(fromMoshi = UUID.class)
public record Device(UUID id, String name, List<UUID> peers) {}
