package io.typedclient.it.json;

import io.typedclient.JsonModel;
import io.typedclient.it.json.typeuse.Nullable;
import java.util.List;

/** A model that contains itself, directly and through a list: its adapter must not build itself forever. */
@JsonModel
public record Node(String name, List<Node> children, @Nullable Node next) {}
