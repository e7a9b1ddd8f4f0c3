package io.typedclient.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.typedclient.processor.testing.Compiler.api;
import static io.typedclient.processor.testing.Compiler.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Return types that are not T, void, ApiResponse<T> or their CompletableFuture forms; reported on the method. */
class ReturnTypeValidationTest {
  private static final String SUPPORTED = "return T, void, ApiResponse<T>, byte[], HttpResponse,"
      + " StreamingResponse, or one of these in a CompletableFuture (CompletableFuture<Void> for nothing)";

  private static void assertReturnError(String rule, String verb, String returnType, String message) {
    JavaFileObject source = api(
        "@HttpApi",
        "interface Api {",
        "  @" + verb + "(\"/things\")",
        "  @SuppressWarnings(\"rawtypes\")",
        "  " + returnType + " call();",
        "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorContaining(
            "[typedclient:" + rule + "] return type " + message + " for method Api.call")
        .inFile(source).onLineContaining(returnType + " call()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void rawCompletableFuture() {
    assertReturnError("return-type", "GET", "CompletableFuture",
        "CompletableFuture is not supported: CompletableFuture is a raw type; give its type argument");
  }

  @Test
  void rawApiResponse() {
    assertReturnError("return-type", "GET", "ApiResponse",
        "ApiResponse is not supported: ApiResponse is a raw type; give its type argument");
  }

  @Test
  void wildcardInCompletableFuture() {
    assertReturnError("return-type", "GET", "CompletableFuture<? extends CharSequence>",
        "CompletableFuture<? extends CharSequence> is not supported: it has the wildcard ? extends CharSequence;"
            + " name the type instead");
  }

  @Test
  void wildcardInsideBodyType() {
    assertReturnError("json-type", "GET", "List<?>", "List<?> is not supported: it has the wildcard ?; name the type"
        + " instead");
  }

  @Test
  void rawBodyType() {
    assertReturnError("json-type", "GET", "List", "List is not supported: List is a raw type, which has no type"
        + " information; give its type arguments");
  }

  @Test
  void array() {
    assertReturnError("json-type", "GET", "String[]", "String[] is not supported: String[] is an array, which Moshi's"
        + " array adapter creates by reflection;"
            + " use List<String> instead");
  }

  @Test
  void apiResponseAroundCompletableFuture() {
    assertReturnError("return-type", "GET", "ApiResponse<CompletableFuture<String>>",
        "ApiResponse<CompletableFuture<String>> is not supported: ApiResponse cannot hold"
            + " CompletableFuture<String>; write CompletableFuture<ApiResponse<T>> for an asynchronous response");
  }

  @Test
  void apiResponseAroundApiResponse() {
    assertReturnError("return-type", "GET", "ApiResponse<ApiResponse<String>>",
        "ApiResponse<ApiResponse<String>> is not supported: ApiResponse cannot hold another ApiResponse");
  }

  @Test
  void completableFutureAroundCompletableFuture() {
    assertReturnError("return-type", "GET", "CompletableFuture<CompletableFuture<String>>",
        "CompletableFuture<CompletableFuture<String>> is not supported: a CompletableFuture cannot hold another"
            + " CompletableFuture; " + SUPPORTED);
  }

  @Test
  void apiResponseInsideABodyType() {
    assertReturnError("json-type", "GET", "List<ApiResponse<String>>",
        "List<ApiResponse<String>> is not supported: ApiResponse can only be a method's return type, or the type"
            + " argument of its CompletableFuture");
  }

  @Test
  void otherFutureTypes() {
    assertReturnError("return-type", "GET", "java.util.concurrent.CompletionStage<String>",
        "CompletionStage<String> is not supported: the asynchronous form is CompletableFuture; " + SUPPORTED);
  }

  @Test
  void boxedVoid() {
    assertReturnError("return-type", "DELETE", "Void", "Void is not supported: write void for a method without a"
        + " result");
  }

  @Test
  void headReturningABody() {
    assertReturnError("head-with-body", "HEAD", "String",
        "String is not supported for HEAD: a HEAD response has no body; return void, ApiResponse<Void>,"
            + " CompletableFuture<Void> or CompletableFuture<ApiResponse<Void>>");
  }

  @Test
  void headReturningAnAsyncResponseWithABody() {
    assertReturnError("head-with-body", "HEAD", "CompletableFuture<ApiResponse<String>>",
        "CompletableFuture<ApiResponse<String>> is not supported for HEAD: a HEAD response has no body; return void,"
            + " ApiResponse<Void>, CompletableFuture<Void> or CompletableFuture<ApiResponse<Void>>");
  }

  @Test
  void apiResponseAroundStreamingResponse() {
    assertReturnError("return-type", "GET", "ApiResponse<StreamingResponse>",
        "ApiResponse<StreamingResponse> is not supported: ApiResponse cannot hold StreamingResponse; return"
            + " StreamingResponse itself, which has the status and headers");
  }

  @Test
  void headThatStreamsABody() {
    assertReturnError("head-with-body", "HEAD", "StreamingResponse",
        "StreamingResponse is not supported for HEAD: a HEAD response has no body; return void, ApiResponse<Void>,"
            + " CompletableFuture<Void> or CompletableFuture<ApiResponse<Void>>");
  }

  @Test
  void headThatReadsBytes() {
    assertReturnError("head-with-body", "HEAD", "CompletableFuture<byte[]>",
        "CompletableFuture<byte[]> is not supported for HEAD: a HEAD response has no body; return void,"
            + " ApiResponse<Void>, CompletableFuture<Void> or CompletableFuture<ApiResponse<Void>>");
  }
}
