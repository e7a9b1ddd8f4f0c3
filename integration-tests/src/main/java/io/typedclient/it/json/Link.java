package io.typedclient.it.json;

import io.typedclient.JsonModel;
import io.typedclient.it.json.typeuse.Nullable;
import java.util.List;
import java.util.Map;

/** A HAL link, as in Okta's {@code _links}; {@code hints} maps a hint name to its values. */
@JsonModel
public record Link(@Nullable String href, @Nullable String name, @Nullable Map<String, List<String>> hints) {}
