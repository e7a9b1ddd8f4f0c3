package io.typedclient.it.bookshop;

import com.squareup.moshi.Json;
import io.typedclient.JsonModel;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The README's {@code Book}: written in the order of its components; a {@code null} optional is left out. */
@JsonModel
public record Book(
    String id,
    String title,
    @Nullable String subtitle,
    Genre genre,
    List<String> authors,
    @Json(name = "published_at") @Nullable Instant publishedAt) {}
