package io.typedclient.it.vocab;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.FileUpload;
import io.typedclient.runtime.HttpResponse;
import io.typedclient.runtime.HttpStatusException;
import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.RequestBody;
import io.typedclient.runtime.RequestTimeoutException;
import io.typedclient.runtime.ResponseDecodingException;
import io.typedclient.runtime.ResponseTooLargeException;
import io.typedclient.runtime.StreamingResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client the processor generated for {@link FilesApi}, over real HTTP with each transport: what the server
 * receives for forms, multipart and raw bodies (streamed ones chunked and never held), maps and {@code @Url};
 * {@code @Timeout}; downloads streamed past the body limit, closed early, cut off at the deadline; small bodies as
 * bytes and raw responses. The client's Moshi refuses every lookup, so the JSON part and results are wired
 * without reflection.
 */
@Timeout(value = 60, unit = SECONDS)
class VocabularyEndToEndTest {
  private static final int SIX_MIB = 6 * 1024 * 1024;

  @StartStop final MockWebServer server = new MockWebServer();

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
  }

  private FilesApiClient client(Transports kind) {
    return client(kind, ClientConfig.DEFAULT_REQUEST_TIMEOUT.isZero() ? null : Duration.ofSeconds(10));
  }

  private FilesApiClient client(Transports kind, Duration requestTimeout) {
    HttpTransport transport = kind.create();
    toClose.add(transport);
    FilesApiClient client = new FilesApiClient(ClientConfig.builder()
        .baseUrl(server.url("/api/").toString())
        .transport(transport)
        .moshi(RefusingMoshi.create())
        .requestTimeout(requestTimeout)
        .build());
    toClose.add(0, client);
    return client;
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  private static MockResponse document(String id) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/json")
        .body("{\"id\":\"" + id + "\",\"title\":\"t\"}")
        .build();
  }

  private static MockResponse large(int length) {
    Buffer body = new Buffer();
    for (int i = 0; i < length; i++) {
      body.writeByte(GeneratedStream.at(i));
    }
    return new MockResponse.Builder().addHeader("Content-Type", "application/octet-stream").body(body).build();
  }

  private static void assertGenerated(byte[] bytes, long length) {
    assertThat(bytes.length).isEqualTo(length);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != GeneratedStream.at(i)) {
        throw new AssertionError("byte " + i + " is " + bytes[i] + ", expected " + GeneratedStream.at(i));
      }
    }
  }

  // ---- forms ----

  @ParameterizedTest
  @EnumSource(Transports.class)
  void formEncodesFieldsAsWhatwgSaysLeavesNullOutAndRepeatsLists(Transports transport) throws Exception {
    server.enqueue(document("f"));
    Map<String, Object> more = new LinkedHashMap<>();
    more.put("symbols", "*-._~!'()");
    more.put("gone", null);
    more.put("many", List.of(1, 2));

    Document result = client(transport).form(
        "Zoë & co=1", Arrays.asList("a b", null, "c+d"), null, List.of(Format.PDF, Format.TEXT), more);

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/api/form");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(request.getBody().string(UTF_8)).isEqualTo("name=Zo%C3%AB+%26+co%3D1&tag=a+b&tag=c%2Bd"
        + "&format=pdf-file&format=TEXT&symbols=*-._%7E%21%27%28%29&many=1&many=2");
    assertThat(result).isEqualTo(new Document("f", "t"));
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void aFieldMapWithANullKeyIsRefusedBeforeSending(Transports transport) {
    Map<String, Object> more = new LinkedHashMap<>();
    more.put(null, "x");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client(transport).form("n", List.of(), null, null, more));

    assertThat(e).hasMessageThat().isEqualTo("@FieldMap parameter more of FilesApi.form has a null key");
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  // ---- multipart ----

  @ParameterizedTest
  @EnumSource(Transports.class)
  void multipartSendsTextJsonFileAndRawPartsWithNamesFileNamesAndContentTypes(Transports transport)
      throws Exception {
    server.enqueue(document("u"));
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("source", "e2e");
    extra.put("skipped", null);

    Document result = client(transport).upload("Zoë \"quoted\"", "# notes", 3, new Document("m", "meta"),
        FileUpload.of("report\r\n\".pdf", RequestBody.of("application/pdf", new byte[] {0, 1, 2, '-', '-'})),
        RequestBody.ofText("text/csv", "a,b"), extra);

    RecordedRequest request = taken();
    List<MultipartReader.Part> parts =
        MultipartReader.parts(request.getHeaders().get("Content-Type"), request.getBody().toByteArray());
    assertThat(parts).hasSize(7);
    assertThat(parts.get(0).headers()).containsExactly(
        "content-disposition", "form-data; name=\"title\"", "content-type", "text/plain; charset=utf-8");
    assertThat(parts.get(0).text()).isEqualTo("Zoë \"quoted\"");
    assertThat(parts.get(1).headers().get("content-type")).isEqualTo("text/markdown; charset=utf-8");
    assertThat(parts.get(1).text()).isEqualTo("# notes");
    assertThat(parts.get(2).text()).isEqualTo("3");
    assertThat(parts.get(3).headers()).containsExactly(
        "content-disposition", "form-data; name=\"meta\"", "content-type", "application/json; charset=utf-8");
    assertThat(parts.get(3).text()).isEqualTo("{\"id\":\"m\",\"title\":\"meta\"}");
    assertThat(parts.get(4).headers()).containsExactly(
        "content-disposition", "form-data; name=\"file\"; filename=\"report%0D%0A%22.pdf\"",
        "content-type", "application/pdf");
    assertThat(parts.get(4).content()).isEqualTo(new byte[] {0, 1, 2, '-', '-'});
    assertThat(parts.get(5).headers().get("content-type")).isEqualTo("text/csv; charset=utf-8");
    assertThat(parts.get(5).text()).isEqualTo("a,b");
    assertThat(parts.get(6).headers().get("content-disposition")).isEqualTo("form-data; name=\"source\"");
    assertThat(parts.get(6).text()).isEqualTo("e2e");
    assertThat(request.getHeaders().get("Transfer-Encoding")).isNull(); // all in memory: a Content-Length
    assertThat(result).isEqualTo(new Document("u", "t"));
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void aStreamedFilePartIsSentChunkedWithoutBeingHeld(Transports transport) throws Exception {
    server.enqueue(document("big"));
    AtomicInteger opened = new AtomicInteger();
    GeneratedStream[] stream = new GeneratedStream[1];
    RequestBody file = RequestBody.ofStream("application/octet-stream", () -> {
      opened.incrementAndGet();
      return stream[0] = new GeneratedStream(SIX_MIB);
    });

    Document result = client(transport).uploadAsync(FileUpload.of("big.bin", file)).get(30, SECONDS);

    RecordedRequest request = taken();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getHeaders().get("Transfer-Encoding")).isEqualTo("chunked");
    assertThat(request.getHeaders().get("Content-Length")).isNull();
    List<MultipartReader.Part> parts =
        MultipartReader.parts(request.getHeaders().get("Content-Type"), request.getBody().toByteArray());
    assertThat(parts.get(0).headers().get("content-disposition"))
        .isEqualTo("form-data; name=\"file\"; filename=\"big.bin\"");
    assertGenerated(parts.get(0).content(), SIX_MIB);
    assertThat(opened.get()).isEqualTo(1);
    assertThat(stream[0].position()).isEqualTo(SIX_MIB);
    assertThat(result.id()).isEqualTo("big");
  }

  // ---- raw bodies ----

  @ParameterizedTest
  @EnumSource(Transports.class)
  void rawBytesAndTextAreSentAsTheyAreWithTheirContentType(Transports transport) throws Exception {
    server.enqueue(document("b"));
    server.enqueue(document("t"));
    FilesApiClient client = client(transport);

    client.putRaw(RequestBody.of("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    client.putRaw(RequestBody.ofText("text/csv", "ä,ö"));

    RecordedRequest bytes = taken();
    assertThat(bytes.getHeaders().get("Content-Type")).isEqualTo("image/png");
    assertThat(bytes.getHeaders().get("Content-Length")).isEqualTo("4");
    assertThat(bytes.getBody().toByteArray()).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    RecordedRequest text = taken();
    assertThat(text.getHeaders().get("Content-Type")).isEqualTo("text/csv; charset=utf-8");
    assertThat(text.getBody().string(UTF_8)).isEqualTo("ä,ö");
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void aStreamedBodyOfUnknownLengthIsSentChunked(Transports transport) throws Exception {
    server.enqueue(document("s"));

    client(transport)
        .postRawAsync(RequestBody.ofStream("application/zip", () -> new GeneratedStream(SIX_MIB)))
        .get(30, SECONDS);

    RecordedRequest request = taken();
    assertThat(request.getHeaders().get("Transfer-Encoding")).isEqualTo("chunked");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/zip");
    assertThat(request.getChunkSizes().size()).isGreaterThan(1);
    assertGenerated(request.getBody().toByteArray(), SIX_MIB);
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void aBodySourceThatFailsFailsTheCall(Transports transport) {
    RequestBody failing = RequestBody.ofStream("application/zip", () -> {
      throw new IOException("the disk is gone");
    });

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client(transport).postRawAsync(failing).get(30, SECONDS));

    assertThat(e).hasCauseThat().isInstanceOf(io.typedclient.runtime.TransportException.class);
  }

  // ---- maps and @Url ----

  @ParameterizedTest
  @EnumSource(Transports.class)
  void queryAndHeaderMapsEncodeLikeTheirSingleFormsAndLeaveNullOut(Transports transport) throws Exception {
    server.enqueue(document("q"));
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("q", "a b&c");
    query.put("tag", List.of("x", "y"));
    query.put("none", null);
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("X-Trace", "t-1");
    headers.put("X-None", null);

    client(transport).search(query, headers);

    RecordedRequest request = taken();
    assertThat(request.getTarget()).isEqualTo("/api/search?q=a%20b%26c&tag=x&tag=y");
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
    assertThat(request.getHeaders().names()).doesNotContain("X-None");
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void aHeaderMapValueWithCrLfOrAHeaderTheTransportOwnsIsRefusedBeforeSending(Transports transport) {
    FilesApiClient client = client(transport);

    IllegalArgumentException injected = assertThrows(IllegalArgumentException.class,
        () -> client.search(Map.of(), Map.of("X-Trace", "a\r\nX-Admin: yes")));
    IllegalArgumentException host = assertThrows(IllegalArgumentException.class,
        () -> client.search(Map.of(), Map.of("Host", "elsewhere")));

    assertThat(injected).hasMessageThat().contains("value of header X-Trace contains CR at index 1");
    assertThat(host).hasMessageThat().contains("Host");
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void urlTakesRelativeAndAbsoluteUrlsOfTheBaseOrigin(Transports transport) throws Exception {
    server.enqueue(document("1"));
    server.enqueue(document("2"));
    server.enqueue(document("3"));
    FilesApiClient client = client(transport);

    client.follow("items?page=2");
    client.follow("/other/items?page=3&size=10");
    client.followAsync(server.url("/api/items?cursor=a%2Fb").uri()).get(10, SECONDS);

    assertThat(taken().getTarget()).isEqualTo("/api/items?page=2");
    assertThat(taken().getTarget()).isEqualTo("/other/items?page=3&size=10");
    assertThat(taken().getTarget()).isEqualTo("/api/items?cursor=a%2Fb");
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void urlOfAnotherOriginIsRefusedBeforeSending(Transports transport) {
    FilesApiClient client = client(transport);
    String otherPort = "http://" + server.getHostName() + ":" + (server.getPort() == 1 ? 2 : 1) + "/steal?token=x";

    IllegalArgumentException port = assertThrows(IllegalArgumentException.class, () -> client.follow(otherPort));
    IllegalArgumentException host = assertThrows(IllegalArgumentException.class,
        () -> client.followAsync(URI.create("https://attacker.example/steal?token=x")));
    IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
        () -> client.follow("https://" + server.getHostName() + ":" + server.getPort() + "/api/items"));

    assertThat(host).hasMessageThat().isEqualTo("@Url of FilesApi.followAsync has the origin"
        + " https://attacker.example:443, but the client's base URL has the origin http://"
        + server.getHostName().toLowerCase(java.util.Locale.ROOT) + ":" + server.getPort()
        + "; @Url accepts only URLs of the base URL's origin, so that the client's credentials are never sent"
        + " elsewhere (ClientConfig.Builder.allowUrlOrigin trusts another)");
    assertThat(port).hasMessageThat().doesNotContain("token");
    assertThat(scheme).hasMessageThat().contains("has the origin https://");
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  // ---- generic models ----

  @ParameterizedTest
  @EnumSource(Transports.class)
  void genericModelsAreReadAndWrittenWithTheAdaptersOfTheirTypeArguments(Transports transport) throws Exception {
    server.enqueue(new MockResponse.Builder()
        .body("{\"items\":[{\"id\":\"1\",\"title\":\"a\"},{\"id\":\"2\",\"title\":\"b\"}],\"next\":\"p2\"}")
        .build());
    server.enqueue(new MockResponse.Builder().body("{\"items\":[]}").build());
    server.enqueue(new MockResponse.Builder()
        .body("{\"data\":[{\"id\":\"3\",\"title\":\"c\"}],\"meta\":7,\"byKey\":{\"k\":[]}}")
        .build());
    FilesApiClient client = client(transport);

    Page<Document> first = client.page("documents?page=1");
    Page<Document> last = client.pageAsync("documents?page=2").get(10, SECONDS);
    Envelope<List<Document>, Integer> wrapped =
        client.wrap(new Envelope<>(new Document("d", "t"), "m", Map.of("k", new Document("e", "u"))));

    assertThat(first).isEqualTo(new Page<>(List.of(new Document("1", "a"), new Document("2", "b")), "p2"));
    assertThat(last).isEqualTo(new Page<Document>(List.of(), null));
    assertThat(wrapped).isEqualTo(new Envelope<>(List.of(new Document("3", "c")), 7, Map.of("k", List.of())));
    taken();
    taken();
    assertThat(taken().getBody().string(UTF_8)).isEqualTo(
        "{\"data\":{\"id\":\"d\",\"title\":\"t\"},\"meta\":\"m\",\"byKey\":{\"k\":{\"id\":\"e\",\"title\":\"u\"}}}");
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void aGenericModelRefusesAnElementOfTheWrongShapeNamingItsPath(Transports transport) {
    server.enqueue(new MockResponse.Builder()
        .body("{\"items\":[{\"id\":\"1\",\"title\":\"a\"},{\"title\":\"b\"}]}")
        .build());

    ResponseDecodingException e =
        assertThrows(ResponseDecodingException.class, () -> client(transport).page("documents"));

    assertThat(e).hasMessageThat().endsWith("Required value 'id' missing at $.items[1]");
  }

  // ---- @Timeout ----

  @ParameterizedTest
  @EnumSource(Transports.class)
  void timeoutReplacesTheClientsRequestTimeoutForThatMethod(Transports transport) {
    server.enqueue(new MockResponse.Builder().headersDelay(5, SECONDS).body("{}").build());
    server.enqueue(new MockResponse.Builder().headersDelay(5, SECONDS).body("{}").build());
    FilesApiClient client = client(transport, Duration.ofSeconds(30));

    RequestTimeoutException sync = assertThrows(RequestTimeoutException.class, client::slow);
    ExecutionException async = assertThrows(ExecutionException.class, () -> client.slowAsync().get(20, SECONDS));

    assertThat(sync.timeout()).isEqualTo(Duration.ofMillis(300));
    assertThat(async).hasCauseThat().isInstanceOf(RequestTimeoutException.class);
    assertThat(((RequestTimeoutException) async.getCause()).timeout()).isEqualTo(Duration.ofMillis(300));
  }

  // ---- streaming responses ----

  @ParameterizedTest
  @EnumSource(Transports.class)
  void aDownloadStreamsPastTheBodyLimitWhichStillHoldsForBytes(Transports transport) throws Exception {
    server.enqueue(large(SIX_MIB));
    server.enqueue(large(SIX_MIB));
    FilesApiClient client = client(transport);

    byte[] downloaded;
    try (StreamingResponse download = client.download("big.bin")) {
      assertThat(download.status()).isEqualTo(200);
      assertThat(download.header("Content-Type")).isEqualTo("application/octet-stream");
      downloaded = download.body().readAllBytes();
    }
    ResponseTooLargeException tooLarge = assertThrows(ResponseTooLargeException.class, () -> client.bytes("big"));

    assertGenerated(downloaded, SIX_MIB);
    assertThat(tooLarge).hasMessageThat().contains("4194304");
    assertThat(taken().getTarget()).isEqualTo("/api/files/big.bin");
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void anAsyncDownloadStreamsToo(Transports transport) throws Exception {
    server.enqueue(large(SIX_MIB));

    try (StreamingResponse download = client(transport).downloadAsync("big.bin").get(10, SECONDS)) {
      assertGenerated(download.body().readAllBytes(), SIX_MIB);
    }
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void closingADownloadEarlyReleasesTheConnection(Transports transport) throws Exception {
    server.enqueue(large(SIX_MIB));
    server.enqueue(document("after"));
    FilesApiClient client = client(transport);

    try (StreamingResponse download = client.download("big.bin")) {
      InputStream body = download.body();
      assertThat(body.read()).isEqualTo(0);
      assertThat(body.read()).isEqualTo(1);
    }

    assertThat(client.follow("next").id()).isEqualTo("after");
    assertThat(taken().getTarget()).isEqualTo("/api/files/big.bin");
    assertThat(taken().getTarget()).isEqualTo("/api/next");
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void theDeadlineStillAppliesWhileADownloadIsRead(Transports transport) throws Exception {
    // Chunked: dropped, it never goes to the JDK HttpURLConnection's keep-alive cleaner (a short body of declared
    // length would, to be read to its end on a thread of its own).
    server.enqueue(new MockResponse.Builder().chunkedBody("x".repeat(64 * 1024), 1024)
        .throttleBody(1024, 250, MILLISECONDS).build());
    FilesApiClient client = client(transport, Duration.ofSeconds(1));

    try (StreamingResponse download = client.download("slow.bin")) {
      InputStream in = download.body();
      RequestTimeoutException timeout =
          assertThrows(RequestTimeoutException.class, () -> in.readAllBytes());
      assertThat(timeout.timeout()).isEqualTo(Duration.ofSeconds(1));
    }
  }

  @ParameterizedTest
  @EnumSource(Transports.class)
  void aDownloadThatFailsIsTheMappedErrorWithItsBody(Transports transport) {
    server.enqueue(new MockResponse.Builder().code(404).body("{\"errorCode\":\"E0000007\"}").build());

    HttpStatusException e = assertThrows(HttpStatusException.class, () -> client(transport).download("gone"));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.bodyExcerpt()).contains("E0000007");
  }

  // ---- small raw results ----

  @ParameterizedTest
  @EnumSource(Transports.class)
  void smallBodiesComeAsBytesAndRawResponses(Transports transport) throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().addHeader("ETag", "\"v" + i + "\"").body("text " + i).build());
    }
    server.enqueue(new MockResponse.Builder().addHeader("Content-Length", "10").build());
    FilesApiClient client = client(transport);

    byte[] bytes = client.bytes("a.txt");
    byte[] bytesAsync = client.bytesAsync("a.txt").get(10, SECONDS);
    HttpResponse raw = client.raw("a.txt");
    HttpResponse rawAsync = client.rawAsync("a.txt").get(10, SECONDS);
    HttpResponse head = client.head("a.txt");

    assertThat(new String(bytes, UTF_8)).isEqualTo("text 0");
    assertThat(new String(bytesAsync, UTF_8)).isEqualTo("text 1");
    assertThat(raw.bodyString()).isEqualTo("text 2");
    assertThat(raw.header("ETag")).isEqualTo("\"v2\"");
    assertThat(rawAsync.status()).isEqualTo(200);
    assertThat(rawAsync.bodyString()).isEqualTo("text 3");
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.bodyLength()).isEqualTo(0);
  }
}
