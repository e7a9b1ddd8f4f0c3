package io.typedclient.processor.write;

import com.palantir.javapoet.CodeBlock;
import io.typedclient.processor.model.MethodModel;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.model.PathTemplate;
import io.typedclient.processor.model.StaticHeader;
import java.util.List;

/**
 * The {@code RequestBuilder} chain of an endpoint, as one expression: {@code runtime.request(...)}, one call per
 * path part, query parameter, header and body, then {@code build()}.
 *
 * <pre>
 * runtime.request("GET", "/api/v1/sessions/{sessionId}", "SessionApi", "getSession")
 *     .appendPath("/api/v1/sessions/")
 *     .appendPathSegment("sessionId", sessionId)
 *     .header("Accept", "application/json")
 *     .build()
 * </pre>
 */
final class RequestChain {
  static final String RUNTIME_FIELD = "runtime";

  private RequestChain() {}

  /**
   * The chain of {@code method}, where {@code apiMethod} is the expression for the method's name and
   * {@code parameterNames} name the method's parameters in order.
   */
  static CodeBlock of(MethodModel method, CodeBlock apiMethod, List<String> parameterNames, LocalNames names,
      ClientAdapterFields adapters) {
    CodeBlock.Builder code = CodeBlock.builder()
        // Past 100 columns, the interface and method names go on a line of their own, indented past the chain.
        .add("$L.request($>$>$S, $S,$W$S, $L)", names.field(RUNTIME_FIELD), method.verb().name(),
            method.path().template(), method.api(), apiMethod);
    for (PathTemplate.Part part : method.path().parts()) {
      if (part.placeholder()) {
        code.add("\n.appendPathSegment($S, $N)", part.text(),
            parameterNames.get(method.parameters().indexOf(method.pathParameter(part.text()))));
      } else {
        code.add("\n.appendPath($S)", part.text());
      }
    }
    List<ParameterModel> parameters = method.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).kind() == ParameterModel.Kind.QUERY) {
        code.add("\n.query($S, $N)", parameters.get(i).httpName(), parameterNames.get(i));
      }
    }
    for (StaticHeader header : method.headers()) {
      code.add("\n.header($S, $S)", header.name(), header.value());
    }
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).kind() == ParameterModel.Kind.HEADER) {
        code.add("\n.header($S, $N)", parameters.get(i).httpName(), parameterNames.get(i));
      }
    }
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).kind() == ParameterModel.Kind.BODY) {
        String adapter = adapters.forType(parameters.get(i).type()).name();
        code.add("\n.jsonBody($L, $N)", names.field(adapter), parameterNames.get(i));
      }
    }
    return code.add("\n.build()$<$<").build();
  }
}
