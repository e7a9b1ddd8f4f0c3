package io.typedclient.processor.http;

import static io.typedclient.processor.http.TypeChecks.API_RESPONSE;
import static io.typedclient.processor.http.TypeChecks.COMPLETABLE_FUTURE;
import static io.typedclient.processor.http.TypeChecks.VOID;
import static io.typedclient.processor.http.TypeChecks.describe;
import static io.typedclient.processor.http.TypeChecks.is;

import java.util.List;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a method's return type into a {@link ReturnModel}: {@code T}, {@code void}, {@code ApiResponse<T>},
 * and each of these in a {@code CompletableFuture} ({@code CompletableFuture<Void>} for nothing).
 */
final class ReturnTypeReader {
  private static final String SUPPORTED = "return T, void, ApiResponse<T>, CompletableFuture<T>,"
      + " CompletableFuture<Void> or CompletableFuture<ApiResponse<T>>";

  private final TypeChecks checks;

  ReturnTypeReader(TypeChecks checks) {
    this.checks = checks;
  }

  /**
   * The model of {@code returnType} for a {@code verb} method ({@code verb} is null when the method has none),
   * or {@code null} after adding the reason to {@code problems}. The type must be resolved.
   */
  ReturnModel read(TypeMirror returnType, HttpVerb verb, List<String> problems) {
    ReturnModel model = shape(returnType, problems);
    if (model != null && model.bodyType() != null && verb != null && !verb.hasResponseBody()) {
      problems.add(String.format(
          "return type %s is not supported for %s: a %s response has no body;"
              + " return void, ApiResponse<Void>, CompletableFuture<Void> or CompletableFuture<ApiResponse<Void>>",
          describe(returnType), verb, verb));
      return null;
    }
    return model;
  }

  private ReturnModel shape(TypeMirror returnType, List<String> problems) {
    if (returnType.getKind() == TypeKind.VOID) {
      return new ReturnModel(ReturnModel.Kind.NONE, false, null);
    }
    TypeMirror result = returnType;
    boolean async = false;
    if (is(result, COMPLETABLE_FUTURE)) {
      TypeMirror argument = onlyArgument(returnType, result, problems);
      if (argument == null) {
        return null;
      }
      if (is(argument, COMPLETABLE_FUTURE)) {
        return unsupported(
            returnType, "a CompletableFuture cannot hold another CompletableFuture; " + SUPPORTED, problems);
      }
      if (is(argument, VOID)) {
        return new ReturnModel(ReturnModel.Kind.NONE, true, null);
      }
      result = argument;
      async = true;
    }
    if (is(result, API_RESPONSE)) {
      TypeMirror body = onlyArgument(returnType, result, problems);
      if (body == null) {
        return null;
      }
      if (is(body, COMPLETABLE_FUTURE)) {
        return unsupported(returnType, "ApiResponse cannot hold " + describe(body)
            + "; write CompletableFuture<ApiResponse<T>> for an asynchronous response", problems);
      }
      if (is(body, API_RESPONSE)) {
        return unsupported(returnType, "ApiResponse cannot hold another ApiResponse", problems);
      }
      if (is(body, VOID)) {
        return new ReturnModel(ReturnModel.Kind.RESPONSE, async, null);
      }
      return json(returnType, body, ReturnModel.Kind.RESPONSE, async, problems);
    }
    if (!async && is(result, VOID)) {
      return unsupported(returnType, "write void for a method without a result", problems);
    }
    if (checks.isSubtypeOf(result, "java.util.concurrent.Future")
        || checks.isSubtypeOf(result, "java.util.concurrent.CompletionStage")) {
      return unsupported(returnType, "the asynchronous form is CompletableFuture; " + SUPPORTED, problems);
    }
    return json(returnType, result, ReturnModel.Kind.BODY, async, problems);
  }

  private ReturnModel json(
      TypeMirror returnType, TypeMirror body, ReturnModel.Kind kind, boolean async, List<String> problems) {
    String problem = checks.jsonProblem(body);
    if (problem != null) {
      return unsupported(returnType, problem, problems);
    }
    return new ReturnModel(kind, async, body);
  }

  /** The one type argument of {@code wrapper}, or {@code null} after a problem for a raw or wildcard one. */
  private static TypeMirror onlyArgument(TypeMirror returnType, TypeMirror wrapper, List<String> problems) {
    List<? extends TypeMirror> arguments = ((DeclaredType) wrapper).getTypeArguments();
    if (arguments.isEmpty()) {
      unsupported(returnType, describe(wrapper) + " is a raw type; give its type argument", problems);
      return null;
    }
    TypeMirror argument = arguments.get(0);
    if (argument.getKind() == TypeKind.WILDCARD) {
      unsupported(returnType, "it has the wildcard " + describe(argument) + "; name the type instead", problems);
      return null;
    }
    return argument;
  }

  private static ReturnModel unsupported(TypeMirror returnType, String why, List<String> problems) {
    problems.add("return type " + describe(returnType) + " is not supported: " + why);
    return null;
  }
}
