package io.typedclient.processor.write;

import com.palantir.javapoet.CodeBlock;
import io.typedclient.processor.model.MethodModel;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.model.PathTemplate;
import io.typedclient.processor.model.StaticHeader;
import java.util.List;

/**
 * The {@code RequestBuilder} chain of an endpoint, as one expression: {@code runtime.request(...)}, one call per
 * path part, query parameter, header and body, {@code idempotent()} for an {@code @Idempotent} method, then
 * {@code build()}.
 *
 * <pre>
 * runtime.request("GET", "/api/v1/sessions/{sessionId}", "SessionApi", "getSession")
 *     .appendPath("/api/v1/sessions/")
 *     .appendPathSegment("sessionId", sessionId)
 *     .header("Accept", "application/json")
 *     .build()
 * </pre>
 *
 * <p>An enum value goes by its JSON name, through the client's {@link EnumNameMethods}: {@code .query("genre",
 * genreJsonName(genre))}, {@code .query("genres", genres, BookApiClient::genreJsonName)} for an {@code Iterable}.
 */
final class RequestChain {
  static final String RUNTIME_FIELD = "runtime";

  private RequestChain() {}

  /**
   * The chain of {@code method}, where {@code apiMethod} is the expression for the method's name and
   * {@code parameterNames} name the method's parameters in order.
   */
  static CodeBlock of(MethodModel method, CodeBlock apiMethod, List<String> parameterNames, LocalNames names,
      ClientAdapterFields adapters, EnumNameMethods enums) {
    CodeBlock.Builder code = CodeBlock.builder()
        // Past 100 columns, the interface and method names go on a line of their own, indented past the chain.
        .add("$L.request($>$>$S, $S,$W$S, $L)", names.field(RUNTIME_FIELD), method.verb().name(),
            method.path().template(), method.api(), apiMethod);
    for (PathTemplate.Part part : method.path().parts()) {
      if (part.placeholder()) {
        ParameterModel parameter = method.pathParameter(part.text());
        code.add("\n.appendPathSegment($S, $L)", part.text(),
            value(parameter, parameterNames.get(method.parameters().indexOf(parameter)), enums));
      } else {
        code.add("\n.appendPath($S)", part.text());
      }
    }
    List<ParameterModel> parameters = method.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter.kind() == ParameterModel.Kind.QUERY && parameter.eachElement()) {
        code.add("\n.query($S, $N, $L)", parameter.httpName(), parameterNames.get(i), enums.reference(parameter));
      } else if (parameter.kind() == ParameterModel.Kind.QUERY) {
        code.add("\n.query($S, $L)", parameter.httpName(), value(parameter, parameterNames.get(i), enums));
      }
    }
    for (StaticHeader header : method.headers()) {
      code.add("\n.header($S, $S)", header.name(), header.value());
    }
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).kind() == ParameterModel.Kind.HEADER) {
        code.add("\n.header($S, $L)", parameters.get(i).httpName(), value(parameters.get(i), parameterNames.get(i),
            enums));
      }
    }
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).kind() == ParameterModel.Kind.BODY) {
        String adapter = adapters.forType(parameters.get(i).type()).name();
        code.add("\n.jsonBody($L, $N)", names.field(adapter), parameterNames.get(i));
      }
    }
    if (method.idempotent()) {
      code.add("\n.idempotent()");
    }
    return code.add("\n.build()$<$<").build();
  }

  /** The value sent for a path, query or header parameter: itself, or an enum's JSON name. */
  private static CodeBlock value(ParameterModel parameter, String name, EnumNameMethods enums) {
    return parameter.enumNames() == null ? CodeBlock.of("$N", name) : enums.call(parameter, name);
  }
}
