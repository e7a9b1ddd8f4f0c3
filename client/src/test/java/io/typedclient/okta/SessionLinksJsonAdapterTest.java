package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionLinksJsonAdapterTest {
  private static final JsonAdapter<SessionLinks> ADAPTER =
      new Moshi.Builder().add(SessionLinksJsonAdapter.FACTORY).build().adapter(SessionLinks.class);

  /** The {@code _links} of a whole session payload, read by the adapter in place. */
  static SessionLinks linksOf(String sessionJson) throws IOException {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(sessionJson))) {
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals("_links")) {
          SessionLinks links = ADAPTER.fromJson(reader);
          while (reader.hasNext()) {
            reader.skipName();
            reader.skipValue();
          }
          reader.endObject();
          return links;
        }
        reader.skipValue();
      }
      throw new AssertionError("no _links in " + sessionJson);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"create-session-response.json", "get-session-response.json", "refresh-session-response.json"})
  void specExampleShapeHrefBesideSelfBecomesTheSelfHref(String example) throws IOException {
    SessionLinks links = linksOf(Payloads.example(example));

    assertThat(links.self()).isNotNull();
    assertThat(links.self().href()).isEqualTo("https://{yourOktaDomain}/api/v1/sessions/l7FbDVqS8zHSy65uJD85");
    assertThat(links.self().allowedMethods()).containsExactly("DELETE");
    assertThat(links.relations().keySet()).containsExactly("self");
  }

  @ParameterizedTest
  @ValueSource(strings = {"get-current-session-response.json", "refresh-current-session-response.json"})
  void specExampleCurrentSessionHasSelfRefreshAndUser(String example) throws IOException {
    SessionLinks links = linksOf(Payloads.example(example));

    assertThat(links.self().href()).isEqualTo("https://{yourOktaDomain}/api/v1/sessions/me");
    assertThat(links.self().allowedMethods()).containsExactly("GET", "DELETE").inOrder();
    assertThat(links.refresh().href()).isEqualTo("https://{yourOktaDomain}/api/v1/sessions/me/lifecycle/refresh");
    assertThat(links.refresh().allowedMethods()).containsExactly("POST");
    assertThat(links.user().href()).isEqualTo("https://{yourOktaDomain}/api/v1/users/me");
    assertThat(links.user().name()).isEqualTo("User Name");
    assertThat(links.relations().keySet()).containsExactly("self", "refresh", "user").inOrder();
  }

  @Test
  void docsShapeSelfHrefIsRead() throws IOException {
    SessionLinks links = linksOf(Payloads.docsStyle("session.json"));

    assertThat(links.self().href())
        .isEqualTo("https://dev-123456.okta.com/api/v1/sessions/101W_juydrDRByB7fUdRyE2JQ");
    assertThat(links.user().name()).isEqualTo("Isaac Brock");
    assertThat(links.refresh().allowedMethods()).containsExactly("POST");
  }

  @Test
  void knownAndUnknownRelationNamesMixedKeepTheirOrderBeyondThreeRelations() throws IOException {
    SessionLinks links = ADAPTER.fromJson("{\"selfish\":{\"href\":\"https://a/1\"},\"user\":{\"href\":\"https://a/2\"},"
        + "\"users\":{\"href\":\"https://a/3\"},\"refresh\":{\"href\":\"https://a/4\"},"
        + "\"self\":{\"href\":\"https://a/5\"},\"x\":{\"href\":\"https://a/6\"}}");

    assertThat(links.relations().keySet())
        .containsExactly("selfish", "user", "users", "refresh", "self", "x").inOrder();
    assertThat(links.relation("selfish").href()).isEqualTo("https://a/1");
    assertThat(links.user().href()).isEqualTo("https://a/2");
    assertThat(links.relation("users").href()).isEqualTo("https://a/3");
    assertThat(links.refresh().href()).isEqualTo("https://a/4");
    assertThat(links.self().href()).isEqualTo("https://a/5");
    assertThat(links.relation("x").href()).isEqualTo("https://a/6");
  }

  @Test
  void decodedAllowedMethodsSkipNonStringsAndCannotBeModified() throws IOException {
    SessionLinks links = ADAPTER.fromJson("{\"self\":{\"hints\":{\"allow\":[null,\"GET\",1]}},"
        + "\"user\":{\"hints\":{\"allow\":[\"GET\",null,\"POST\",\"PUT\",\"PATCH\",\"DELETE\"]}},"
        + "\"refresh\":{\"href\":\"https://a/r\"},\"x\":{\"hints\":{\"allow\":[]}}}");

    assertThat(links.self().allowedMethods()).containsExactly("GET");
    assertThat(links.user().allowedMethods()).containsExactly("GET", "POST", "PUT", "PATCH", "DELETE").inOrder();
    assertThat(links.refresh().allowedMethods()).isEmpty();
    assertThat(links.relation("x").allowedMethods()).isEmpty();
    assertThrows(UnsupportedOperationException.class, () -> links.self().allowedMethods().add("PUT"));
    assertThrows(UnsupportedOperationException.class, () -> links.user().allowedMethods().remove(0));
    assertThrows(UnsupportedOperationException.class, () -> links.refresh().allowedMethods().add("PUT"));
  }

  @Test
  void decodedRelationsCannotBeModified() throws IOException {
    SessionLinks links = ADAPTER.fromJson("{\"self\":{\"href\":\"https://a/1\"}}");

    assertThrows(
        UnsupportedOperationException.class, () -> links.relations().remove("self"));
  }

  @Test
  void unknownRelationsAreKeptArraysGiveTheirFirstLinkOtherValuesAreSkipped() throws IOException {
    SessionLinks links = linksOf(Payloads.docsStyle("session-from-the-future.json"));

    assertThat(links.relations().keySet()).containsExactly("self", "logout", "devices").inOrder();
    SessionLink logout = links.relation("logout");
    assertThat(logout.type()).isEqualTo("text/html");
    assertThat(logout.templated()).isFalse();
    SessionLink devices = links.relation("devices");
    assertThat(devices.templated()).isTrue();
    assertThat(devices.href()).endsWith("/devices{?limit}");
    assertThat(links.self().allowedMethods()).containsExactly("GET", "DELETE", "PATCH");
  }

  @Test
  void selfHrefWinsOverAStrayHref() throws IOException {
    SessionLinks links = ADAPTER.fromJson("{\"href\":\"https://a/stray\",\"self\":{\"href\":\"https://a/self\"}}");
    assertThat(links.self().href()).isEqualTo("https://a/self");
  }

  @Test
  void strayHrefWithoutSelfMakesASelfLink() throws IOException {
    SessionLinks links = ADAPTER.fromJson("{\"href\":\"https://a/only\"}");
    assertThat(links.self()).isEqualTo(SessionLink.of("https://a/only"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{}",
    "null",
    "\"just a string\"",
    "42",
    "[]",
    "[{\"href\":\"x\"}]",
    "{\"self\":null}",
    "{\"self\":\"https://a\"}",
    "{\"self\":{\"href\":42,\"name\":false,\"templated\":\"yes\",\"type\":[],\"hints\":\"GET\"}}",
    "{\"self\":{\"hints\":{\"allow\":\"GET\"}}}",
    "{\"self\":{\"hints\":{\"allow\":[null,1,{\"a\":1},\"GET\"],\"other\":[]}}}",
    "{\"self\":{\"hints\":null}}",
    "{\"self\":[]}",
    "{\"self\":[1,2,{\"href\":\"https://a\"}]}",
    "{\"self\":{\"deeply\":{\"nested\":{\"unknown\":[1,[2,[3]]]}}}}",
    "{\"href\":null,\"self\":{}}",
  })
  void oddButValidJsonNeverFails(String json) throws IOException {
    SessionLinks links = ADAPTER.fromJson(json);
    if (links != null) {
      assertThat(links.relations()).isNotNull();
      for (SessionLink link : links.relations().values()) {
        assertThat(link.allowedMethods()).doesNotContain(null);
      }
    }
  }

  @Test
  void wrongTypesAreSkippedButUsableValuesKept() throws IOException {
    SessionLinks links = ADAPTER.fromJson(
        "{\"self\":{\"href\":42,\"name\":\"n\",\"templated\":\"yes\",\"hints\":{\"allow\":[null,1,\"GET\"]}}}");

    assertThat(links.self()).isEqualTo(new SessionLink(null, "n", null, null, List.of("GET")));
  }

  @Test
  void nullLinksDecodeToNullAndNonObjectsToEmpty() throws IOException {
    assertThat(ADAPTER.fromJson("null")).isNull();
    assertThat(ADAPTER.fromJson("\"x\"")).isEqualTo(SessionLinks.EMPTY);
  }

  @Test
  void writesTheSchemaShapeAndReadsItBack() throws IOException {
    SessionLinks links = linksOf(Payloads.example("get-session-response.json"));

    String json = ADAPTER.toJson(links);

    assertThat(json).isEqualTo(
        "{\"self\":{\"href\":\"https://{yourOktaDomain}/api/v1/sessions/l7FbDVqS8zHSy65uJD85\","
            + "\"hints\":{\"allow\":[\"DELETE\"]}}}");
    assertThat(ADAPTER.fromJson(json)).isEqualTo(links);
  }

  @Test
  void everyPropertySurvivesARoundTrip() throws IOException {
    SessionLinks links = new SessionLinks(Map.of(
        "user", new SessionLink("https://a/u", "A Name", true, "application/json", List.of("GET", "POST"))));

    assertThat(ADAPTER.fromJson(ADAPTER.toJson(links))).isEqualTo(links);
  }

  @Test
  void toStringNeverPrintsHrefs() throws IOException {
    SessionLinks links = linksOf(Payloads.docsStyle("session.json"));

    assertThat(links.toString()).doesNotContain("101W_juydrDRByB7fUdRyE2JQ");
    assertThat(links.toString()).doesNotContain("https://");
    assertThat(links.toString()).contains("refresh");
  }

  @Test
  void factoryOnlyAnswersForSessionLinksWithoutQualifiers() {
    Moshi moshi = new Moshi.Builder().build();
    assertThat(SessionLinksJsonAdapter.FACTORY.create(SessionLinks.class, java.util.Set.of(), moshi)).isNotNull();
    assertThat(SessionLinksJsonAdapter.FACTORY.create(SessionLink.class, java.util.Set.of(), moshi)).isNull();
    assertThat(SessionLinksJsonAdapter.FACTORY.create(String.class, java.util.Set.of(), moshi)).isNull();
  }
}
