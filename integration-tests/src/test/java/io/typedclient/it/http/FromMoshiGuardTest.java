package io.typedclient.it.http;

import static com.google.common.truth.Truth.assertThat;
import static io.typedclient.it.http.TestClients.config;
import static io.typedclient.it.http.TestClients.json;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.Moshi;
import io.typedclient.it.json.ReflectionGuard;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The legal way to the application's Moshi, end to end: {@link ItemsApi} names {@link Item} in
 * {@code fromMoshi}, the application registers Item's adapter, and a {@link ReflectionGuard} behind it fails if
 * Moshi is ever asked for anything only its reflective factories could give.
 */
@Timeout(value = 20, unit = SECONDS)
class FromMoshiGuardTest {
  @StartStop final MockWebServer server = new MockWebServer();
  private final ReflectionGuard guard = new ReflectionGuard();

  @Test
  void theOptedInTypeComesFromTheApplicationsMoshiAndNothingReachesReflection() throws Exception {
    Moshi moshi = new Moshi.Builder().add(Item.class, new ItemJsonAdapter().nullSafe()).addLast(guard).build();
    server.enqueue(json(200, "{\"id\":\"1\",\"name\":\"one\"}"));
    server.enqueue(json(200, "[{\"id\":\"2\",\"name\":null}]"));
    server.enqueue(json(201, "{\"id\":\"3\",\"name\":\"three\"}"));
    server.enqueue(json(200, "{\"id\":\"3\",\"name\":\"drei\"}"));
    server.enqueue(json(200, "\"alice\""));
    server.enqueue(json(200, "7"));

    try (ItemsApiClient client = new ItemsApiClient(config(server).moshi(moshi).build())) {
      assertThat(client.get("1")).isEqualTo(new Item("1", "one"));
      assertThat(client.search("q", List.of("a"), 1)).containsExactly(new Item("2", null));
      assertThat(client.create(new Item("new", "three"))).isEqualTo(new Item("3", "three"));
      assertThat(client.rename("3", Map.of("name", "drei"))).isEqualTo(new Item("3", "drei"));
      assertThat(client.owner("3", "trace", 1)).isEqualTo("alice");
      assertThat(client.countView(3L)).isEqualTo(7);
    }
    assertThat(server.takeRequest(5, SECONDS).getTarget()).isEqualTo("/items/1");
    assertThat(guard.requests()).isEmpty();
  }

  @Test
  void withoutTheApplicationsAdapterTheGuardSeesTheOptedInTypeAndNoOther() {
    Moshi moshi = new Moshi.Builder().addLast(guard).build();

    AssertionError error =
        assertThrows(AssertionError.class, () -> new ItemsApiClient(config(server).moshi(moshi).build()));

    assertThat(error).hasMessageThat().contains(Item.class.getName());
    assertThat(guard.requests()).containsExactly(Item.class);
  }
}
