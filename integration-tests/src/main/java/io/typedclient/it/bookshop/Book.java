package io.typedclient.it.bookshop;

import io.typedclient.JsonModel;
import org.jspecify.annotations.Nullable;

/** Written in the order of its components; a {@code null} subtitle or page count is left out. */
@JsonModel
public record Book(String id, String title, @Nullable String subtitle, Genre genre, @Nullable Integer pages) {}
