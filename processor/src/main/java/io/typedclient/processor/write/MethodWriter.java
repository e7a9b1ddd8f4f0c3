package io.typedclient.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import io.typedclient.processor.model.MethodModel;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.model.PathTemplate;
import io.typedclient.processor.model.ReturnModel;
import io.typedclient.processor.model.StaticHeader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeMirror;

/**
 * Writes one endpoint method: a {@code // GET /path} comment, one {@code RequestBuilder} chain, and the
 * {@code ClientRuntime} call that matches the return type.
 *
 * <pre>
 * HttpRequest request = runtime.request("GET", "/api/v1/sessions/{sessionId}", "SessionApi", "getSession")
 *     .appendPath("/api/v1/sessions/")
 *     .appendPathSegment("sessionId", sessionId)
 *     .header("Accept", "application/json")
 *     .build();
 * return runtime.execute(request, sessionAdapter);
 * </pre>
 */
final class MethodWriter {
  static final ClassName HTTP_REQUEST = ClassName.get("io.typedclient.runtime", "HttpRequest");
  static final String RUNTIME_FIELD = "runtime";

  private final ClientAdapterFields adapters;

  MethodWriter(ClientAdapterFields adapters) {
    this.adapters = adapters;
  }

  MethodSpec write(MethodModel method) {
    MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.get(method.type().getReturnType()));
    if (method.deprecated()) {
      spec.addAnnotation(Deprecated.class);
    }
    List<? extends TypeMirror> parameterTypes = method.type().getParameterTypes();
    Set<String> parameterNames = new HashSet<>();
    for (int i = 0; i < parameterTypes.size(); i++) {
      String name = method.parameters().get(i).name();
      parameterNames.add(name);
      spec.addParameter(ParameterSpec.builder(TypeName.get(parameterTypes.get(i)), name).build());
    }
    Names names = new Names(parameterNames);
    spec.addComment("$L $L", method.verb(), method.path().template());
    spec.addCode(requestChain(method, names));
    spec.addCode(execute(method, names));
    return spec.build();
  }

  private CodeBlock requestChain(MethodModel method, Names names) {
    CodeBlock.Builder code = CodeBlock.builder()
        // Past 100 columns, the interface and method names go on a line of their own, indented past the chain.
        .add("$T $N = $L.request($>$>$S, $S,$W$S, $S)",
            HTTP_REQUEST, names.request, names.field(RUNTIME_FIELD), method.verb().name(), method.path().template(),
            method.api(), method.name());
    for (PathTemplate.Part part : method.path().parts()) {
      if (part.placeholder()) {
        code.add("\n.appendPathSegment($S, $N)", part.text(), method.pathParameter(part.text()).name());
      } else {
        code.add("\n.appendPath($S)", part.text());
      }
    }
    for (ParameterModel parameter : method.parameters()) {
      if (parameter.kind() == ParameterModel.Kind.QUERY) {
        code.add("\n.query($S, $N)", parameter.httpName(), parameter.name());
      }
    }
    for (StaticHeader header : method.headers()) {
      code.add("\n.header($S, $S)", header.name(), header.value());
    }
    for (ParameterModel parameter : method.parameters()) {
      if (parameter.kind() == ParameterModel.Kind.HEADER) {
        code.add("\n.header($S, $N)", parameter.httpName(), parameter.name());
      }
    }
    method.body().ifPresent(body ->
        code.add("\n.jsonBody($L, $N)", names.field(adapters.forType(body.type()).name()), body.name()));
    return code.add("\n.build();\n$<$<").build();
  }

  private CodeBlock execute(MethodModel method, Names names) {
    ReturnModel returns = method.returns();
    String runtime = names.field(RUNTIME_FIELD);
    String suffix = returns.async() ? "Async" : "";
    switch (returns.kind()) {
      case NONE:
        return returns.async()
            ? CodeBlock.of("return $L.executeAsync($N);\n", runtime, names.request)
            : CodeBlock.of("$L.execute($N);\n", runtime, names.request);
      case BODY:
        return CodeBlock.of("return $L.execute$L($N, $L);\n", runtime, suffix, names.request, adapter(returns, names));
      case RESPONSE:
        // ApiResponse<Void>: the runtime's form without an adapter discards the body.
        return returns.bodyType() == null
            ? CodeBlock.of("return $L.executeForResponse$L($N);\n", runtime, suffix, names.request)
            : CodeBlock.of("return $L.executeForResponse$L($N, $L);\n",
                runtime, suffix, names.request, adapter(returns, names));
      default:
        throw new AssertionError(returns.kind());
    }
  }

  /** The adapter field for the decoded result. */
  private String adapter(ReturnModel returns, Names names) {
    return names.field(adapters.forType(returns.bodyType()).name());
  }

  /** Local and field names that stay clear of the method's parameter names. */
  private static final class Names {
    private final Set<String> parameters;
    final String request;

    Names(Set<String> parameters) {
      this.parameters = parameters;
      String request = parameters.contains("request") ? "httpRequest" : "request";
      for (int i = 2; parameters.contains(request); i++) {
        request = "httpRequest" + i;
      }
      this.request = request;
    }

    /** {@code name}, or {@code this.name} where a parameter of that name hides the field. */
    String field(String name) {
      return parameters.contains(name) ? "this." + name : name;
    }
  }
}
