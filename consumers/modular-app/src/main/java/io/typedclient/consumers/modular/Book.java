package io.typedclient.consumers.modular;

import io.typedclient.JsonModel;

/** A book, as the bookshop sends it. */
@JsonModel
public record Book(String id, String title, int pages) {}
