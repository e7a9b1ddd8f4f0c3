package io.typedclient.it.vocab;

import io.typedclient.JsonModel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A generic page of results, read without reflection: its adapter is given the adapter of {@code T}. */
@JsonModel
public record Page<T>(List<T> items, @Nullable String next) {}
