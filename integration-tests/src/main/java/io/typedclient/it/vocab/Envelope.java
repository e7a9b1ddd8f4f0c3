package io.typedclient.it.vocab;

import io.typedclient.JsonModel;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A generic envelope with two type parameters, sent and received. */
@JsonModel
public record Envelope<T, M>(T data, @Nullable M meta, Map<String, T> byKey) {}
