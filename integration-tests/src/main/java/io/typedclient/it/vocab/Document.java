package io.typedclient.it.vocab;

import io.typedclient.JsonModel;

/** A JSON model sent as a multipart part and received as results; its adapter is generated. */
@JsonModel
public record Document(String id, String title) {}
