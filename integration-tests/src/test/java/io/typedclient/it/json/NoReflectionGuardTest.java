package io.typedclient.it.json;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.typedclient.runtime.ClientConfig;
import io.typedclient.runtime.ClientRuntime;
import io.typedclient.runtime.HttpRequest;
import io.typedclient.runtime.internal.JsonAdapters;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Proof that no model is ever looked up in Moshi: every model goes through a Moshi whose last factory, the
 * {@link ReflectionGuard}, fails if Moshi is asked for anything it could only answer by reflection.
 */
class NoReflectionGuardTest {
  private final ReflectionGuard guard = new ReflectionGuard();
  private final Moshi moshi = Models.moshiBuilder().addLast(guard).build();

  @Test
  void everyModelRoundTripsWithoutMoshiBeingAskedForAModel() throws IOException {
    for (Map.Entry<Class<?>, Function<Moshi, JsonAdapter<?>>> entry : Models.adapters().entrySet()) {
      JsonAdapter<?> adapter = entry.getValue().apply(moshi);
      Object sample = Models.samples().get(entry.getKey());
      assertThat(adapter.fromJson(GeneratedAdapterTest.toJson(adapter, sample))).isEqualTo(sample);
    }
    assertThat(guard.requests()).isEmpty();
  }

  @Test
  void aClientsDecodingAndEncodingAskMoshiForNoModel() {
    CannedTransport transport = new CannedTransport();
    ClientConfig config =
        ClientConfig.builder().baseUrl("https://example.okta.com").transport(transport).moshi(moshi).build();
    try (ClientRuntime runtime = new ClientRuntime(config)) {
      // The adapters a generated client holds, exactly as AdapterExpressions writes them for a method returning
      // Session, one returning List<Session>, and a Device body; AdapterExpressionsTest checks that code.
      JsonAdapter<Session> session = new SessionJsonAdapter(runtime.config().moshi()).nullSafe();
      JsonAdapter<List<Session>> sessions =
          JsonAdapters.listOf(new SessionJsonAdapter(runtime.config().moshi()).nonNull()).nullSafe();
      JsonAdapter<Device> device = new DeviceJsonAdapter(runtime.config().moshi()).nullSafe();

      transport.respondWith(session.toJson(Models.session()).getBytes(StandardCharsets.UTF_8));
      HttpRequest get = runtime.request("GET", "/api/v1/sessions/{sessionId}", "getSession").build();
      assertThat(runtime.execute(get, session)).isEqualTo(Models.session());

      transport.respondWith(sessions.toJson(List.of(Models.session())).getBytes(StandardCharsets.UTF_8));
      assertThat(runtime.execute(get, sessions)).containsExactly(Models.session());

      Device body = (Device) Models.samples().get(Device.class);
      HttpRequest post = runtime.request("POST", "/devices", "createDevice").jsonBody(device, body).build();
      assertThat(new String(post.body(), StandardCharsets.UTF_8)).isEqualTo(device.toJson(body));
    }
    assertThat(guard.requests()).isEmpty();
  }

  @Test
  void guardIsConsultedBeforeMoshisReflectiveFactories() {
    // Without the guard Moshi serves these by reflection: ClassJsonAdapter, RecordJsonAdapter, EnumJsonAdapter.
    Moshi plain = Models.moshiBuilder().build();
    for (Class<?> model : List.of(Profile.class, IdentityProvider.class, SessionStatus.class)) {
      assertThat(plain.adapter(model).toString()).doesNotContain("GeneratedJsonAdapter");
    }
    // With it, each request reaches the guard first.
    for (Class<?> model : List.of(Profile.class, IdentityProvider.class, SessionStatus.class)) {
      assertThrows(AssertionError.class, () -> moshi.adapter(model));
    }
    assertThat(guard.requests()).containsExactly(Profile.class, IdentityProvider.class, SessionStatus.class);
  }

  @Test
  void everyGeneratedAdapterIsCovered() throws IOException, URISyntaxException {
    Path classes = Paths.get(SessionJsonAdapter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path models = classes.resolve("io/typedclient/it/json");
    Set<String> generated = new TreeSet<>();
    try (Stream<Path> files = Files.list(models)) {
      files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith("JsonAdapter.class") && !name.contains("$"))
          .forEach(name -> generated.add(name.substring(0, name.length() - ".class".length())));
    }
    Set<String> covered = new TreeSet<>();
    for (Class<?> model : Models.adapters().keySet()) {
      covered.add(String.join("_", model.getName().substring(model.getPackageName().length() + 1).split("\\$"))
          + "JsonAdapter");
    }
    assertThat(generated).isNotEmpty();
    assertThat(covered).containsExactlyElementsIn(generated);
    assertThat(Models.samples().keySet()).containsExactlyElementsIn(Models.adapters().keySet());
  }
}
