package io.typedclient.processor.http;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.resource;
import static io.typedclient.processor.testing.GoldenFiles.assertGenerated;

import com.google.testing.compile.Compilation;
import io.typedclient.processor.testing.Compiler;
import io.typedclient.processor.testing.GoldenFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated clients of representative interfaces, compared with golden files. Between them they use
 * every parameter kind, every return kind, every HTTP method, nested and inherited interfaces, and
 * {@code @Headers} on types and methods. Each also compiles without a single lint warning.
 */
class GoldenClientTest {

  /** Okta's sessions: POST/GET/DELETE, sync, async, ApiResponse, void, CompletableFuture<Void>, headers. */
  @Test
  void sessionApi() {
    Compilation compilation = Compiler.compile(
        resource("golden/http/sessions/SessionApi.java"),
        resource("golden/http/sessions/Session.java"),
        resource("golden/http/sessions/CreateSessionRequest.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertGenerated(compilation, "golden.sessions.SessionApiClient", "golden/http/sessions/SessionApiClient.java");
  }

  /** A nested interface extending AutoCloseable: PUT, PATCH, HEAD, primitives, iterable query, generic types. */
  @Test
  void nestedCatalogApi() {
    Compilation compilation = Compiler.compile(resource("golden/http/catalog/Catalog.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertGenerated(compilation, "golden.catalog.Catalog_ApiClient", "golden/http/catalog/Catalog_ApiClient.java");
  }

  /** Endpoints inherited from a generic base, with its headers; default, static and Object methods skipped. */
  @Test
  void inheritingUserApi() {
    Compilation compilation = Compiler.compile(
        resource("golden/http/users/UserApi.java"),
        resource("golden/http/users/Resource.java"),
        resource("golden/http/users/User.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertGenerated(compilation, "golden.users.UserApiClient", "golden/http/users/UserApiClient.java");
  }

  /** A package-private interface without JSON: no adapters, no Moshi. */
  @Test
  void healthApiWithoutJson() {
    Compilation compilation = Compiler.compile(resource("golden/http/health/HealthApi.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertGenerated(compilation, "golden.health.HealthApiClient", "golden/http/health/HealthApiClient.java");
  }

  /**
   * Form, multipart (text, JSON, file, raw and map parts) and raw bodies, query and header maps, {@code @Url},
   * {@code @Timeout}, the byte, raw and streaming results, sync and async, and a generic model as body and result.
   */
  @Test
  void documentApiWithEveryBodyKind() {
    Compilation compilation = Compiler.compile(
        resource("golden/http/uploads/DocumentApi.java"), resource("golden/http/uploads/Document.java"),
        resource("golden/http/uploads/Page.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertGenerated(compilation, "golden.uploads.DocumentApiClient", "golden/http/uploads/DocumentApiClient.java");
  }

  /** {@code @Idempotent} marks the request, in place and in a shared request method; an unmarked POST is not. */
  @Test
  void idempotentPaymentsApi() {
    Compilation compilation = Compiler.compile(resource("golden/http/retries/PaymentsApi.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertGenerated(compilation, "golden.retries.PaymentsApiClient", "golden/http/retries/PaymentsApiClient.java");
  }

  /** Generated code reads like hand-written code: no line is longer than 100 columns where names allow. */
  @Test
  void generatedClientsFitInOneHundredColumns() {
    Compilation compilation = Compiler.compile(
        resource("golden/http/sessions/SessionApi.java"),
        resource("golden/http/sessions/Session.java"),
        resource("golden/http/sessions/CreateSessionRequest.java"),
        resource("golden/http/catalog/Catalog.java"),
        resource("golden/http/users/UserApi.java"),
        resource("golden/http/users/Resource.java"),
        resource("golden/http/users/User.java"),
        resource("golden/http/health/HealthApi.java"),
        resource("golden/http/retries/PaymentsApi.java"),
        resource("golden/http/uploads/DocumentApi.java"),
        resource("golden/http/uploads/Document.java"),
        resource("golden/http/uploads/Page.java"));

    List<String> tooLong = new ArrayList<>();
    for (String client : List.of("golden.sessions.SessionApiClient", "golden.catalog.Catalog_ApiClient",
        "golden.users.UserApiClient", "golden.health.HealthApiClient", "golden.retries.PaymentsApiClient",
        "golden.uploads.DocumentApiClient")) {
      for (String line : GoldenFiles.generated(compilation, client).split("\n", -1)) {
        if (line.length() > 100) {
          tooLong.add(client + ": " + line);
        }
      }
    }
    assertWithMessage("lines over 100 columns").that(tooLong).isEmpty();
  }
}
