package io.typedclient.processor.write;

import com.palantir.javapoet.CodeBlock;
import io.typedclient.processor.model.MethodModel;
import io.typedclient.processor.model.ParameterModel;
import io.typedclient.processor.model.PathTemplate;
import io.typedclient.processor.model.StaticHeader;
import java.time.Duration;
import java.util.List;

/**
 * The {@code RequestBuilder} chain of an endpoint, as one expression: {@code runtime.request(...)}, the
 * {@code @Url} or one call per path part, one per query parameter or map, header or map, body, field or part,
 * {@code idempotent()} for an {@code @Idempotent} method, the method's timeout, then {@code build()}.
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
    method.url().ifPresent(url -> code.add("\n.url($N)", parameterNames.get(method.parameters().indexOf(url))));
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
      if (parameter.kind() == ParameterModel.Kind.QUERY) {
        code.add(named("query", parameter, parameterNames.get(i), enums));
      } else if (parameter.kind() == ParameterModel.Kind.QUERY_MAP) {
        code.add("\n.queryMap($S, $N)", parameter.name(), parameterNames.get(i));
      }
    }
    for (StaticHeader header : method.headers()) {
      code.add("\n.header($S, $S)", header.name(), header.value());
    }
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter.kind() == ParameterModel.Kind.HEADER) {
        code.add(named("header", parameter, parameterNames.get(i), enums));
      } else if (parameter.kind() == ParameterModel.Kind.HEADER_MAP) {
        code.add("\n.headerMap($S, $N)", parameter.name(), parameterNames.get(i));
      }
    }
    for (int i = 0; i < parameters.size(); i++) {
      body(code, parameters.get(i), parameterNames.get(i), names, adapters, enums);
    }
    if (method.idempotent()) {
      code.add("\n.idempotent()");
    }
    MethodModel.Timeout timeout = method.timeout();
    if (timeout != null) {
      long amount = timeout.amount();
      code.add("\n.timeout($T.$N($L))", Duration.class, timeout.factory(),
          amount <= Integer.MAX_VALUE ? Long.toString(amount) : amount + "L");
    }
    return code.add("\n.build()$<$<").build();
  }

  /**
   * {@code .query("name", value)}, {@code .header(...)} or {@code .field(...)}: the value itself, an enum's JSON
   * name, or each element of an {@code Iterable} of enums by its JSON name.
   */
  private static CodeBlock named(String call, ParameterModel parameter, String name, EnumNameMethods enums) {
    return parameter.eachElement()
        ? CodeBlock.of("\n.$N($S, $N, $L)", call, parameter.httpName(), name, enums.reference(parameter))
        : CodeBlock.of("\n.$N($S, $L)", call, parameter.httpName(), value(parameter, name, enums));
  }

  /** The call that adds {@code parameter} to the body, if it is part of one. */
  private static void body(CodeBlock.Builder code, ParameterModel parameter, String name, LocalNames names,
      ClientAdapterFields adapters, EnumNameMethods enums) {
    String contentType = parameter.contentType().isEmpty() ? null : parameter.contentType();
    switch (parameter.kind()) {
      case BODY:
        if (parameter.encoding() == ParameterModel.Encoding.RAW) {
          code.add("\n.body($N)", name);
        } else {
          code.add("\n.jsonBody($L, $N)", names.field(adapters.forType(parameter.type()).name()), name);
        }
        break;
      case FIELD:
        code.add(named("field", parameter, name, enums));
        break;
      case FIELD_MAP:
        code.add("\n.fieldMap($S, $N)", parameter.name(), name);
        break;
      case PART_MAP:
        code.add("\n.partMap($S, $N)", parameter.name(), name);
        break;
      case PART:
        switch (parameter.encoding()) {
          case TEXT:
            code.add("\n.part($S, $S, $N)", parameter.httpName(), contentType, name);
            break;
          case JSON:
            code.add("\n.jsonPart($S, $S,$W$L, $N)", parameter.httpName(), contentType,
                names.field(adapters.forType(parameter.type()).name()), name);
            break;
          default: // RAW, FILE: the value carries its content type (and file name)
            code.add("\n.part($S, $N)", parameter.httpName(), name);
            break;
        }
        break;
      default:
        break;
    }
  }

  /** The value sent for a path, query, header or field parameter: itself, or an enum's JSON name. */
  private static CodeBlock value(ParameterModel parameter, String name, EnumNameMethods enums) {
    return parameter.enumNames() == null ? CodeBlock.of("$N", name) : enums.call(parameter, name);
  }
}
