package io.typedclient.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.typedclient.processor.model.MethodModel;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.model.ReturnModel;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes one endpoint method: a {@code // GET /path} comment, its request (a {@link RequestChain}, or the call
 * of the method that builds the request for every form of the endpoint, see {@link SharedRequests}), and the
 * {@code ClientRuntime} call that matches the return type.
 *
 * <pre>
 * // GET /api/v1/sessions/{sessionId}
 * HttpRequest request = getSessionRequest("getSessionAsync", sessionId);
 * return runtime.executeAsync(request, sessionAdapter);
 * </pre>
 */
final class MethodWriter {
  private final ClientAdapterFields adapters;
  private final SharedRequests shared;
  private final EnumNameMethods enums;

  MethodWriter(ClientAdapterFields adapters, SharedRequests shared, EnumNameMethods enums) {
    this.adapters = adapters;
    this.shared = shared;
    this.enums = enums;
  }

  /** The names of {@code method}'s parameters, in order. */
  static List<String> parameterNames(MethodModel method) {
    return method.parameters().stream().map(ParameterModel::name).collect(Collectors.toList());
  }

  MethodSpec write(MethodModel method) {
    MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(SignatureTypes.returnType(method))
        .addAnnotations(SignatureTypes.methodAnnotations(method));
    if (method.deprecated()) {
      spec.addAnnotation(Deprecated.class);
    }
    List<String> parameterNames = parameterNames(method);
    for (int i = 0; i < parameterNames.size(); i++) {
      spec.addParameter(SignatureTypes.parameter(method, i, parameterNames.get(i)));
    }
    LocalNames names = new LocalNames(parameterNames);
    SharedRequests.Builder builder = shared.builderOf(method);
    CodeBlock request = builder == null
        ? RequestChain.of(method, CodeBlock.of("$S", method.name()), parameterNames, names, adapters, enums)
        : SharedRequests.call(builder, method, parameterNames);
    spec.addComment("$L $L", method.verb(), target(method));
    spec.addCode("$T $N = $L;\n", SharedRequests.HTTP_REQUEST, names.request(), request);
    spec.addCode(execute(method, names));
    return spec.build();
  }

  /** The path template, or {@code @Url next} for a method whose URL is given at call time. */
  static String target(MethodModel method) {
    return method.url().map(url -> "@Url " + url.name()).orElse(method.path().template());
  }

  private CodeBlock execute(MethodModel method, LocalNames names) {
    ReturnModel returns = method.returns();
    String runtime = names.field(RequestChain.RUNTIME_FIELD);
    String suffix = returns.async() ? "Async" : "";
    switch (returns.kind()) {
      case NONE:
        return returns.async()
            ? CodeBlock.of("return $L.executeAsync($N);\n", runtime, names.request())
            : CodeBlock.of("$L.execute($N);\n", runtime, names.request());
      case BODY:
        return CodeBlock.of(
            "return $L.execute$L($N, $L);\n", runtime, suffix, names.request(), adapter(returns, names));
      case RESPONSE:
        // ApiResponse<Void>: the runtime's form without an adapter discards the body.
        return returns.bodyType() == null
            ? CodeBlock.of("return $L.executeForResponse$L($N);\n", runtime, suffix, names.request())
            : CodeBlock.of("return $L.executeForResponse$L($N, $L);\n",
                runtime, suffix, names.request(), adapter(returns, names));
      case BYTES:
        return CodeBlock.of("return $L.executeBytes$L($N);\n", runtime, suffix, names.request());
      case RAW:
        return CodeBlock.of("return $L.executeRaw$L($N);\n", runtime, suffix, names.request());
      case STREAM:
        return CodeBlock.of("return $L.executeStreaming$L($N);\n", runtime, suffix, names.request());
      default:
        throw new AssertionError(returns.kind());
    }
  }

  /** The adapter field for the decoded result. */
  private String adapter(ReturnModel returns, LocalNames names) {
    return names.field(adapters.forType(returns.bodyType()).name());
  }
}
