package io.typedclient.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonAdaptersTest {
  private final JsonAdapter<String> strings = new Moshi.Builder().build().adapter(String.class);

  @Test
  void instantReadsWholeSecondsFractionsAndAnyOffset() throws IOException {
    JsonAdapter<Instant> adapter = JsonAdapters.instant();
    assertThat(adapter.fromJson("\"2019-08-24T14:15:22Z\"")).isEqualTo(Instant.parse("2019-08-24T14:15:22Z"));
    assertThat(adapter.fromJson("\"2015-08-30T18:41:35.818Z\"")).isEqualTo(Instant.parse("2015-08-30T18:41:35.818Z"));
    assertThat(adapter.fromJson("\"2015-08-30T18:41:35.123456789Z\""))
        .isEqualTo(Instant.parse("2015-08-30T18:41:35.123456789Z"));
    assertThat(adapter.fromJson("\"2019-08-24T16:15:22+02:00\"")).isEqualTo(Instant.parse("2019-08-24T14:15:22Z"));
    assertThat(adapter.fromJson("\"2019-08-24T07:15:22.5-07:00\"")).isEqualTo(Instant.parse("2019-08-24T14:15:22.5Z"));
  }

  @Test
  void instantWritesUtcWithTheFractionTheValueNeeds() {
    JsonAdapter<Instant> adapter = JsonAdapters.instant();
    assertThat(adapter.toJson(Instant.parse("2019-08-24T14:15:22Z"))).isEqualTo("\"2019-08-24T14:15:22Z\"");
    assertThat(adapter.toJson(Instant.parse("2015-08-30T18:41:35.818Z"))).isEqualTo("\"2015-08-30T18:41:35.818Z\"");
    assertThat(adapter.toJson(Instant.parse("2015-08-30T18:41:35.000000001Z")))
        .isEqualTo("\"2015-08-30T18:41:35.000000001Z\"");
  }

  @Test
  void instantWithoutOffsetIsAnErrorNamingTheValueAndPath() {
    JsonAdapter<List<Instant>> adapter = JsonAdapters.listOf(JsonAdapters.instant());
    JsonDataException e =
        assertThrows(JsonDataException.class, () -> adapter.fromJson("[\"2019-08-24T14:15:22Z\", \"2019-08-24T14:15:22\"]"));
    assertThat(e).hasMessageThat().contains("but was '2019-08-24T14:15:22' at path $[1]");
    assertThat(e).hasMessageThat().contains("ISO-8601");
  }

  @Test
  void badInstantsNameTheirPathInObjectsAndNestedArrays() throws Exception {
    JsonAdapter<Map<String, List<Instant>>> adapter =
        JsonAdapters.mapOf(JsonAdapters.listOf(JsonAdapters.instant()));
    JsonDataException inArray = assertThrows(JsonDataException.class,
        () -> adapter.fromJson("{\"a\": [\"2019-08-24T14:15:22Z\"], \"b\": [\"2019-08-24T14:15:22Z\", \"x\"]}"));
    JsonDataException first = assertThrows(JsonDataException.class, () -> adapter.fromJson("{\"c\": [\"x\"]}"));
    JsonDataException member = assertThrows(JsonDataException.class,
        () -> JsonAdapters.mapOf(JsonAdapters.instant()).fromJson("{\"when\": \"soon\"}"));

    assertThat(inArray).hasMessageThat().endsWith("but was 'x' at path $.b[1]");
    assertThat(first).hasMessageThat().endsWith("but was 'x' at path $.c[0]");
    assertThat(member).hasMessageThat().endsWith("but was 'soon' at path $.when");
  }

  @Test
  void instantRefusesNumbersNullAndImpossibleDates() {
    JsonAdapter<Instant> adapter = JsonAdapters.instant();
    assertThat(assertThrows(JsonDataException.class, () -> adapter.fromJson("1566656122")))
        .hasMessageThat().contains("but was NUMBER at path $");
    assertThat(assertThrows(JsonDataException.class, () -> adapter.fromJson("null")))
        .hasMessageThat().contains("but was NULL at path $");
    assertThat(assertThrows(JsonDataException.class, () -> adapter.fromJson("\"2019-02-30T00:00:00Z\"")))
        .hasMessageThat().contains("'2019-02-30T00:00:00Z'");
  }

  @Test
  void longUnparseableValuesAreCutInMessages() {
    String text = "x".repeat(1000);
    JsonDataException e =
        assertThrows(JsonDataException.class, () -> JsonAdapters.instant().fromJson("\"" + text + "\""));
    assertThat(e.getMessage().length()).isLessThan(250);
  }

  @Test
  void offsetDateTimeKeepsItsOffsetBothWays() throws IOException {
    JsonAdapter<OffsetDateTime> adapter = JsonAdapters.offsetDateTime();
    OffsetDateTime value = adapter.fromJson("\"2019-08-24T14:15:22.5+05:30\"");
    assertThat(value.getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(value.getNano()).isEqualTo(500_000_000);
    assertThat(adapter.toJson(value)).isEqualTo("\"2019-08-24T14:15:22.5+05:30\"");
    // toString() would drop the zero seconds; RFC 3339 needs them.
    assertThat(adapter.toJson(OffsetDateTime.parse("2019-08-24T14:15:00Z"))).isEqualTo("\"2019-08-24T14:15:00Z\"");
  }

  @Test
  void localDateIsIsoBothWays() throws IOException {
    JsonAdapter<LocalDate> adapter = JsonAdapters.localDate();
    assertThat(adapter.fromJson("\"2019-08-24\"")).isEqualTo(LocalDate.of(2019, 8, 24));
    assertThat(adapter.toJson(LocalDate.of(2019, 8, 4))).isEqualTo("\"2019-08-04\"");
    assertThrows(JsonDataException.class, () -> adapter.fromJson("\"2019-08-24T14:15:22Z\""));
  }

  @Test
  void temporalAdaptersRefuseToWriteNull() {
    JsonDataException e = assertThrows(JsonDataException.class, () -> JsonAdapters.instant().toJson(null));
    assertThat(e).hasMessageThat().contains("Unexpected null at $");
    assertThat(JsonAdapters.instant().nullSafe().toJson(null)).isEqualTo("null");
  }

  @Test
  void listIsUnmodifiableInOrderAndMayBeEmpty() throws IOException {
    JsonAdapter<List<String>> adapter = JsonAdapters.listOf(strings.nonNull());
    List<String> list = adapter.fromJson("[\"b\", \"a\", \"b\"]");
    assertThat(list).containsExactly("b", "a", "b").inOrder();
    assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
    assertThat(adapter.fromJson("[]")).isEmpty();
    assertThat(adapter.toJson(List.of("x", "y"))).isEqualTo("[\"x\",\"y\"]");
  }

  @Test
  void nullElementsAreRefusedOrKeptAsTheElementAdapterSays() throws IOException {
    JsonDataException e = assertThrows(
        JsonDataException.class, () -> JsonAdapters.listOf(strings.nonNull()).fromJson("[\"a\", null]"));
    assertThat(e).hasMessageThat().contains("$[1]");
    assertThat(JsonAdapters.listOf(strings.nullSafe()).fromJson("[\"a\", null]")).containsExactly("a", null).inOrder();
    assertThrows(JsonDataException.class, () -> JsonAdapters.listOf(strings.nonNull()).toJson(Arrays.asList("a", null)));
  }

  @Test
  void arraysOfNoneOrOneElementAreUnmodifiableToo() throws IOException {
    JsonAdapter<List<String>> list = JsonAdapters.listOf(strings.nullSafe());
    List<String> empty = list.fromJson("[]");
    List<String> one = list.fromJson("[\"a\"]");
    List<String> oneNull = list.fromJson("[null]");
    assertThat(one).containsExactly("a");
    assertThat(oneNull).containsExactly((Object) null);
    assertThrows(UnsupportedOperationException.class, () -> empty.add("c"));
    assertThrows(UnsupportedOperationException.class, () -> one.set(0, "c"));
    assertThrows(UnsupportedOperationException.class, () -> oneNull.add("c"));

    JsonAdapter<Set<String>> set = JsonAdapters.setOf(strings.nullSafe());
    Set<String> emptySet = set.fromJson("[]");
    Set<String> oneSet = set.fromJson("[\"a\"]");
    assertThat(emptySet).isEmpty();
    assertThat(oneSet).containsExactly("a");
    assertThrows(UnsupportedOperationException.class, () -> emptySet.add("c"));
    assertThrows(UnsupportedOperationException.class, () -> oneSet.remove("a"));
    assertThat(set.fromJson("[\"a\", \"a\"]")).containsExactly("a");
  }

  @Test
  void arraysEndingEarlyAfterNoneOrOneElementNameTheirPath() {
    for (String truncated : new String[] {"[", "[\"a\"", "[\"a\","}) {
      Exception e = assertThrows(
          JsonEncodingException.class, () -> JsonAdapters.listOf(strings.nonNull()).fromJson(truncated));
      assertThat(e).hasMessageThat().contains("ended early at $[");
    }
  }

  @Test
  void setKeepsFirstOccurrenceOrderAndIsUnmodifiable() throws IOException {
    JsonAdapter<Set<String>> adapter = JsonAdapters.setOf(strings.nonNull());
    Set<String> set = adapter.fromJson("[\"b\", \"a\", \"b\"]");
    assertThat(set).containsExactly("b", "a").inOrder();
    assertThrows(UnsupportedOperationException.class, () -> set.add("c"));
  }

  @Test
  void mapIsUnmodifiableInDocumentOrderAndRefusesDuplicateNames() throws IOException {
    JsonAdapter<Map<String, List<String>>> adapter =
        JsonAdapters.mapOf(JsonAdapters.listOf(strings.nonNull()).nonNull());
    Map<String, List<String>> map = adapter.fromJson("{\"z\": [\"1\"], \"a\": []}");
    assertThat(map.keySet()).containsExactly("z", "a").inOrder();
    assertThat(map.get("a")).isEmpty();
    assertThrows(UnsupportedOperationException.class, () -> map.put("b", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> map.get("z").add("2"));
    JsonDataException e = assertThrows(JsonDataException.class, () -> adapter.fromJson("{\"a\": [], \"a\": []}"));
    assertThat(e).hasMessageThat().contains("Map key 'a' has multiple values at path $.a");
    assertThat(adapter.toJson(map)).isEqualTo("{\"z\":[\"1\"],\"a\":[]}");
  }

  @Test
  void collectionsRefuseTheWrongShapeWithAPath() {
    JsonAdapter<Map<String, List<String>>> adapter =
        JsonAdapters.mapOf(JsonAdapters.listOf(strings.nonNull()).nonNull());
    JsonDataException e = assertThrows(JsonDataException.class, () -> adapter.fromJson("{\"a\": {\"b\": 1}}"));
    assertThat(e).hasMessageThat().contains("Expected BEGIN_ARRAY but was BEGIN_OBJECT at path $.a");
    assertThrows(JsonDataException.class, () -> adapter.fromJson("[]"));
  }

  @Test
  void adaptersNameThemselves() {
    assertThat(JsonAdapters.mapOf(JsonAdapters.listOf(JsonAdapters.instant())).toString())
        .isEqualTo("JsonAdapters.mapOf(JsonAdapters.listOf(JsonAdapters.instant()))");
  }
}
