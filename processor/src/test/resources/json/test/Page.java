package test;

import io.typedclient.JsonModel;
import java.util.List;
import java.util.Map;

/**
 * A generic page: its type parameters appear alone, in collections and maps, nullable, and in the model itself
 * (a page of pages uses the same adapter).
 */
@JsonModel
public record Page<T, M>(
    List<T> items,
    @Nullable T first,
    Map<String, List<@Nullable T>> groups,
    @Nullable M meta,
    @Nullable Page<T, M> next,
    @Nullable Point origin) {}
