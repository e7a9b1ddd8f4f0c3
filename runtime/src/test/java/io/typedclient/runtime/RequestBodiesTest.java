package io.typedclient.runtime;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bodies {@link RequestBuilder} builds without a network: form encoding, multipart framing and boundaries,
 * raw bodies, and the {@code @Url} origin rule.
 */
final class RequestBodiesTest {
  private final ClientRuntime runtime =
      new ClientRuntime(ClientConfig.builder().baseUrl("https://api.example.com/v1").build());

  private RequestBuilder post() {
    return runtime.request("POST", "/things", "Api", "call").appendPath("/things");
  }

  // ---- forms ----

  @Test
  void formEncodingFollowsWhatwg() {
    HttpRequest request = post()
        .field("safe", "azAZ09*-._")
        .field("space", "a b")
        .field("reserved", "~!'()+&=%/?#")
        .field("utf-8", "é日😀")
        .field("new line", "a\r\nb")
        .build();

    assertThat(new String(request.body(), UTF_8)).isEqualTo("safe=azAZ09*-._&space=a+b"
        + "&reserved=%7E%21%27%28%29%2B%26%3D%25%2F%3F%23&utf-8=%C3%A9%E6%97%A5%F0%9F%98%80&new+line=a%0D%0Ab");
    assertThat(request.headers().first("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
  }

  @Test
  void formLeavesNullOutAndRepeatsIterables() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("m", List.of(1, 2));
    map.put("gone", null);

    HttpRequest request = post().field("a", null).field("b", Arrays.asList("x", null, "y")).fieldMap("map", map)
        .build();

    assertThat(new String(request.body(), UTF_8)).isEqualTo("b=x&b=y&m=1&m=2");
  }

  @Test
  void aFormOfOnlyNullsIsAnEmptyForm() {
    HttpRequest request = post().field("a", null).build();

    assertThat(request.body()).isEmpty();
    assertThat(request.headers().first("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
  }

  @Test
  void anUnpairedSurrogateIsRefusedNotSentAsAQuestionMark() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> post().field("name", "a\uD800b").build());

    assertThat(e).hasMessageThat()
        .isEqualTo("form field \"name\" of Api.call is not valid Unicode: unpaired surrogate at index 1");
  }

  // ---- multipart ----

  @Test
  void aBoundaryThatOccursInAPartIsDrawnAgain() {
    Deque<String> boundaries = new ArrayDeque<>(List.of("AAAA", "BBBB"));
    Multipart multipart = new Multipart(boundaries::removeFirst);
    multipart.add("a", null, null, RequestBody.ofText("text/plain", "x\r\n--AAAA\r\ny"));

    RequestBody body = multipart.build();

    assertThat(body.contentType()).isEqualTo("multipart/form-data; boundary=BBBB");
    assertThat(new String(body.bytes(), UTF_8)).isEqualTo("--BBBB\r\n"
        + "Content-Disposition: form-data; name=\"a\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "x\r\n--AAAA\r\ny\r\n--BBBB--\r\n");
    assertThat(boundaries).isEmpty();
  }

  @Test
  void aBoundaryInAPartNameIsDrawnAgainToo() {
    Deque<String> boundaries = new ArrayDeque<>(List.of("NAME", "OTHER"));
    Multipart multipart = new Multipart(boundaries::removeFirst);
    multipart.add("NAME", null, null, RequestBody.ofText("text/plain", "x"));

    assertThat(multipart.build().contentType()).endsWith("boundary=OTHER");
  }

  @Test
  void randomBoundariesAreLongAndDiffer() {
    String one = post().part("a", null, "x").build().headers().first("Content-Type");
    String two = post().part("a", null, "x").build().headers().first("Content-Type");

    assertThat(one).matches("multipart/form-data; boundary=[0-9A-Za-z_-]{32}");
    assertThat(one).isNotEqualTo(two);
  }

  @Test
  void aPartMapSendsBodiesAndFilesAsBinaryPartsAndTheRestAsText() {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("raw", RequestBody.of("image/png", new byte[] {1}));
    parts.put("file", FileUpload.of("a.txt", RequestBody.ofText("text/plain", "a")));
    parts.put("count", 3);
    parts.put("none", null);

    String body = new String(post().partMap("parts", parts).build().body(), UTF_8);

    assertThat(body).contains("name=\"raw\"\r\nContent-Type: image/png\r\n\r\n\u0001\r\n");
    assertThat(body)
        .contains("name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\na\r\n");
    assertThat(body).contains("name=\"count\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n3\r\n");
    assertThat(body).doesNotContain("none");
    assertThat(body).doesNotContain("RequestBody{");
  }

  @Test
  void namesAndFileNamesAreEscapedAsWhatwgDoes() {
    HttpRequest request = post()
        .part("a\"b\r\nc", FileUpload.of("f\".txt", RequestBody.of("text/plain", new byte[] {'x'})))
        .build();

    assertThat(new String(request.body(), UTF_8))
        .contains("Content-Disposition: form-data; name=\"a%22b%0D%0Ac\"; filename=\"f%22.txt\"\r\n");
  }

  @Test
  void aStreamedPartMakesTheWholeBodyStreamedAndIsOpenedOnlyWhenReached() throws IOException {
    List<String> events = new ArrayList<>();
    BodySource source = () -> {
      events.add("opened");
      return new ByteArrayInputStream("streamed".getBytes(UTF_8)) {
        @Override
        public void close() {
          events.add("closed");
        }
      };
    };

    HttpRequest request = post().part("first", null, "text").part("file", RequestBody.ofStream("x/y", source))
        .build();

    assertThat(request.body()).isNull();
    assertThat(request.bodyLength()).isEqualTo(-1);
    assertThat(events).isEmpty();
    String boundary = request.headers().first("Content-Type").substring("multipart/form-data; boundary=".length());
    try (InputStream in = request.bodySource().open()) {
      assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo("--" + boundary + "\r\n"
          + "Content-Disposition: form-data; name=\"first\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
          + "text\r\n--" + boundary + "\r\n"
          + "Content-Disposition: form-data; name=\"file\"\r\nContent-Type: x/y\r\n\r\n"
          + "streamed\r\n--" + boundary + "--\r\n");
    }
    assertThat(events).containsExactly("opened", "closed").inOrder();
  }

  // ---- raw bodies ----

  @Test
  void textBodiesAreUtf8AndSaySo() {
    assertThat(RequestBody.ofText("text/csv", "ä").contentType()).isEqualTo("text/csv; charset=utf-8");
    assertThat(RequestBody.ofText("text/csv; charset=UTF-8", "ä").contentType())
        .isEqualTo("text/csv; charset=UTF-8");
    assertThat(RequestBody.ofText("text/csv", "ä").bytes()).isEqualTo("ä".getBytes(UTF_8));
    IllegalArgumentException latin1 = assertThrows(IllegalArgumentException.class,
        () -> RequestBody.ofText("text/csv; charset=ISO-8859-1", "ä"));
    assertThat(latin1).hasMessageThat().contains("names a charset other than UTF-8");
  }

  @Test
  void aContentTypeMustBeAMediaTypeAndAHeaderValue() {
    assertThrows(IllegalArgumentException.class, () -> RequestBody.of("png", new byte[0]));
    IllegalArgumentException injected = assertThrows(IllegalArgumentException.class,
        () -> RequestBody.of("text/plain\r\nX-Admin: 1", new byte[0]));
    assertThat(injected).hasMessageThat().contains("CR");
  }

  @Test
  void aRawBodyIsSentWithItsContentTypeAndTheBytesAreCopied() {
    byte[] bytes = {1, 2, 3};
    RequestBody body = RequestBody.of("application/octet-stream", bytes);
    bytes[0] = 9;

    HttpRequest request = post().body(body).build();

    assertThat(request.body()).isEqualTo(new byte[] {1, 2, 3});
    assertThat(request.headers().first("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(body.toString()).isEqualTo("RequestBody{application/octet-stream, 3 bytes}");
  }

  // ---- @Url ----

  private HttpRequest get(Object url) {
    return runtime.request("GET", "", "Api", "next").url(url).build();
  }

  @Test
  void urlsOfTheBaseOriginAreAcceptedInEverySpelling() {
    assertThat(get("items?page=2").uri().toString()).isEqualTo("https://api.example.com/v1/items?page=2");
    assertThat(get("/other").uri().toString()).isEqualTo("https://api.example.com/other");
    assertThat(get("HTTPS://API.example.com:443/x").uri().getPath()).isEqualTo("/x");
    assertThat(get(java.net.URI.create("//api.example.com/y")).uri().getPath()).isEqualTo("/y");
    assertThat(get("items?page=2").invocation().pathTemplate()).isEqualTo("/{url}");
    assertThat(get("items?page=2").invocation().pathValues()).containsExactly("url", "/v1/items");
    assertThat(get("items?page=2").toString()).isEqualTo("GET https://api.example.com/{url} (Api.next)");
  }

  @Test
  void urlsOfAnyOtherOriginAreRefused() {
    for (String other : List.of("http://api.example.com/x", "https://api.example.com:8443/x",
        "https://api.example.com.evil.test/x", "//evil.test/x", "https://evil.test/v1/items")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> get(other), other);
      assertThat(e).hasMessageThat().contains("but the client's base URL has the origin https://api.example.com:443");
    }
  }

  @Test
  void anOriginTheConfigurationTrustsIsAcceptedAndNoOther() {
    ClientRuntime trusting = new ClientRuntime(ClientConfig.builder()
        .baseUrl("https://api.example.com/v1")
        .allowUrlOrigin("https://CDN.example.com")
        .allowUrlOrigin("https://files.example.com:8443/")
        .build());

    assertThat(trusting.request("GET", "", "Api", "next").url("https://cdn.example.com:443/a?b=c").build().uri())
        .isEqualTo(java.net.URI.create("https://cdn.example.com:443/a?b=c"));
    assertThat(trusting.request("GET", "", "Api", "next").url("https://files.example.com:8443/f").build().uri()
        .getPort()).isEqualTo(8443);
    assertThrows(IllegalArgumentException.class,
        () -> trusting.request("GET", "", "Api", "next").url("https://files.example.com/f"));
    assertThat(trusting.config().urlOrigins())
        .containsExactly("https://cdn.example.com:443", "https://files.example.com:8443").inOrder();
  }

  @Test
  void anOriginToTrustMustBeHttpsAndOnlyAnOrigin() {
    for (String bad : List.of("http://cdn.example.com", "https://cdn.example.com/path", "https://u:p@cdn.example.com",
        "https://cdn.example.com?q", "cdn.example.com", "ftp://cdn.example.com")) {
      assertThrows(IllegalArgumentException.class, () -> ClientConfig.builder().allowUrlOrigin(bad), bad);
    }
    ClientConfig.builder().allowUrlOrigin("http://127.0.0.1:8080");
  }

  @Test
  void urlsWithUserInfoOrAFragmentOrThatAreInvalidAreRefusedWithoutQuotingThem() {
    IllegalArgumentException userInfo =
        assertThrows(IllegalArgumentException.class, () -> get("https://me:secret@api.example.com/x"));
    IllegalArgumentException fragment = assertThrows(IllegalArgumentException.class, () -> get("/x#secret"));
    IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class, () -> get("/x y?secret"));
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> get(null));

    assertThat(userInfo).hasMessageThat().isEqualTo("@Url of Api.next has user info, which is never sent; remove it");
    assertThat(fragment).hasMessageThat().isEqualTo("@Url of Api.next has a fragment, which is never sent; remove it");
    assertThat(invalid).hasMessageThat().startsWith("@Url of Api.next is not a valid URL: ");
    assertThat(invalid).hasMessageThat().doesNotContain("secret");
    assertThat(none).hasMessageThat().isEqualTo("@Url of Api.next is null");
  }
}
