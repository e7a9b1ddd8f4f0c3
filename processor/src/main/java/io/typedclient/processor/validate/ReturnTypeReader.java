package io.typedclient.processor.validate;

import static io.typedclient.processor.mirror.TypeDescriptions.describe;
import static io.typedclient.processor.validate.TypeChecks.API_RESPONSE;
import static io.typedclient.processor.validate.TypeChecks.COMPLETABLE_FUTURE;
import static io.typedclient.processor.validate.TypeChecks.VOID;
import static io.typedclient.processor.validate.TypeChecks.is;

import io.typedclient.processor.jsontype.JsonTypeRule;
import io.typedclient.processor.jsontype.Scope;
import io.typedclient.processor.mirror.MissingTypes;
import io.typedclient.processor.model.HttpVerb;
import io.typedclient.processor.model.ReturnModel;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.List;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a method's return type into a {@link ReturnModel}: {@code T}, {@code void}, {@code ApiResponse<T>}, the
 * raw forms ({@code byte[]}, {@code HttpResponse}, {@code StreamingResponse}), and each of these in a
 * {@code CompletableFuture} ({@code CompletableFuture<Void>} for nothing). Errors go on the method.
 */
final class ReturnTypeReader {
  private static final String SUPPORTED = "return T, void, ApiResponse<T>, byte[], HttpResponse,"
      + " StreamingResponse, or one of these in a CompletableFuture (CompletableFuture<Void> for nothing)";

  private final TypeChecks checks;
  private final JsonTypeRule jsonTypes;

  ReturnTypeReader(TypeChecks checks, JsonTypeRule jsonTypes) {
    this.checks = checks;
    this.jsonTypes = jsonTypes;
  }

  /**
   * The model of {@code returnType} for a {@code verb} method ({@code verb} is null when the method has none), or
   * {@code null} after reporting why not, or recording a type that is not defined yet. The result's type is
   * checked in {@code scope}.
   */
  ReturnModel read(TypeMirror returnType, HttpVerb verb, Scope scope, Report report) {
    if (MissingTypes.isMissing(returnType)) {
      report.missing(returnType, " in the return type");
      return null;
    }
    ReturnModel model = shape(returnType, scope, report);
    boolean readsBody = model != null && (model.bodyType() != null
        || model.kind() == ReturnModel.Kind.BYTES || model.kind() == ReturnModel.Kind.STREAM);
    if (readsBody && verb != null && !verb.hasResponseBody()) {
      report.error(Rule.HEAD_WITH_BODY, String.format(
          "return type %s is not supported for %s: a %s response has no body;"
              + " return void, ApiResponse<Void>, CompletableFuture<Void> or CompletableFuture<ApiResponse<Void>>",
          describe(returnType), verb, verb));
      return null;
    }
    return model;
  }

  private ReturnModel shape(TypeMirror returnType, Scope scope, Report report) {
    if (returnType.getKind() == TypeKind.VOID) {
      return new ReturnModel(ReturnModel.Kind.NONE, false, null);
    }
    TypeMirror result = returnType;
    boolean async = false;
    if (is(result, COMPLETABLE_FUTURE)) {
      TypeMirror argument = onlyArgument(returnType, result, report);
      if (argument == null) {
        return null;
      }
      if (is(argument, COMPLETABLE_FUTURE)) {
        return unsupported(
            returnType, "a CompletableFuture cannot hold another CompletableFuture; " + SUPPORTED, report);
      }
      if (is(argument, VOID)) {
        return new ReturnModel(ReturnModel.Kind.NONE, true, null);
      }
      result = argument;
      async = true;
    }
    ReturnModel.Kind raw = rawKind(result);
    if (raw != null) {
      return new ReturnModel(raw, async, null);
    }
    if (is(result, API_RESPONSE)) {
      TypeMirror body = onlyArgument(returnType, result, report);
      if (body == null) {
        return null;
      }
      if (rawKind(body) != null) {
        return unsupported(returnType, "ApiResponse cannot hold " + describe(body) + "; return "
            + describe(body) + " itself" + (rawKind(body) == ReturnModel.Kind.BYTES ? "" : ", which has the status"
            + " and headers"), report);
      }
      if (is(body, COMPLETABLE_FUTURE)) {
        return unsupported(returnType, "ApiResponse cannot hold " + describe(body)
            + "; write CompletableFuture<ApiResponse<T>> for an asynchronous response", report);
      }
      if (is(body, API_RESPONSE)) {
        return unsupported(returnType, "ApiResponse cannot hold another ApiResponse", report);
      }
      if (is(body, VOID)) {
        return new ReturnModel(ReturnModel.Kind.RESPONSE, async, null);
      }
      return json(returnType, body, ReturnModel.Kind.RESPONSE, async, scope, report);
    }
    if (!async && is(result, VOID)) {
      return unsupported(returnType, "write void for a method without a result", report);
    }
    if (checks.isSubtypeOf(result, "java.util.concurrent.Future")
        || checks.isSubtypeOf(result, "java.util.concurrent.CompletionStage")) {
      return unsupported(returnType, "the asynchronous form is CompletableFuture; " + SUPPORTED, report);
    }
    return json(returnType, result, ReturnModel.Kind.BODY, async, scope, report);
  }

  /** The raw kind {@code type} is, or {@code null} for a decoded one. */
  private static ReturnModel.Kind rawKind(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return ReturnModel.Kind.BYTES;
    }
    if (is(type, TypeChecks.HTTP_RESPONSE)) {
      return ReturnModel.Kind.RAW;
    }
    return is(type, TypeChecks.STREAMING_RESPONSE) ? ReturnModel.Kind.STREAM : null;
  }

  private ReturnModel json(
      TypeMirror returnType, TypeMirror body, ReturnModel.Kind kind, boolean async, Scope scope, Report report) {
    JsonTypeRule.Problem problem = jsonTypes.problem(body, JsonTypeRule.Use.RESULT, scope);
    if (problem != null) {
      report.error(problem.rule(), "return type " + describe(returnType) + " is not supported: " + problem.text());
      return null;
    }
    return new ReturnModel(kind, async, body);
  }

  /** The one type argument of {@code wrapper}, or {@code null} after reporting a raw or wildcard one. */
  private static TypeMirror onlyArgument(TypeMirror returnType, TypeMirror wrapper, Report report) {
    List<? extends TypeMirror> arguments = ((DeclaredType) wrapper).getTypeArguments();
    if (arguments.isEmpty()) {
      unsupported(returnType, describe(wrapper) + " is a raw type; give its type argument", report);
      return null;
    }
    TypeMirror argument = arguments.get(0);
    if (argument.getKind() == TypeKind.WILDCARD) {
      unsupported(returnType, "it has the wildcard " + describe(argument) + "; name the type instead", report);
      return null;
    }
    return argument;
  }

  private static ReturnModel unsupported(TypeMirror returnType, String why, Report report) {
    report.error(Rule.RETURN_TYPE, "return type " + describe(returnType) + " is not supported: " + why);
    return null;
  }
}
