package io.typedclient.it.json;

import com.squareup.moshi.Json;
import io.typedclient.JsonModel;
import io.typedclient.it.json.typeuse.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every supported kind of property, required and optional. */
@JsonModel
public record AllTypes(
    boolean flag,
    int count,
    long total,
    double ratio,
    float fraction,
    short small,
    byte tiny,
    char letter,
    Integer requiredBox,
    @Nullable Boolean maybeFlag,
    @Nullable Integer maybeCount,
    @Nullable Long maybeTotal,
    @Nullable Double maybeRatio,
    @Nullable Float maybeFraction,
    @Nullable Short maybeSmall,
    @Nullable Byte maybeTiny,
    @Nullable Character maybeLetter,
    String text,
    @Nullable String note,
    @Json(name = "renamed_value") String renamed,
    SessionStatus status,
    @Nullable AuthenticationMethod method,
    IdentityProvider idp,
    @Nullable Node node,
    List<String> strings,
    Set<Integer> numbers,
    Map<String, Long> totals,
    List<List<String>> matrix,
    Map<String, List<IdentityProvider>> providersByGroup,
    Set<SessionStatus> statuses,
    List<@Nullable String> sparse,
    @Nullable List<Instant> maybeInstants,
    Instant at,
    OffsetDateTime localAt,
    LocalDate day,
    @Nullable Instant maybeAt,
    @Json(ignore = true) int ignoredCount,
    @Json(ignore = true) @Nullable String ignoredNote) {}
