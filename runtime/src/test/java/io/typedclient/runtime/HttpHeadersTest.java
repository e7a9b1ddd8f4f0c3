package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class HttpHeadersTest {

  @Test
  void looksUpNamesCaseInsensitivelyAndKeepsOrderAndSpelling() {
    HttpHeaders headers = HttpHeaders.of("Accept", "application/json", "X-Multi", "1", "x-multi", "2");

    assertThat(headers.first("ACCEPT")).isEqualTo("application/json");
    assertThat(headers.all("X-MULTI")).containsExactly("1", "2").inOrder();
    assertThat(headers.names()).containsExactly("Accept", "X-Multi").inOrder();
    assertThat(headers.size()).isEqualTo(3);
    assertThat(headers.name(2)).isEqualTo("x-multi");
    assertThat(headers.value(2)).isEqualTo("2");
    assertThat(headers.contains("accept")).isTrue();
    assertThat(headers.first("Missing")).isNull();
    assertThat(headers.all("Missing")).isEmpty();
    assertThat(headers.toMap()).containsExactly("Accept", List.of("application/json"), "X-Multi", List.of("1", "2"));
  }

  @Test
  void builderSetReplacesAndRemoveAllRemovesEveryValue() {
    HttpHeaders headers =
        HttpHeaders.builder().add("A", "1").add("b", "2").add("a", "3").set("B", "4").build();

    assertThat(headers.all("a")).containsExactly("1", "3").inOrder();
    assertThat(headers.all("b")).containsExactly("4");
    assertThat(headers.toBuilder().removeAll("A").build().names()).containsExactly("B");
    assertThat(HttpHeaders.builder().build()).isSameInstanceAs(HttpHeaders.empty());
  }

  @Test
  void isImmutable() {
    HttpHeaders.Builder builder = HttpHeaders.builder().add("A", "1");
    HttpHeaders built = builder.build();
    builder.add("A", "2");

    assertThat(built.all("A")).containsExactly("1");
    assertThrows(UnsupportedOperationException.class, () -> built.all("A").add("x"));
    assertThrows(UnsupportedOperationException.class, () -> built.toMap().put("B", List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\r\nX-Injected: 1", "a\nb", "a\rb", "a\u0000b", "\r\n"})
  void refusesCrLfAndNulInValuesWithoutQuotingThem(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HttpHeaders.builder().add("X-Token", value));

    assertThat(e).hasMessageThat().contains("X-Token");
    assertThat(e).hasMessageThat().containsMatch("CR|LF|NUL");
    assertThat(e).hasMessageThat().contains("header injection");
    assertThat(e).hasMessageThat().doesNotContain(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0001b", "a\u001fb", "a\u007fb"})
  void refusesOtherControlCharacters(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HttpHeaders.builder().set("X-Value", value));

    assertThat(e).hasMessageThat().contains("control character");
    assertThat(e).hasMessageThat().contains("index 1");
  }

  @Test
  void refusesCharactersHttpCannotCarryButAcceptsLatin1AndTabs() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HttpHeaders.of("X-Name", "J\u00f6rg \u20ac"));

    assertThat(e).hasMessageThat().contains("above U+00FF at index 5");
    assertThat(HttpHeaders.of("X-Name", "J\u00f6rg\tA").first("X-Name")).isEqualTo("J\u00f6rg\tA");
    assertThat(HttpHeaders.of("X-Empty", "").first("X-Empty")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Bad Name", "Bad:Name", "Bad\r\nName", "Ünicode", "(paren)"})
  void refusesNamesThatAreNotTokens(String name) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpHeaders.of(name, "v"));

    assertThat(e).hasMessageThat().contains("header name");
  }

  @Test
  void refusesNullsAndOddCounts() {
    assertThrows(NullPointerException.class, () -> HttpHeaders.of("A", null));
    assertThrows(NullPointerException.class, () -> HttpHeaders.of(null, "v"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpHeaders.of("A", "1", "B"));
    assertThat(e).hasMessageThat().contains("odd");
  }

  @Test
  void toStringRedactsSensitiveValues() {
    HttpHeaders headers =
        HttpHeaders.of(
            "Accept", "application/json",
            "Authorization", "SSWS 00abcSECRETtoken",
            "Cookie", "sid=102SECRETsession",
            "Set-Cookie", "JSESSIONID=SECRETjsession",
            "X-Api-Key", "SECRETapikey",
            "X-Okta-Session-Id", "SECRETsessionheader",
            "Proxy-Authorization", "Basic SECRETproxy");

    String text = headers.toString();

    assertThat(text).contains("Accept=[application/json]");
    assertThat(text).contains("Authorization=[██]");
    assertThat(text).doesNotContain("SECRET");
    assertThat(HttpHeaders.isSensitive("authorization")).isTrue();
    assertThat(HttpHeaders.isSensitive("X-Auth-Token")).isTrue();
    assertThat(HttpHeaders.isSensitive("Content-Type")).isFalse();
    assertThat(HttpHeaders.isSensitive("X-Rate-Limit-Reset")).isFalse();
  }

  @Test
  void fromResponseKeepsOrderAndDropsStatusLinesPseudoHeadersAndBrokenValues() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put(null, List.of("HTTP/1.1 200 OK"));
    map.put(":status", List.of("200"));
    map.put("X-Rate-Limit-Remaining", List.of("9"));
    map.put("Set-Cookie", java.util.Arrays.asList("a=1", null, "b=2", "bad\r\nvalue"));
    map.put("", List.of("x"));

    HttpHeaders headers = HttpHeaders.fromResponse(map);

    assertThat(headers.names()).containsExactly("X-Rate-Limit-Remaining", "Set-Cookie").inOrder();
    assertThat(headers.all("set-cookie")).containsExactly("a=1", "b=2").inOrder();
    assertThat(HttpHeaders.fromResponse(Map.of())).isSameInstanceAs(HttpHeaders.empty());
  }

  @Test
  void equalityFollowsContent() {
    assertThat(HttpHeaders.of("A", "1")).isEqualTo(HttpHeaders.of("A", "1"));
    assertThat(HttpHeaders.of("A", "1").hashCode()).isEqualTo(HttpHeaders.of("A", "1").hashCode());
    assertThat(HttpHeaders.of("A", "1")).isNotEqualTo(HttpHeaders.of("A", "2"));
  }
}
