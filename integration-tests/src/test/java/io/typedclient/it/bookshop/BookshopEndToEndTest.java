package io.typedclient.it.bookshop;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.Moshi;
import io.typedclient.it.json.ReflectionGuard;
import io.typedclient.runtime.ClientConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated {@link BookshopApiClient} over real HTTP, with a Moshi that knows nothing but its
 * {@link ReflectionGuard}: enums go by their JSON names in paths, queries and headers; models are written in
 * constructor order with {@code null} optionals left out; a merge patch sends explicit {@code null}s; and Moshi is
 * never asked for anything.
 */
@Timeout(value = 20, unit = SECONDS)
class BookshopEndToEndTest {
  /** As the README says it is sent. */
  private static final String DUNE = "{\"id\":\"b1\",\"title\":\"Dune\",\"genre\":\"sci-fi\",\"authors\":[]}";
  private static final Book DUNE_BOOK = new Book("b1", "Dune", null, Genre.SCIENCE_FICTION, List.of(), null);

  @StartStop final MockWebServer server = new MockWebServer();
  private final ReflectionGuard guard = new ReflectionGuard();
  private BookshopApiClient client;

  @BeforeEach
  void createClient() {
    client = new BookshopApiClient(ClientConfig.builder()
        .baseUrl(server.url("/").toString())
        .moshi(new Moshi.Builder().addLast(guard).build())
        .connectTimeout(Duration.ofSeconds(5))
        .requestTimeout(Duration.ofSeconds(5))
        .build());
  }

  @AfterEach
  void closeClientAndCheckTheGuard() {
    client.close();
    assertThat(guard.requests()).isEmpty();
  }

  @Test
  void enumsInTheQueryGoByTheirJsonNamesAsBodiesDo() throws Exception {
    server.enqueue(json("[" + DUNE + "]"));

    List<Book> found = client.search(Genre.SCIENCE_FICTION, List.of(Genre.POETRY, Genre.OTHER), null);

    assertThat(taken().getTarget()).isEqualTo("/books?genre=sci-fi&also=poetry&also=OTHER");
    assertThat(found).containsExactly(DUNE_BOOK);
  }

  @Test
  void enumsInThePathAndHeadersGoByTheirJsonNames() throws Exception {
    server.enqueue(json("[]"));
    server.enqueue(json("[]"));

    client.inFormat(Format.EBOOK, Format.HARDCOVER);
    client.inFormat(Format.AUDIO, null);

    RecordedRequest first = taken();
    assertThat(first.getTarget()).isEqualTo("/formats/e-book/books");
    assertThat(first.getHeaders().get("X-Preferred-Format")).isEqualTo("hard-cover");
    RecordedRequest second = taken();
    assertThat(second.getTarget()).isEqualTo("/formats/AUDIO/books");
    assertThat(second.getHeaders().get("X-Preferred-Format")).isNull();
  }

  @Test
  void aNullEnumPathValueIsRefusedBeforeSending() {
    assertThrows(IllegalArgumentException.class, () -> client.inFormat(null, Format.AUDIO));
    assertThat(server.getRequestCount()).isEqualTo(0);
  }

  @Test
  void aModelIsWrittenInConstructorOrderWithNullOptionalsLeftOut() throws Exception {
    server.enqueue(json("{\"id\":\"b1\",\"title\":\"Dune\",\"subtitle\":\"Book One\",\"genre\":\"sci-fi\","
        + "\"authors\":[\"Frank Herbert\"],\"published_at\":\"1965-08-01T00:00:00Z\"}"));

    Book added = client.add(DUNE_BOOK);

    assertThat(taken().getBody().string(StandardCharsets.UTF_8)).isEqualTo(DUNE);
    assertThat(added).isEqualTo(new Book("b1", "Dune", "Book One", Genre.SCIENCE_FICTION, List.of("Frank Herbert"),
        Instant.parse("1965-08-01T00:00:00Z")));
  }

  @Test
  void aMergePatchSendsItsExplicitNulls() throws Exception {
    server.enqueue(json(DUNE));

    client.patch("b1", BookPatch.empty().clearSubtitle().title("Dune Messiah"));

    RecordedRequest patch = taken();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getBody().string(StandardCharsets.UTF_8)).isEqualTo("{\"subtitle\":null,\"title\":\"Dune Messiah\"}");
  }

  @Test
  void theGuardWouldHaveCaughtALookup() {
    Moshi guarded = new Moshi.Builder().addLast(new ReflectionGuard()).build();

    assertThrows(AssertionError.class, () -> guarded.adapter(Book.class));
    assertThrows(AssertionError.class, () -> guarded.adapter(Format.class));
  }

  private RecordedRequest taken() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
  }
}
